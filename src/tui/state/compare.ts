import { compareIncidents, layoutComparison, type Comparison, type ComparisonLayout } from '../../core/compare/index.js';
import { hasFilters } from '../../core/view.js';
import { frameLayout } from '../layout.js';
import type { CompareAction, CompareScreenState } from './compare-types.js';
import { revealEvent, withNotice, type Run } from './reveal.js';
import type { ExplorerState } from './types.js';

/**
 * The incidents the comparison shows, in load order: every one when nothing is filtered, the
 * chosen ones when only incidents are, else those with an event in view (a pivot to Smarsh
 * compares the incidents Smarsh is in).
 */
export function incidentsInView(state: ExplorerState): number[] {
  const { filters } = state;
  if (!hasFilters(filters)) return state.loaded.map((_, i) => i);
  if (!hasFilters({ ...filters, incidents: [] })) return [...filters.incidents].sort((a, b) => a - b);
  const shown = new Set(state.view.rows.map((i) => state.timeline.rows[i]!.incidentIndex));
  return [...shown].sort((a, b) => a - b);
}

let last: { loaded: ExplorerState['loaded']; which: string; mode: ExplorerState['timeModes'][number]; comparison: Comparison } | undefined;

/** The comparison of the incidents in view; computed again only when they or the time mode change. */
export function comparisonFor(state: ExplorerState): Comparison {
  const chosen = incidentsInView(state);
  const which = chosen.join(',');
  const mode = state.timeModes[state.timeMode]!;
  if (last?.loaded === state.loaded && last.which === which && last.mode === mode) return last.comparison;
  // Action times are dates; relative offsets are already in each action's T+.
  const comparison = compareIncidents(chosen.map((i) => state.loaded[i]!), mode.kind === 'relative' ? {} : { timeMode: mode });
  last = { loaded: state.loaded, which, mode, comparison };
  return comparison;
}

/** The comparison laid out for the screen as the compare state has it: what the reducer moves through and the view draws. */
export function compareLayout(state: ExplorerState, screen: CompareScreenState): ComparisonLayout {
  const { width, bodyHeight } = frameLayout(state.viewport);
  const { columnOffset, scroll, selected } = screen;
  return layoutComparison(comparisonFor(state), { width, height: bodyHeight, columnOffset, scroll, ...(selected !== undefined && { selected }) });
}

/** The compare screen's transitions. */
export function compareReducer(state: ExplorerState, action: CompareAction, run: Run): ExplorerState {
  if (action.type === 'compare-open') return open(state);
  const screen = state.screen;
  if (screen.kind !== 'compare') return state;
  const layout = compareLayout(state, screen);
  const count = layout.actions.length;
  switch (action.type) {
    case 'compare-select': {
      if (count === 0) return state;
      const selected = Math.max(0, Math.min(count - 1, (screen.selected ?? (action.by > 0 ? -1 : count)) + action.by));
      return settle(state, { ...screen, selected });
    }
    case 'compare-columns': {
      const { first, perPage, total } = layout.columns;
      const columnOffset = Math.max(0, Math.min(Math.max(0, total - perPage), first + action.by * perPage));
      if (columnOffset === first) return state;
      return settle(state, firstInView(state, { ...screen, columnOffset, selected: undefined }));
    }
    case 'compare-scroll': {
      const max = Math.max(0, layout.body.length - layout.bodyHeight);
      const scroll = Math.max(0, Math.min(max, layout.scroll + action.by * Math.max(1, layout.bodyHeight - 1)));
      return settle(state, firstInView(state, { ...screen, scroll, selected: undefined }));
    }
    case 'compare-jump':
      if (action.to === 'first') return settle(state, { ...screen, scroll: 0, selected: count ? 0 : undefined });
      return settle(state, { ...screen, scroll: Number.MAX_SAFE_INTEGER, selected: count ? count - 1 : undefined });
    case 'compare-enter': {
      const chosen = screen.selected === undefined ? undefined : layout.actions[screen.selected];
      if (!chosen) return state;
      if (!chosen.eventKey) return withNotice(state, 'this action is not an event of the timeline');
      return revealEvent(state, chosen.eventKey, run);
    }
    case 'compare-close':
      return { ...state, screen: { kind: 'timeline' } };
  }
}

function open(state: ExplorerState): ExplorerState {
  if (incidentsInView(state).length === 0) return withNotice(state, 'no incident in view to compare; x clears the filters');
  const screen: CompareScreenState = { kind: 'compare', columnOffset: 0, scroll: 0, selected: undefined };
  return settle({ ...state, overlay: undefined }, firstInView(state, screen));
}

/** Selects the first action whose lines start in the window (none when the window shows only durations or headings). */
function firstInView(state: ExplorerState, screen: CompareScreenState): CompareScreenState {
  const layout = compareLayout(state, screen);
  for (let line = layout.scroll; line < Math.min(layout.body.length, layout.scroll + layout.bodyHeight); line++) {
    const target = layout.body[line]!.targets[0];
    if (target) return { ...screen, scroll: layout.scroll, selected: target.action };
  }
  return { ...screen, scroll: layout.scroll, selected: undefined };
}

// Stores the scroll the layout settled on (clamped, and moved to show the selection), so the next key starts from what is on screen.
function settle(state: ExplorerState, screen: CompareScreenState): ExplorerState {
  const layout = compareLayout(state, screen);
  return { ...state, screen: { ...screen, columnOffset: layout.columns.first, scroll: layout.scroll } };
}
