import { TACTICS } from '../../model/attack.js';
import { NO_TACTIC } from '../../core/view.js';

/** The tactic picker's items: the 15 tactics in matrix order, then the "no tactic" bucket. */
export const TACTIC_ITEMS: readonly string[] = [...TACTICS.map((t) => t.shortname), NO_TACTIC];

/** Adds the item if absent, removes it if present; the order of the choice follows `order`. */
export function toggled<T>(chosen: readonly T[], item: T, order: readonly T[]): T[] {
  const next = new Set(chosen);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return order.filter((x) => next.has(x));
}
