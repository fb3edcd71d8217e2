import { safeJson } from '../safe-json.js';
import type { ExportSelection } from './select.js';

/**
 * The covered incidents exactly as their files hold them (not the display-sanitised strings), as
 * one JSON array that `itx` loads again. Filters choose whole incidents: trimming their events
 * would leave response actions pointing at events that are gone. Characters that could steer a
 * terminal are written as \u escapes, which parse back to the same strings.
 */
export function renderExportJson(selection: ExportSelection): string {
  return `${safeJson(selection.incidents.map((i) => selection.loaded[i]!.original))}\n`;
}
