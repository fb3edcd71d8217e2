import path from 'node:path';
import type { Diagnostic, LoadedIncident, LoadResult } from '../model/loaded.js';
import { sanitize } from '../text/index.js';
import { findInputs, type Input } from './find-inputs.js';
import { positionOfFirst, type FirstSeen } from './first-seen.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { loadJsonText } from './load-json.js';
import { normaliseIncident } from './normalise.js';
import { bundledDataDir } from './package-root.js';
import { readCapped, readFileCapped, type ReadResult } from './read-input.js';
import { readReport } from './read-report.js';
import { FileReporter } from './reporter.js';
import { decodeUtf8 } from './utf8.js';
import { validateIncidents, type CheckedIncident } from './validate-incidents.js';
import { SPLIT_FROM_BYTES } from './word-split/index.js';
import { SplitStarter } from './word-split/starter.js';

export { DEFAULT_LIMITS, type Limits } from './limits.js';
export { bundledDataDir } from './package-root.js';

/** How to load: where stdin comes from, the date relative report dates count from, and the limits. */
export interface LoadOptions {
  /** Stream read for the path "-" (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** ISO date that relative dates in reports ("last Sunday") count from. */
  referenceDate?: string;
  /** Caps on size, depth and counts; unset fields keep their defaults. */
  limits?: Partial<Limits>;
  /**
   * The entity and search indexes will be built: a large load's event texts are then split into
   * words on a worker thread while this one validates (see ./word-split/index.ts).
   */
  splitWords?: boolean;
  /** How much JSON a load reads before it splits words on a worker (default SPLIT_FROM_BYTES). */
  splitFromBytes?: number;
}

/**
 * Loads incidents from files, directories (recursively, in name order) and "-" (stdin); with no
 * paths, the bundled incidents. A bad file or incident is reported and left out; the rest load.
 */
export async function loadPaths(paths: readonly string[] = [], options: LoadOptions = {}): Promise<LoadResult> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const { inputs, missing } = await findInputs(paths.length > 0 ? paths : [shownPath(bundledDataDir())]);
  const diagnostics: Diagnostic[] = missing.map((m) => wholeFile(m.path, `cannot read: ${m.message}`));
  const incidents: LoadedIncident[] = [];
  // Where each id was first loaded; positions are looked up only for an actual duplicate.
  const firstSeen = new Map<string, FirstSeen>();
  const split = new SplitStarter(inputs, limits, options.splitWords === true ? (options.splitFromBytes ?? SPLIT_FROM_BYTES) : undefined);
  for (const input of inputs) {
    const { checked, reporter, read } = await loadInput(input, options, limits);
    split.read(read);
    for (const candidate of checked) {
      const id = candidate.incident.id;
      const earlier = firstSeen.get(id);
      if (earlier !== undefined) {
        const where = await positionOfFirst(earlier, limits.maxFileBytes);
        const place = where ? `${earlier.file}:${where.line}:${where.column}` : earlier.file;
        reporter.at([...candidate.at, 'id'], 'error', `duplicate incident id "${id}": already loaded from ${place}; this one is skipped`);
        continue;
      }
      firstSeen.set(id, { file: reporter.file, at: candidate.at, source: sourceOf(input, reporter) });
      const loaded = normaliseIncident(candidate.incident, candidate.original, reporter.file, candidate.safe);
      split.note(loaded, input, candidate.at, read);
      incidents.push(loaded);
    }
    diagnostics.push(...reporter.diagnostics);
  }
  split.place();
  return { incidents, diagnostics, files: inputs.length };
}

interface LoadedInput {
  checked: CheckedIncident[];
  reporter: FileReporter;
  read: ReadResult;
}

async function loadInput(input: Input, options: LoadOptions, limits: Limits): Promise<LoadedInput> {
  const name = input.kind === 'stdin' ? '-' : input.path;
  const read: ReadResult =
    input.kind === 'stdin' ? await readCapped(options.stdin ?? process.stdin, limits.maxFileBytes) : await readFileCapped(input.path, limits.maxFileBytes);
  if (!read.ok) return failed(name, `cannot read: ${read.message}`, read);
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    const reporter = new FileReporter(name);
    reporter.push(decoded.position, 'error', `invalid UTF-8 at byte offset ${decoded.byteOffset}; save the file as UTF-8`);
    return { checked: [], reporter, read };
  }
  const isReport = input.kind === 'stdin' ? !/^\s*[[{]/.test(decoded.text) : input.format === 'report';
  if (!isReport) {
    const { incidents, reporter } = loadJsonText(decoded.text, name, limits, read.bytes);
    return { checked: incidents, reporter, read };
  }
  const reporter = new FileReporter(name);
  const report = await readReport(decoded.text, reporter.file, options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate });
  for (const d of report.diagnostics) reporter.add(d);
  // A report usually drafts one incident: validate it as such, so paths read "events[2]", not "[0].events[2]".
  const drafted = report.incidents.length === 1 ? report.incidents[0] : report.incidents;
  return { checked: validateIncidents(drafted, reporter, limits), reporter, read };
}

// How the position of an id can be found later: a JSON file is read again, stdin's text is kept.
function sourceOf(input: Input, reporter: FileReporter): FirstSeen['source'] {
  if (input.kind === 'stdin') return { reporter };
  return input.format === 'json' ? { path: input.path } : undefined;
}

function failed(name: string, message: string, read: ReadResult): LoadedInput {
  const reporter = new FileReporter(name);
  reporter.push(undefined, 'error', message);
  return { checked: [], reporter, read };
}

function wholeFile(file: string, message: string): Diagnostic {
  return { file: sanitize(file, { maxLength: 1000 }), line: 0, column: 0, severity: 'error', message: sanitize(message) };
}

// The bundled folder reads best relative to where the user is, when it is below it.
function shownPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
}
