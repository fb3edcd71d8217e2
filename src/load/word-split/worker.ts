// The word-split worker: reads a load's JSON files again, beside the main thread, and splits every
// event's title and description into word ids, sanitised exactly as the loader sanitises them.
// Runs bundled (dist/word-split-worker.js); see ./index.ts.
import { workerData, type MessagePort } from 'node:worker_threads';
import { Vocabulary, WordIds } from '../../core/entities/vocabulary.js';
import type { WordSplit } from '../../model/word-split.js';
import { DEFAULT_MAX_LENGTH, sanitize } from '../../text/index.js';
import { isPlainJson } from '../quick-check.js';
import { readRegularFile } from '../read-input.js';
import { decodeUtf8 } from '../utf8.js';

/** What the main thread gives the worker. */
export interface WordSplitTask {
  files: string[];
  maxFileBytes: number;
  port: MessagePort;
  /** Set to 1 (and notified) once the result or a failure is posted on `port`. */
  done: Int32Array;
}

const task = workerData as WordSplitTask;
try {
  const split = splitFiles(task.files, task.maxFileBytes);
  // The arrays move to the main thread instead of being copied.
  const arrays = [split.ids, split.eventBounds, split.incidentEvents, split.fileIncidents, split.fileStamps];
  task.port.postMessage({ ok: true, split }, arrays.map((array) => array.buffer as ArrayBuffer));
} catch (error) {
  task.port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
} finally {
  Atomics.store(task.done, 0, 1);
  Atomics.notify(task.done, 0);
  task.port.close();
}

function splitFiles(files: readonly string[], maxFileBytes: number): WordSplit {
  const vocabulary = new Vocabulary();
  const ids = new WordIds();
  const eventBounds = new WordIds();
  const incidentEvents = new WordIds();
  const fileIncidents = new WordIds();
  const fileStamps = new Float64Array(files.length * 2).fill(-1);
  files.forEach((file, f) => {
    fileIncidents.push(incidentEvents.length);
    const read = readJson(file, maxFileBytes);
    if (!read) return;
    fileStamps[f * 2] = read.size;
    fileStamps[f * 2 + 1] = read.modified;
    for (const incident of Array.isArray(read.value) ? read.value : [read.value]) {
      incidentEvents.push(eventBounds.length / 2);
      const events: unknown = incident !== null && typeof incident === 'object' ? (incident as { events?: unknown }).events : undefined;
      if (!Array.isArray(events)) continue;
      for (const event of events as { title?: unknown; description?: unknown }[]) {
        eventBounds.push(ids.length);
        splitText(event?.title, read.plain, vocabulary, ids);
        eventBounds.push(ids.length);
        splitText(event?.description, read.plain, vocabulary, ids);
      }
    }
  });
  incidentEvents.push(eventBounds.length / 2);
  eventBounds.push(ids.length);
  fileIncidents.push(incidentEvents.length - 1);
  return {
    words: Array.from({ length: vocabulary.size }, (_, id) => vocabulary.word(id)),
    // Views of the filled part: the buffers move to the main thread as they are, with no copy.
    ids: ids.ids.subarray(0, ids.length),
    eventBounds: eventBounds.ids.subarray(0, eventBounds.length),
    incidentEvents: incidentEvents.ids.subarray(0, incidentEvents.length),
    fileIncidents: fileIncidents.ids.subarray(0, fileIncidents.length),
    fileStamps,
  };
}

// The text the loader shows is sanitize(text); a plain file's short strings are that already.
function splitText(text: unknown, plain: boolean, vocabulary: Vocabulary, ids: WordIds): void {
  if (typeof text !== 'string') return;
  vocabulary.idsOf(plain && text.length <= DEFAULT_MAX_LENGTH ? text : sanitize(text), ids);
}

function readJson(file: string, maxFileBytes: number): { value: unknown; plain: boolean; size: number; modified: number } | undefined {
  const read = readRegularFile(file, maxFileBytes);
  if (!read?.ok || read.modified === undefined) return undefined;
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) return undefined;
  try {
    return { value: JSON.parse(decoded.text), plain: isPlainJson(read.bytes, decoded.text), size: read.bytes.length, modified: read.modified };
  } catch {
    return undefined;
  }
}
