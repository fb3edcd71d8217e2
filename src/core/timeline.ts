import type { Incident, TimelineEvent } from '../model/incident.js';
import type { LoadedIncident } from '../model/loaded.js';
import { resolveTime, type ResolvedTime } from './time.js';

/** One event of the merged timeline, with everything sorting and display need computed once. */
export interface TimelineRow {
  /** Stable key: "incidentId/eventId". */
  key: string;
  /** Position of its incident in the load order. */
  incidentIndex: number;
  incident: Incident;
  event: TimelineEvent;
  /** Position of the event in its incident's list. */
  eventIndex: number;
  time: ResolvedTime;
  /** The incident's start (or discovery, or first event) time, for T+ offsets. */
  origin: ResolvedTime;
}

/** The merged timeline of all loaded incidents. */
export interface Timeline {
  rows: TimelineRow[];
  /** Index of the first row of unknown time (rows.length when none). */
  firstUnknown: number;
}

/** Resolves a time spec, treating an invalid one (already reported by the loader) as unknown. */
export function timeOf(spec: TimelineEvent['time'] | undefined): ResolvedTime {
  const r = resolveTime(spec);
  return r.ok ? r.time : { known: false, estimate: NaN, earliest: -Infinity, latest: Infinity, precision: 'day', approximate: false, ...(spec?.text !== undefined && { text: spec.text }) };
}

/** The time an incident's T+ offsets count from: its start, else its discovery, else its first known event. */
export function incidentOrigin(incident: Incident): ResolvedTime {
  for (const spec of [incident.started, incident.discovered]) {
    const t = timeOf(spec);
    if (t.known && Number.isFinite(t.earliest)) return t;
  }
  let first: ResolvedTime | undefined;
  for (const event of incident.events) {
    const t = timeOf(event.time);
    if (t.known && (!first || t.estimate < first.estimate)) first = t;
  }
  return first ?? timeOf(undefined);
}

/** Merges all incidents' events, sorted by best-estimate time; ties keep load order; unknown times last. */
export function buildTimeline(loaded: readonly LoadedIncident[]): Timeline {
  const known: TimelineRow[] = [];
  const unknown: TimelineRow[] = [];
  loaded.forEach(({ incident }, incidentIndex) => {
    const origin = incidentOrigin(incident);
    incident.events.forEach((event, eventIndex) => {
      const row: TimelineRow = { key: `${incident.id}/${event.id}`, incidentIndex, incident, event, eventIndex, time: timeOf(event.time), origin };
      (row.time.known ? known : unknown).push(row);
    });
  });
  // Array.prototype.sort is stable, so equal estimates keep incident and event order.
  known.sort((a, b) => a.time.estimate - b.time.estimate);
  return { rows: [...known, ...unknown], firstUnknown: known.length };
}
