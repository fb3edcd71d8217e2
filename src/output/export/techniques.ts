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
 * The techniques of the selected events, and of the covered incidents' methodology (for a tactic
 * filter, only its tactics' entries; none when events are picked by entity or marks, since the
 * methodology is not about particular events). Sorted by id.
 */
export function techniqueUses(selection: ExportSelection): TechniqueUse[] {
  const uses = new Map<string, { incidents: Set<number>; tactics: Set<string> }>();
  const note = (id: string, incident: number, tactics: readonly string[]) => {
    let use = uses.get(id);
    if (!use) uses.set(id, (use = { incidents: new Set(), tactics: new Set() }));
    use.incidents.add(incident);
    for (const t of tactics) use.tactics.add(t);
  };
  for (const row of selection.rows) {
    for (const id of row.event.techniques ?? []) note(id, row.incidentIndex, row.event.tactics ?? []);
  }
  const { filters } = selection;
  if (filters.entity === undefined && filters.marked === undefined) {
    for (const i of selection.incidents) {
      for (const item of selection.loaded[i]!.incident.methodology ?? []) {
        if (filters.tactics.length > 0 && !filters.tactics.includes(item.tactic)) continue;
        for (const id of item.techniques ?? []) note(id, i, [item.tactic]);
      }
    }
  }
  return [...uses.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([id, use]) => {
      const technique = techniqueById(id);
      const own = new Set(technique?.tactics ?? []);
      const tactics = TACTICS.map((t) => t.shortname).filter((t) => use.tactics.has(t) && own.has(t));
      return { id, ...(technique && { technique }), incidents: [...use.incidents].sort((a, b) => a - b), tactics };
    });
}
