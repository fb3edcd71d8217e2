import { actionGuard } from './action-guard.js';
/** The compare screen (`c`): the response comparison of the incidents in view, and where the user is in it. */
export interface CompareScreenState {
  kind: 'compare';
  /** First incident column in view. */
  columnOffset: number;
  /** First body line in view. */
  scroll: number;
  /** Index of the selected action among the actions of the columns in view; undefined when none is. */
  selected: number | undefined;
}

/** Actions of the compare screen (handled in compare.ts). */
export type CompareAction =
  | { type: 'compare-open' }
  /** Select the next (1) or previous (-1) action, in reading order. */
  | { type: 'compare-select'; by: number }
  /** Page the incident columns left (-1) or right (1). */
  | { type: 'compare-columns'; by: number }
  /** Scroll by pages of the body (PgDn 1, PgUp -1). */
  | { type: 'compare-scroll'; by: number }
  | { type: 'compare-jump'; to: 'first' | 'last' }
  /** Enter: show the selected action's event on the timeline. */
  | { type: 'compare-enter' }
  | { type: 'compare-close' };

/** True for the actions compare.ts handles. */
export const isCompareAction = actionGuard<CompareAction>([
  'compare-open', 'compare-select', 'compare-columns', 'compare-scroll', 'compare-jump', 'compare-enter', 'compare-close',
]);
