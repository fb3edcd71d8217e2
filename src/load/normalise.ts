import { lookupTactic } from '../model/attack.js';
import type { Incident, MethodologyItem } from '../model/incident.js';
import type { LoadedIncident } from '../model/loaded.js';
import { sanitize, sanitizeDeep } from '../text/index.js';

/**
 * Makes a checked incident safe to show: every string sanitised, tactics as v19 shortnames (a
 * legacy label becomes the tactics it maps to), and the labels the data used kept beside it.
 * `checked` must be the schema's output, which shares no object with `original`; it is changed
 * in place rather than copied. `safe` says its strings are known to need no sanitising.
 */
export function normaliseIncident(checked: Incident, original: unknown, file: string, safe = false): LoadedIncident {
  const tacticLabels: Record<string, string[]> = {};
  let changed = false;
  for (const event of checked.events) {
    if (!event.tactics) continue;
    const tactics = shortnames(event.tactics);
    if (event.tactics.length !== tactics.length || event.tactics.some((label, i) => label !== tactics[i])) {
      tacticLabels[event.id] = event.tactics;
      event.tactics = tactics;
      changed = true;
    }
  }
  if (checked.methodology) {
    const split = checked.methodology.flatMap(splitLegacy);
    if (split.length !== checked.methodology.length || split.some((item, i) => item.tactic !== checked.methodology![i]!.tactic)) changed = true;
    checked.methodology = split;
  }
  if (!safe && sanitizeInPlace(checked)) changed = true;
  // When nothing needed changing, the schema's output equals the value as parsed (the schema has
  // no defaults or transforms; test/perf/normalise.test.ts holds it to that), so only one of the
  // two is kept: the parsed one, which exports need anyway. At 100k events this saves a quarter
  // of the memory and of the time spent collecting garbage.
  const incident = changed ? checked : (original as Incident);
  return { incident, original, file: sanitize(file), tacticLabels: sanitizeDeep(tacticLabels) };
}

/**
 * Sanitises every string and key of a tree of plain objects and arrays that nothing else
 * references (iterative, so depth cannot exhaust the stack); true when anything changed. A key
 * that sanitises differently is redefined as data, so "__proto__" never reaches a prototype.
 */
function sanitizeInPlace(root: object): boolean {
  let changed = false;
  const work: object[] = [root];
  for (let node = work.pop(); node !== undefined; node = work.pop()) {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const value: unknown = node[i];
        if (typeof value === 'string') {
          const safe = sanitize(value);
          if (safe !== value) {
            node[i] = safe;
            changed = true;
          }
        } else if (typeof value === 'object' && value !== null) work.push(value);
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      const safe = typeof value === 'string' ? sanitize(value) : value;
      if (typeof value === 'object' && value !== null) work.push(value);
      const safeKey = sanitize(key);
      if (safeKey !== key) {
        delete record[key];
        Object.defineProperty(record, safeKey, { value: safe, writable: true, enumerable: true, configurable: true });
        changed = true;
      } else if (safe !== value) {
        record[key] = safe;
        changed = true;
      }
    }
  }
  return changed;
}

function shortnames(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (const label of labels) {
    const found = lookupTactic(label);
    const names = found.ok ? found.tactics.map((t) => t.shortname) : [label];
    for (const name of names) if (!out.includes(name)) out.push(name);
  }
  return out;
}

// What a report says of "Defense Evasion" holds for both tactics v19 split it into.
function splitLegacy(item: MethodologyItem): MethodologyItem[] {
  const found = lookupTactic(item.tactic);
  if (!found.ok) return [item];
  return found.tactics.map((t) => ({ ...item, tactic: t.shortname }));
}
