import type { TimelineRow } from '../../core/timeline.js';
import { NO_FILTERS, hasFilters, matcher, type ViewFilters } from '../../core/view.js';
import type { Action, ExplorerState } from './types.js';

/** The main reducer, passed in by reducer.ts so the sub-reducers can apply its actions. */
export type Run = (state: ExplorerState, action: Action) => ExplorerState;

/** How a notice names each filter. */
const FILTER_NAMES: Record<string, string> = {
  tactics: 'the tactic filter',
  incidents: 'the incident filter',
  entity: 'the entity pivot',
  marked: 'the marked-only filter',
};

/** The filters with those that would hide `row` left out, and the names of those left out. */
export function filtersShowing(filters: ViewFilters, row: TimelineRow): { filters: ViewFilters; cleared: string[] } {
  let next = filters;
  const cleared: string[] = [];
  for (const key of Object.keys(filters) as (keyof ViewFilters)[]) {
    const alone = { ...NO_FILTERS, [key]: filters[key] } as ViewFilters;
    if (!hasFilters(alone) || matcher(alone)(row)) continue;
    const { [key]: _dropped, ...rest } = next;
    next = { ...NO_FILTERS, ...rest };
    cleared.push(FILTER_NAMES[key] ?? `the ${key} filter`);
  }
  return { filters: next, cleared };
}

/** Sets a one-time message for the hint line. */
export function withNotice(state: ExplorerState, notice: string): ExplorerState {
  return { ...state, notice };
}

/**
 * Selects the event with this key on the timeline screen, closing any overlay. Filters that
 * would hide it are cleared, and a notice says which: the user asked for that event, and a
 * jump that silently did nothing would be worse than a changed filter.
 */
export function revealEvent(state: ExplorerState, rowKey: string, run: Run): ExplorerState {
  const base: ExplorerState = { ...state, overlay: undefined, screen: { kind: 'timeline' }, focus: 'list' };
  const row = state.timeline.rows.find((r) => r.key === rowKey);
  if (!row) return withNotice(base, 'that event is not on the timeline');
  const { filters, cleared } = filtersShowing(state.filters, row);
  const filtered = cleared.length ? run(base, { type: 'set-filters', filters }) : base;
  const shown = run(filtered, { type: 'select-key', key: rowKey });
  return cleared.length ? withNotice(shown, `${cleared.join(' and ')} cleared to show it`) : shown;
}
