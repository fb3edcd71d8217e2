import type { ResponseAction } from '../../model/incident.js';
import { didYouMean } from '../did-you-mean.js';
import { matchKindRule } from './kind-rules.js';
import { ACTION_KIND_NAMES, isActionKind } from './kinds.js';

/** The kind of one response action and how it was decided. */
export interface ClassifiedKind {
  /** A vocabulary kind, or the data's own kind when it names one outside the vocabulary. */
  kind: string;
  /** True when the kind was inferred from the action's text rather than stated by the data. */
  inferred: boolean;
  /** True when the data named a kind outside the documented vocabulary. */
  unknown: boolean;
}

/** "Suspend Service" and "suspend_service" mean "suspend-service". */
function normalizeKind(kind: string): string {
  return kind.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** The kind of an action: the data's `kind` when given, else the first matching text rule, else "other". */
export function classifyAction(action: ResponseAction): ClassifiedKind {
  if (action.kind !== undefined && action.kind.trim() !== '') {
    const normalized = normalizeKind(action.kind);
    if (isActionKind(normalized)) return { kind: normalized, inferred: false, unknown: false };
    return { kind: action.kind, inferred: false, unknown: true };
  }
  const rule = matchKindRule(action.action);
  return { kind: rule?.kind ?? 'other', inferred: true, unknown: false };
}

/** Where an action sits, for a warning the user can act on. */
export interface ActionPlace {
  file: string;
  incidentId: string;
  index: number;
}

/** A warning for a kind the data names outside the vocabulary: where, what, and what it may have meant. */
export function unknownKindWarning(kind: string, place: ActionPlace): string {
  const guess = didYouMean(normalizeKind(kind), ACTION_KIND_NAMES);
  return (
    `${place.file}: incident "${place.incidentId}" responses[${place.index}].kind "${kind}" is not a documented action kind` +
    (guess ? `; did you mean "${guess}"?` : '.') +
    ` It is kept as its own row. Known kinds: ${ACTION_KIND_NAMES.join(', ')} (see docs/action-kinds.md).`
  );
}
