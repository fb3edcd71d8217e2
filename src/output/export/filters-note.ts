import { incidentTag } from '../../core/incident-tag.js';
import { NO_TACTIC } from '../../core/view.js';
import { tacticByShortname } from '../../model/attack.js';
import type { ExportSelection } from './select.js';

/** The filters of an export in words, for the document it goes into: "tactic Initial Access; entity Smarsh". "" when none. */
export function describeFilters(selection: ExportSelection): string {
  const { filters, loaded } = selection;
  const parts: string[] = [];
  if (filters.incidents.length > 0) {
    parts.push(`incident ${filters.incidents.map((i) => incidentTag(loaded[i]!.incident)).join(', ')}`);
  }
  if (filters.tactics.length > 0) {
    parts.push(`tactic ${filters.tactics.map((t) => (t === NO_TACTIC ? 'none' : (tacticByShortname(t)?.name ?? t))).join(' or ')}`);
  }
  if (filters.entity) parts.push(`entity ${filters.entity.name} (its events, linked and named)`);
  if (filters.marked) parts.push('marked events only');
  return parts.join('; ');
}
