import type { EntityIndex } from '../../core/entities/index.js';
import type { TimelineRow } from '../../core/timeline.js';
import { csvDocument } from '../csv.js';
import { rowFields } from '../timeline-fields.js';
import { fidelityLabel, utcStart, utcUntil } from './fidelity.js';
import type { ExportSelection } from './select.js';

/** Columns of the CSV export, in order. */
export const EXPORT_CSV_COLUMNS = [
  'time_utc',
  'fidelity',
  'until_utc',
  'time_text',
  'incident',
  'event',
  'stage',
  'tactics',
  'techniques',
  'title',
  'description',
  'entities',
] as const;

/** Options of the CSV export. */
export interface ExportCsvOptions {
  /**
   * Start with a UTF-8 byte order mark (default true): Excel reads a CSV without one in the
   * system's legacy code page and garbles every non-ASCII name; Timeline Explorer and most
   * CSV libraries accept it.
   */
  bom?: boolean;
}

/**
 * One row per selected event: the start of its time interval in UTC, the fidelity that time is
 * known at, the incident and event ids, stage, ATT&CK tactic names and technique ids, title and
 * description (indicators defanged) and the entities involved. RFC 4180 with CRLF line ends,
 * spreadsheet formulas disarmed.
 */
export function renderExportCsv(selection: ExportSelection, options: ExportCsvOptions = {}): string {
  const rows = selection.rows.map((row) => {
    const f = rowFields(row);
    return [
      utcStart(row.time),
      fidelityLabel(row.time),
      utcUntil(row.time),
      row.event.time.text ?? '',
      f.incidentId,
      f.eventId,
      f.stage,
      f.tactics.join('; '),
      f.techniques.join('; '),
      f.title,
      f.description,
      entityNames(selection.entities, row),
    ];
  });
  return `${options.bom === false ? '' : '\ufeff'}${csvDocument(EXPORT_CSV_COLUMNS, rows)}`;
}

// "TeleMessage (victim); Smarsh; Mike Waltz (mentioned)": linked entities with their role in the
// event, then the ones the text only names.
function entityNames(entities: EntityIndex, row: TimelineRow): string {
  return entities
    .entitiesOfRow(row.key)
    .map((e) => {
      const name = entities.get(e.key)?.name ?? e.key;
      return e.inferred ? `${name} (mentioned)` : e.role ? `${name} (${e.role})` : name;
    })
    .join('; ');
}
