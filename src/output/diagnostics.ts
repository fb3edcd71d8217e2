import type { Diagnostic, LoadResult } from '../model/loaded.js';
import { safeJson } from './safe-json.js';
import { plural } from '../text/index.js';

/** One diagnostic as compilers print them: `path:line:col: error: message` (no line:col for whole-file problems). */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${where}: ${d.severity}: ${d.message}`;
}

/** Counts of what a load produced, for the summary line and JSON output. */
export interface LoadCounts {
  files: number;
  incidents: number;
  events: number;
  errors: number;
  warnings: number;
}

/** Counts files, incidents, events, errors and warnings of a load. */
export function countLoad(result: LoadResult): LoadCounts {
  let errors = 0;
  for (const d of result.diagnostics) if (d.severity === 'error') errors++;
  return {
    files: result.files,
    incidents: result.incidents.length,
    events: result.incidents.reduce((n, l) => n + l.incident.events.length, 0),
    errors,
    warnings: result.diagnostics.length - errors,
  };
}

/** "3 files, 7 incidents, 80 events, 0 errors, 1 warning". */
export function formatSummary(counts: LoadCounts): string {
  return [
    plural(counts.files, 'file'),
    plural(counts.incidents, 'incident'),
    plural(counts.events, 'event'),
    plural(counts.errors, 'error'),
    plural(counts.warnings, 'warning'),
  ].join(', ');
}

/** The validate report as JSON: every diagnostic plus the counts. */
export function diagnosticsJson(result: LoadResult): string {
  return `${safeJson({ diagnostics: result.diagnostics, summary: countLoad(result) })}\n`;
}
