import { incidentTag } from '../core/incident-tag.js';
import type { EntityInIncident } from '../core/entities/index.js';
import type { EntityHit, EventHit } from '../core/search/index.js';
import { formatTime } from '../core/time-format.js';
import type { Incident } from '../model/incident.js';

/** What a search output says of one incident of an entity. */
export interface IncidentFields {
  id: string;
  tag: string;
  roles: string[];
  events: number;
  linked: number;
  inferred: number;
  /** First and last event time as shown ("2025-05-04", "~2025-05"); absent without events. */
  first?: string;
  last?: string;
}

/** One incident of an entity hit, as display values. */
function incidentFields(p: EntityInIncident, incidents: readonly Incident[]): IncidentFields {
  const incident = incidents[p.incidentIndex];
  return {
    id: p.incidentId,
    tag: incident ? incidentTag(incident) : p.incidentId,
    roles: p.roles,
    events: p.count,
    linked: p.linked,
    inferred: p.inferred,
    ...(p.firstTime && { first: formatTime(p.firstTime) }),
    ...(p.lastTime && { last: formatTime(p.lastTime) }),
  };
}

/** "5 events: 3 linked, 2 inferred", "1 event: linked", "no events". */
export function mentionCount(f: Pick<IncidentFields, 'events' | 'linked' | 'inferred'>): string {
  if (f.events === 0) return 'no events';
  const noun = f.events === 1 ? 'event' : 'events';
  const parts = [f.linked > 0 && `${f.linked} linked`, f.inferred > 0 && `${f.inferred} inferred`].filter(Boolean);
  return `${f.events} ${noun}: ${parts.join(', ')}`;
}

/** "2025-05-04 – 2025-05-21", one date when both ends agree, "" without events. */
export function timeSpan(f: Pick<IncidentFields, 'first' | 'last'>): string {
  if (f.first === undefined) return '';
  return f.last === undefined || f.last === f.first ? f.first : `${f.first} – ${f.last}`;
}

/** The per-incident lines of an entity hit. */
export function entityIncidents(hit: EntityHit, incidents: readonly Incident[]): IncidentFields[] {
  return hit.entity.perIncident.map((p) => incidentFields(p, incidents));
}

/** An event hit's time as shown, its incident tag, and its key. */
export function eventFields(hit: EventHit): { time: string; tag: string; key: string } {
  return { time: formatTime(hit.row.time, { kind: 'utc' }, hit.row.origin), tag: incidentTag(hit.row.incident), key: hit.row.key };
}
