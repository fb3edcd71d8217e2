import type { TimelineRow } from '../core/timeline.js';
import { rowFields, type TimelineRenderOptions } from './timeline-fields.js';

const COLUMNS = ['time', 'incident', 'tag', 'event', 'stage', 'tactics', 'techniques', 'title', 'description'];

/** The merged timeline as RFC 4180 CSV (CRLF rows, quoted where needed, spreadsheet formulas disarmed). */
export function renderTimelineCsv(rows: readonly TimelineRow[], options: TimelineRenderOptions = {}): string {
  const lines = [COLUMNS.map(csvCell).join(',')];
  for (const row of rows) {
    const f = rowFields(row, options);
    lines.push(
      [f.time, f.incidentId, f.tag, f.eventId, f.stage, f.tactics.join('; '), f.techniques.join('; '), f.title, f.description]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * One CSV cell. A cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheets
 * (CSV injection), so it gets a leading apostrophe, which they show as plain text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
