import { formatDataPath, type DataPath } from './data-path.js';
import type { Limits } from './limits.js';
import { Locator } from './locate.js';
import { parseJson } from './parse-json.js';
import { FileReporter } from './reporter.js';
import { PROTOTYPE_KEYS, scanJson } from './scan-json.js';
import { LineIndex } from './text-position.js';
import { validateIncidents, type CheckedIncident } from './validate-incidents.js';

/** The incidents of one JSON input that passed every check, and everything said about the input. */
export interface LoadedJson {
  incidents: CheckedIncident[];
  reporter: FileReporter;
}

/**
 * Loads one JSON input's text: limits first (iteratively, before anything recursive), then the
 * fast parse, then the schema and the checks, each problem placed at its line:col.
 */
export function loadJsonText(text: string, file: string, limits: Limits): LoadedJson {
  const lines = new LineIndex(text);
  if (text.trim() === '') {
    const reporter = new FileReporter(file);
    reporter.push(undefined, 'error', 'the file is empty; expected an incident object or a list of incidents');
    return { incidents: [], reporter };
  }
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
