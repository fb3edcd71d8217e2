import { NO_TACTIC } from '../../core/view.js';
import { TACTICS, techniqueById, type Technique } from '../../model/attack.js';
import type { ExportSelection } from './select.js';

/** One ATT&CK technique as the covered incidents use it. */
export interface TechniqueUse {
  /** "T1078" or "T1550.004". */
  id: string;
  /** The technique in the bundled ATT&CK v19 tables; undefined for an id they do not have. */
  technique?: Technique;
  /** Positions of the incidents using it, in load order. */
  incidents: number[];
  /**
   * The v19 tactics (shortnames, matrix order) the data uses it for: the tactics of its events
   * or methodology entries that are tactics of the technique. Empty when the data says none.
   */
  tactics: string[];
}

/**
 * The techniques of the selected events, and of the covered incidents' methodology (none when
 * events are picked by entity or marks, since the methodology is not about particular events).
 * With a tactic filter, a technique counts only where the data uses it for one of those tactics.
 * Sorted by id.
 */
export function techniqueUses(selection: ExportSelection): TechniqueUse[] {
  const { filters } = selection;
  const wanted = filters.tactics.length > 0 && !filters.tactics.includes(NO_TACTIC) ? new Set(filters.tactics) : undefined;
  const uses = new Map<string, { incidents: Set<number>; tactics: Set<string> }>();
  const note = (id: string, incident: number, labels: readonly string[]) => {
    const own = new Set(techniqueById(id)?.tactics ?? []);
    const tactics = labels.filter((t) => own.has(t) && (!wanted || wanted.has(t)));
    if (wanted && tactics.length === 0) return;
    let use = uses.get(id);
    if (!use) uses.set(id, (use = { incidents: new Set(), tactics: new Set() }));
    use.incidents.add(incident);
    for (const t of tactics) use.tactics.add(t);
  };
  for (const row of selection.rows) {
    for (const id of row.event.techniques ?? []) note(id, row.incidentIndex, row.event.tactics ?? []);
  }
  if (filters.entity === undefined && filters.marked === undefined) {
    for (const i of selection.incidents) {
      for (const item of selection.loaded[i]!.incident.methodology ?? []) {
        for (const id of item.techniques ?? []) note(id, i, [item.tactic]);
      }
    }
  }
  const order = TACTICS.map((t) => t.shortname);
  return [...uses.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([id, use]) => {
      const technique = techniqueById(id);
      const tactics = order.filter((t) => use.tactics.has(t));
      return { id, ...(technique && { technique }), incidents: [...use.incidents].sort((a, b) => a - b), tactics };
    });
}
