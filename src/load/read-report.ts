import type { Diagnostic } from '../model/loaded.js';
import { sanitize } from '../text/index.js';

/** Incidents drafted from an incident report (.txt/.md), and what the importer said about it. */
export interface ReportResult {
  incidents: unknown[];
  diagnostics: Diagnostic[];
}

/** Turns a report into incidents; they are then validated like any JSON incident. */
export async function readReport(source: string, file: string, options: { referenceDate?: string }): Promise<ReportResult> {
  // The importer brings an NLP library that takes a while to start: load it only when a report comes.
  const { importReport } = await import('./report/index.js');
  const { incidents, diagnostics } = importReport(source, file, options);
  // The importer's messages quote the report, which is as untrusted as any incident file.
  const safe = diagnostics.map((d) => ({ ...d, file: sanitize(d.file, { maxLength: 1000 }), message: sanitize(d.message, { maxLength: 2000 }) }));
  return { incidents, diagnostics: safe };
}
