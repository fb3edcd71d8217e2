import { Incident } from '../model/incident.js';
import type { DataPath } from './data-path.js';
import { typeOf } from './describe-value.js';
import { checkIncident } from './check-incident.js';
import type { Limits } from './limits.js';
import type { FileReporter } from './reporter.js';
import { explainIssues } from './zod-issues.js';

/** An incident that passed every check, with where it sits in its input. */
export interface CheckedIncident {
  incident: Incident;
  /** The incident as parsed, before any change. */
  original: unknown;
  /** Path of the incident in its input: [] for a single incident, [i] in a list. */
  at: DataPath;
  /** True when every string is known to be terminal-safe already, so sanitising can be skipped. */
  safe?: boolean;
}

/**
 * Validates the incidents of one parsed input (one incident or a list). Each incident stands
 * alone: one with errors is reported and left out, the others still load.
 */
export function validateIncidents(value: unknown, reporter: FileReporter, limits: Limits, rejected: ReadonlySet<number> = new Set()): CheckedIncident[] {
  if (Array.isArray(value)) {
    if (value.length > limits.maxIncidentsPerFile) {
      reporter.at([], 'error', `${value.length} incidents is more than the limit of ${limits.maxIncidentsPerFile} per file; split the file`);
      return [];
    }
    return value.flatMap((item, i) => (rejected.has(i) ? [] : validateOne(item, [i], reporter, limits)));
  }
  if (value !== null && typeof value === 'object') return rejected.has(0) ? [] : validateOne(value, [], reporter, limits);
  reporter.at([], 'error', `expected an incident object or a list of incidents, got ${typeOf(value)}`);
  return [];
}

function validateOne(raw: unknown, at: DataPath, reporter: FileReporter, limits: Limits): CheckedIncident[] {
  const errorsBefore = reporter.errors;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, list] of Object.entries(raw)) {
      if (Array.isArray(list) && list.length > limits.maxItemsPerList) {
        reporter.at([...at, key], 'error', `${list.length} items is more than the limit of ${limits.maxItemsPerList} per list; split the incident`);
      }
    }
  }
  if (reporter.errors > errorsBefore) return [];
  const parsed = Incident.safeParse(raw);
  if (!parsed.success) {
    for (const issue of explainIssues(parsed.error.issues, raw)) {
      reporter.at([...at, ...issue.path], 'error', issue.message, issue.key);
    }
    return [];
  }
  for (const finding of checkIncident(parsed.data)) {
    reporter.at([...at, ...finding.path], finding.severity, finding.message);
  }
  return reporter.errors > errorsBefore ? [] : [{ incident: parsed.data, original: raw, at }];
}
