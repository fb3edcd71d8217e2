import type { Timeline, TimelineRow } from './timeline.js';

/** The pseudo-tactic that selects events carrying no ATT&CK tactic. */
export const NO_TACTIC = 'no-tactic';

/**
 * Which events the explorer shows. Each field is one filter; an empty list means "no restriction".
 * A new filter is a new field here plus one entry in `PREDICATES`.
 */
export interface ViewFilters {
  /** Tactic shortnames, or NO_TACTIC; an event passes when it has any of them (union). */
  tactics: readonly string[];
  /** Incident positions in load order; an event passes when its incident is one of them. */
  incidents: readonly number[];
  /** Row keys ("incidentId/eventId") of the marked events, when only those are shown (M); absent: no restriction. */
  marked?: ReadonlySet<string>;
  /** The entity pivot: only the events involving this entity (linked, or naming it) pass; absent: no restriction. */
  entity?: EntityPivot;
}

/** An entity the view is pivoted to, with the keys of the events involving it across every incident. */
export interface EntityPivot {
  /** Key of the merged entity. */
  key: string;
  /** Its name, as the header shows it ("entity: Smarsh"). */
  name: string;
  /** Row keys ("incidentId/eventId") of its events, linked and inferred. */
  eventKeys: ReadonlySet<string>;
}

/** Filters that restrict nothing. */
export const NO_FILTERS: ViewFilters = { tactics: [], incidents: [] };

/** The events shown: positions in the timeline, in timeline order, and where the unknown-time group starts. */
export interface TimelineView {
  rows: readonly number[];
  /** Position in `rows` of the first event of unknown time (rows.length when none). */
  firstUnknown: number;
}

type Predicate = (row: TimelineRow) => boolean;

const PREDICATES: { [K in keyof ViewFilters]-?: (value: ViewFilters[K]) => Predicate } = {
  tactics: (tactics) => {
    const wanted = new Set(tactics);
    const none = wanted.has(NO_TACTIC);
    return (row) => {
      const own = row.event.tactics ?? [];
      return own.length === 0 ? none : own.some((t) => wanted.has(t));
    };
  },
  incidents: (incidents) => {
    const wanted = new Set(incidents);
    return (row) => wanted.has(row.incidentIndex);
  },
  marked: (marked) => (row) => marked?.has(row.key) ?? true,
  entity: (pivot) => (row) => pivot?.eventKeys.has(row.key) ?? true,
};

/** True when a filter's value restricts anything: a non-empty list, a set (even an empty one), a pivot. */
function isActive(value: ViewFilters[keyof ViewFilters]): boolean {
  if (value === undefined) return false;
  return 'length' in value ? value.length > 0 : true;
}

/** True when any filter restricts the view. */
export function hasFilters(filters: ViewFilters): boolean {
  return (Object.keys(PREDICATES) as (keyof ViewFilters)[]).some((k) => isActive(filters[k]));
}

/** One predicate for all active filters, leaving out `except` (for counts "as if that filter were off"). */
export function matcher(filters: ViewFilters, except?: keyof ViewFilters): Predicate {
  const active: Predicate[] = [];
  for (const key of Object.keys(PREDICATES) as (keyof ViewFilters)[]) {
    if (key === except || !isActive(filters[key])) continue;
    active.push((PREDICATES[key] as (v: ViewFilters[typeof key]) => Predicate)(filters[key]));
  }
  return (row) => active.every((p) => p(row));
}

/** The rows of the timeline that pass the filters, keeping timeline order. */
export function filterTimeline(timeline: Timeline, filters: ViewFilters): TimelineView {
  if (!hasFilters(filters)) {
    return { rows: timeline.rows.map((_, i) => i), firstUnknown: timeline.firstUnknown };
  }
  const pass = matcher(filters);
  const rows: number[] = [];
  let firstUnknown = -1;
  timeline.rows.forEach((row, i) => {
    if (!pass(row)) return;
    if (firstUnknown < 0 && i >= timeline.firstUnknown) firstUnknown = rows.length;
    rows.push(i);
  });
  return { rows, firstUnknown: firstUnknown < 0 ? rows.length : firstUnknown };
}

/**
 * Events per tactic shortname (and NO_TACTIC) among the rows passing every filter but the tactic one,
 * so a picker shows what choosing a tactic would bring into view.
 */
export function tacticCounts(timeline: Timeline, filters: ViewFilters): Map<string, number> {
  const pass = matcher(filters, 'tactics');
  const counts = new Map<string, number>();
  for (const row of timeline.rows) {
    if (!pass(row)) continue;
    const own = row.event.tactics ?? [];
    if (own.length === 0) counts.set(NO_TACTIC, (counts.get(NO_TACTIC) ?? 0) + 1);
    for (const t of new Set(own)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** Events per incident (by load position) among the rows passing every filter but the incident one. */
export function incidentCounts(timeline: Timeline, filters: ViewFilters, incidentTotal: number): number[] {
  const pass = matcher(filters, 'incidents');
  const counts = new Array<number>(incidentTotal).fill(0);
  for (const row of timeline.rows) {
    if (pass(row)) counts[row.incidentIndex] = (counts[row.incidentIndex] ?? 0) + 1;
  }
  return counts;
}
