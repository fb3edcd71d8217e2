import type { Diagnostic } from '../model/loaded.js';

/** Incidents drafted from an incident report (.txt/.md), and what the importer said about it. */
export interface ReportResult {
  incidents: unknown[];
  diagnostics: Diagnostic[];
}

/** Turns a report into incidents; they are then validated like any JSON incident. */
export function readReport(_source: string, file: string, _options: { referenceDate?: string }): ReportResult {
  return {
    incidents: [],
    diagnostics: [
      {
        file,
        line: 0,
        column: 0,
        severity: 'error',
        message: 'reports (.txt/.md) need the importer, which this build does not include; give itx the incident as JSON',
      },
    ],
  };
}
