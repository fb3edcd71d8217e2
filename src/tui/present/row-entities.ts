import type { EntityIndex } from '../../core/entities/index.js';
import type { TimelineRow } from '../../core/timeline.js';
import { oneLine } from './list-columns.js';

/**
 * The entities an event involves, as the detail pane lists them: the data's links first, with
 * the role the link or the incident gives ("Smarsh (owner)"), then the entities its text only
 * names, marked "(inferred)".
 */
export function rowEntityTexts(index: EntityIndex, row: TimelineRow): string[] {
  return index.entitiesOfRow(row.key).map((found) => {
    const entity = index.get(found.key);
    const name = oneLine(entity?.name ?? found.key);
    if (found.inferred) return `${name} (inferred)`;
    const roles = found.role ? [found.role] : (entity?.perIncident.find((p) => p.incidentIndex === row.incidentIndex)?.roles ?? []);
    return roles.length ? `${name} (${roles.join(', ')})` : name;
  });
}
