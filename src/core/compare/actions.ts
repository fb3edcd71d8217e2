import type { Incident, Phase, ResponseAction } from '../../model/incident.js';
import type { ResolvedTime } from '../time.js';
import { timeOf } from '../timeline.js';
import { classifyAction, type ClassifiedKind } from './classify.js';

/** A response action with its kind and time worked out once. */
export interface PreparedAction extends ClassifiedKind {
  /** Position in the incident's `responses`. */
  index: number;
  phase: Phase;
  action: ResponseAction;
  /** The action's own time, else the time of the event it links to, else unknown. */
  time: ResolvedTime;
  /** "incidentId/eventId" when the action links to an event of the incident. */
  eventKey?: string;
}

/** The incident's response actions with kinds and times, in data order. */
export function prepareActions(incident: Incident): PreparedAction[] {
  const events = new Map(incident.events.map((event) => [event.id, event]));
  return (incident.responses ?? []).map((action, index) => {
    const event = action.event !== undefined ? events.get(action.event) : undefined;
    // The event is the action as it appears on the timeline, so its time stands in for a missing one.
    const time = timeOf(action.time ?? event?.time);
    return {
      index,
      phase: action.phase,
      action,
      time,
      ...classifyAction(action),
      ...(event && { eventKey: `${incident.id}/${event.id}` }),
    };
  });
}

/** The action that happened first among those given (by best estimate; unknown times never first). */
export function firstAction(actions: readonly PreparedAction[]): PreparedAction | undefined {
  let first: PreparedAction | undefined;
  for (const candidate of actions) {
    if (!candidate.time.known) continue;
    if (!first || candidate.time.estimate < first.time.estimate) first = candidate;
  }
  return first ?? actions[0];
}
