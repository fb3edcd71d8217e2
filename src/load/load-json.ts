import { formatDataPath, type DataPath } from './data-path.js';
import { DEFAULT_MAX_LENGTH } from '../text/index.js';
import type { Limits } from './limits.js';
import { Locator } from './locate.js';
import { parseJson } from './parse-json.js';
import { FileReporter } from './reporter.js';
import { isPlainJson, shapeOf, stringsInText } from './quick-check.js';
import { PROTOTYPE_KEYS, scanJson } from './scan-json.js';
import { LineIndex } from './text-position.js';
import { validateIncidents, type CheckedIncident } from './validate-incidents.js';

/** The incidents of one JSON input that passed every check, and everything said about the input. */
export interface LoadedJson {
  incidents: CheckedIncident[];
  reporter: FileReporter;
}

/**
 * Loads one JSON input's text: the engine's parser first, then one walk over what it made; only
 * when that walk finds a limit or key problem (or the parser fails) is the text scanned for
 * where. Then the schema and the checks, each problem placed at its line:col. `bytes` (the
 * text's UTF-8), when given, lets a quick look spare sanitising every string of a plain file.
 */
export function loadJsonText(text: string, file: string, limits: Limits, bytes?: Uint8Array): LoadedJson {
  if (text.trim() === '') {
    const reporter = new FileReporter(file);
    reporter.push(undefined, 'error', 'the file is empty; expected an incident object or a list of incidents');
    return { incidents: [], reporter };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return scanAndLoad(text, file, limits);
  }
  const shape = shapeOf(value, limits.maxDepth);
  if (shape.tooDeep || shape.prototypeKey || shape.strings !== stringsInText(text)) return scanAndLoad(text, file, limits);
  const reporter = new FileReporter(file, new Locator(text));
  const incidents = validateIncidents(value, reporter, limits);
  if (bytes !== undefined && shape.longest <= DEFAULT_MAX_LENGTH && isPlainJson(bytes, text)) {
    for (const incident of incidents) incident.safe = true;
  }
  return { incidents, reporter };
}

// The careful path, for a file with a problem to place: limits first (iteratively, before anything
// recursive), then the parse, each problem at its line:col.
function scanAndLoad(text: string, file: string, limits: Limits): LoadedJson {
  const lines = new LineIndex(text);
  const scan = scanJson(text, limits.maxDepth);
  if (scan.tooDeepAt !== undefined) {
    const reporter = new FileReporter(file);
    reporter.push(lines.position(scan.tooDeepAt), 'error', `nested deeper than ${limits.maxDepth} levels; incident files need far fewer, so the file is not read`);
    return { incidents: [], reporter };
  }
  const reporter = new FileReporter(file, new Locator(text));
  for (const dup of scan.duplicateKeys) {
    reporter.push(lines.position(dup.offset), 'warning', `duplicate key "${dup.key}"; the last one is used`, pathText(dup.path));
  }
  const rejected = new Set<number>();
  for (const found of scan.prototypeKeys) {
    reporter.push(lines.position(found.offset), 'error', `the key "${found.key}" is not allowed (it could reach an object prototype)`, pathText(found.path));
    rejected.add(typeof found.path[0] === 'number' ? found.path[0] : 0);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    reporter.push(parsed.position, 'error', parsed.message);
    return { incidents: [], reporter };
  }
  if (scan.prototypeKeys.length > 0) dropPrototypeKeys(parsed.value);
  return { incidents: validateIncidents(parsed.value, reporter, limits, rejected), reporter };
}

function pathText(path: DataPath): string | undefined {
  return path.length === 0 ? undefined : formatDataPath(path);
}

// JSON.parse keeps "__proto__" as an own data property; remove such keys before any code copies the value.
function dropPrototypeKeys(root: unknown): void {
  const work: unknown[] = [root];
  for (let node = work.pop(); node !== undefined; node = work.pop()) {
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      if (PROTOTYPE_KEYS.has(key)) delete (node as Record<string, unknown>)[key];
      else work.push((node as Record<string, unknown>)[key]);
    }
  }
}
