import type { TimelineRow } from '../core/timeline.js';
import { csvDocument } from './csv.js';
import { rowFields, type TimelineRenderOptions } from './timeline-fields.js';

const COLUMNS = ['time', 'incident', 'tag', 'event', 'stage', 'tactics', 'techniques', 'title', 'description'];

/** The merged timeline as RFC 4180 CSV (CRLF rows, quoted where needed, spreadsheet formulas disarmed). */
export function renderTimelineCsv(rows: readonly TimelineRow[], options: TimelineRenderOptions = {}): string {
  return csvDocument(
    COLUMNS,
    rows.map((row) => {
      const f = rowFields(row, options);
      return [f.time, f.incidentId, f.tag, f.eventId, f.stage, f.tactics.join('; '), f.techniques.join('; '), f.title, f.description];
    }),
  );
}
