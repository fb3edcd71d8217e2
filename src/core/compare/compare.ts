import type { Incident, Phase } from '../../model/incident.js';
import { incidentTag } from '../incident-tag.js';
import { Phase as PhaseSchema } from '../../model/incident.js';
import type { LoadedIncident } from '../../model/loaded.js';
import { defang } from '../../text/index.js';
import type { ResolvedTime } from '../time.js';
import { formatTime, type TimeMode } from '../time-format.js';
import { incidentOrigin, timeOf } from '../timeline.js';
import { prepareActions, type PreparedAction } from './actions.js';
import { unknownKindWarning } from './classify.js';
import { durationBetween, formatDurationOffset, type Duration } from './duration.js';
import { kindOrder } from './kinds.js';
import { MEASURES, measureIncident, type Measure, type MeasuredSpan } from './measures.js';

/** One compared incident: a column of the comparison. */
export interface CompareColumn {
  id: string;
  tag: string;
  title: string;
  /** What its T+ offsets count from: its discovery, else its start or first event. */
  origin: 'discovery' | 'start' | 'none';
}

/** One action in a cell, as shown. */
export interface ComparedAction {
  /** The action as the data words it, with any URL, domain or address in it defanged. */
  text: string;
  kind: string;
  inferred: boolean;
  /** Offset from the incident's discovery at the data's fidelity: "T+1d", "~T+2d", "T?". */
  offset: string;
  /** What views show before the text: the offset, else the time when only that is known ("≤ 2021-05-08"), else "T?". */
  when: string;
  /** The same offset as numbers. */
  span: Duration;
  /** The action's time as shown on the timeline: "2025-05-05", "unknown". */
  time: string;
  actor?: string;
  outcome?: string;
  /** "incidentId/eventId" when the action is an event of the timeline. */
  eventKey?: string;
}

/** Actions of one kind within a phase, aligned across incidents. */
export interface KindRow {
  kind: string;
  /** True when at least one action on the row got its kind by inference from its text. */
  inferred: boolean;
  /** Only one of several incidents has an action of this kind in this phase. */
  uniqueToOne: boolean;
  /** One entry per incident (column order): its actions of this kind, in time order; empty when none. */
  cells: ComparedAction[][];
}

/** The rows of one response phase. */
export interface PhaseGroup {
  phase: Phase;
  rows: KindRow[];
}

/** One measure across incidents. */
export interface DurationRow {
  measure: Measure;
  label: string;
  /** The label for narrow screens: "Contain". */
  short: string;
  /** What is measured from and to: "discovery → first containment action". */
  explain: string;
  cells: MeasuredSpan[];
}

/** How several incidents were responded to, side by side. */
export interface Comparison {
  incidents: CompareColumn[];
  durations: DurationRow[];
  /** Phases in response order (containment, eradication, recovery, investigation, notification); empty ones left out. */
  phases: PhaseGroup[];
  /** Kinds the data names outside the documented vocabulary. */
  warnings: string[];
}

/** Options for a comparison. */
export interface CompareOptions {
  /** How each action's `time` is written; UTC by default. */
  timeMode?: TimeMode;
}

function offsetOrigin(incident: Incident): { time: ResolvedTime; origin: CompareColumn['origin'] } {
  const discovered = timeOf(incident.discovered);
  if (discovered.known) return { time: discovered, origin: 'discovery' };
  const fallback = incidentOrigin(incident);
  return { time: fallback, origin: fallback.known ? 'start' : 'none' };
}

function showAction(a: PreparedAction, origin: ResolvedTime, mode: TimeMode | undefined): ComparedAction {
  const span = durationBetween(origin, a.time);
  const offset = formatDurationOffset(span);
  const time = formatTime(a.time, mode);
  return {
    text: defang(a.action.action),
    kind: a.kind,
    inferred: a.inferred,
    offset,
    when: span.known || !a.time.known ? offset : time,
    span,
    time,
    ...(a.action.actor !== undefined && { actor: a.action.actor }),
    ...(a.action.outcome !== undefined && { outcome: defang(a.action.outcome) }),
    ...(a.eventKey !== undefined && { eventKey: a.eventKey }),
  };
}

// Unknown offsets sort after every known one; within a cell and when ranking rows.
const byOffset = (a: ComparedAction, b: ComparedAction): number => sortKey(a) - sortKey(b);
const sortKey = (a: ComparedAction): number => (Number.isNaN(a.span.estimate) ? Infinity : a.span.estimate);

/** Compares how incidents were responded to: durations, then each phase's actions aligned by kind. */
export function compareIncidents(loaded: readonly LoadedIncident[], options: CompareOptions = {}): Comparison {
  const warnings: string[] = [];
  const incidents: CompareColumn[] = [];
  const prepared = loaded.map(({ incident, file }) => {
    const actions = prepareActions(incident);
    for (const a of actions) {
      if (a.unknown) warnings.push(unknownKindWarning(a.kind, { file, incidentId: incident.id, index: a.index }));
    }
    const { time, origin } = offsetOrigin(incident);
    incidents.push({ id: incident.id, tag: incidentTag(incident), title: incident.title, origin });
    return { incident, actions, origin: time };
  });
  const measured = prepared.map(({ incident, actions }) => measureIncident(incident, actions));
  const durations: DurationRow[] = MEASURES.map(({ measure, label, short, explain }) => ({
    measure,
    label,
    short,
    explain,
    cells: measured.map((m) => m[measure]),
  }));
  const phases: PhaseGroup[] = [];
  for (const phase of PhaseSchema.options) {
    const rowsByKind = new Map<string, ComparedAction[][]>();
    prepared.forEach(({ actions, origin }, column) => {
      for (const a of actions.filter((x) => x.phase === phase)) {
        const cells = rowsByKind.get(a.kind) ?? prepared.map(() => []);
        cells[column]!.push(showAction(a, origin, options.timeMode));
        rowsByKind.set(a.kind, cells);
      }
    });
    if (rowsByKind.size === 0) continue;
    const rows: KindRow[] = [...rowsByKind].map(([kind, cells]) => {
      for (const cell of cells) cell.sort(byOffset);
      const all = cells.flat();
      const present = cells.filter((c) => c.length > 0).length;
      return { kind, inferred: all.some((a) => a.inferred), uniqueToOne: loaded.length > 1 && present === 1, cells };
    });
    const earliest = (row: KindRow): number => Math.min(...row.cells.flat().map(sortKey));
    rows.sort((a, b) => earliest(a) - earliest(b) || kindOrder(a.kind) - kindOrder(b.kind));
    phases.push({ phase, rows });
  }
  return { incidents, durations, phases, warnings };
}
