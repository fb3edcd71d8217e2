import type { Incident } from '../../model/incident.js';
import { defang } from '../../text/index.js';
import type { ResolvedTime } from '../time.js';
import { timeOf } from '../timeline.js';
import { firstAction, type PreparedAction } from './actions.js';
import { durationBetween, type Duration } from './duration.js';
import { RECOVERY_KINDS } from './kinds.js';

/** The four spans a comparison measures for each incident. */
export const MEASURES = [
  { measure: 'dwell', label: 'Dwell time', short: 'Dwell', explain: 'start → discovery' },
  { measure: 'contain', label: 'Time to contain', short: 'Contain', explain: 'discovery → first containment action' },
  { measure: 'disclose', label: 'Time to disclose', short: 'Disclose', explain: 'discovery → public disclosure' },
  { measure: 'recover', label: 'Time to recover', short: 'Recover', explain: 'discovery → first recovery action' },
] as const;

/** Which span: dwell time, time to contain, to disclose, to recover. */
export type Measure = (typeof MEASURES)[number]['measure'];

/** One incident's value for one measure, and what it was measured to. */
export interface MeasuredSpan extends Duration {
  /** The action the span ends at, when it ends at an action rather than an incident field. */
  via?: { kind: string; text: string; inferred: boolean };
  /** Where the end came from when no action: "incident.disclosed", "incident.discovered". */
  source?: string;
}

const EMPTY: ResolvedTime = timeOf(undefined);

function toAction(from: ResolvedTime, action: PreparedAction | undefined): MeasuredSpan {
  if (!action) return durationBetween(from, EMPTY);
  return { ...durationBetween(from, action.time), via: { kind: action.kind, text: defang(action.action.action), inferred: action.inferred } };
}

// Recovery is being back in operation: restoring, rebuilding or resuming, whatever phase the data files
// it under. Only without any of those does another recovery-phase action stand in; a note that the
// investigation goes on never does.
function firstRecovery(actions: readonly PreparedAction[]): PreparedAction | undefined {
  const restored = actions.filter((a) => RECOVERY_KINDS.includes(a.kind));
  if (restored.length > 0) return firstAction(restored);
  return firstAction(actions.filter((a) => a.phase === 'recovery' && a.kind !== 'investigate'));
}

/** Dwell time, time to contain, to disclose and to recover for one incident, at the fidelity its times have. */
export function measureIncident(incident: Incident, actions: readonly PreparedAction[]): Record<Measure, MeasuredSpan> {
  const started = timeOf(incident.started);
  const discovered = timeOf(incident.discovered);
  const disclosure =
    incident.disclosed !== undefined
      ? { ...durationBetween(discovered, timeOf(incident.disclosed)), source: 'incident.disclosed' }
      : toAction(discovered, firstAction(actions.filter((a) => a.kind === 'public-disclosure')));
  return {
    dwell: { ...durationBetween(started, discovered), source: 'incident.started → incident.discovered' },
    contain: toAction(discovered, firstAction(actions.filter((a) => a.phase === 'containment'))),
    disclose: disclosure,
    recover: toAction(discovered, firstRecovery(actions)),
  };
}
