import type { Incident } from '../../model/incident.js';
import type { EntityInIncident, MergedEntity } from './types.js';

/** One incident on an entity card: what the entity did there, with the incident's title. */
export interface EntityCardIncident extends EntityInIncident {
  incidentTitle: string;
}

/** What the entity card shows: who the entity is, and per incident its roles, first and last event and event count. */
export interface EntityCard {
  key: string;
  name: string;
  kind: MergedEntity['kind'];
  titles: string[];
  aliases: string[];
  /** Incidents in order of the entity's first event in each (incidents without its events last). */
  incidents: EntityCardIncident[];
  /** Events involving it across all incidents: all, linked, inferred. */
  totals: { events: number; linked: number; inferred: number };
}

/** The card of a merged entity; `incidents` are the loaded incidents in load order. */
export function entityCard(entity: MergedEntity, incidents: readonly Incident[]): EntityCard {
  const withTitles = entity.perIncident.map((p) => ({ ...p, incidentTitle: incidents[p.incidentIndex]?.title ?? p.incidentId }));
  const firstAt = (p: EntityInIncident) => (p.firstTime?.known ? p.firstTime.estimate : Infinity);
  // Stable sort: incidents with no dated events keep load order, after the dated ones.
  withTitles.sort((a, b) => firstAt(a) - firstAt(b) || 0);
  const totals = { events: 0, linked: 0, inferred: 0 };
  for (const p of entity.perIncident) {
    totals.events += p.count;
    totals.linked += p.linked;
    totals.inferred += p.inferred;
  }
  return { key: entity.key, name: entity.name, kind: entity.kind, titles: entity.titles, aliases: entity.aliases, incidents: withTitles, totals };
}
