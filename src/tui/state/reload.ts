import { markedRowKeys } from '../../core/marks.js';
import { buildTimeline, type TimelineRow } from '../../core/timeline.js';
import { filterTimeline, type TimelineView, type ViewFilters } from '../../core/view.js';
import type { LoadResult } from '../../model/loaded.js';
import { frameLayout } from '../layout.js';
import { incidentStyles } from '../present/incident-style.js';
import { indexesOf } from './indexes.js';
import { lineOf, scrollTo } from './list-window.js';
import { carryOverlay, carryScreen } from './reload-carry.js';
import type { ReloadAction } from './reload-types.js';
import { withNotice, type Run } from './reveal.js';
import { selectedRow } from './selectors.js';
import type { ExplorerState } from './types.js';
import { plural } from '../../text/index.js';

/**
 * Live reload: R asks the shell for a reload (by counting `reloads`); `reloaded` puts a new load
 * in place of the old one and keeps what the user was doing with it. The selected event stays
 * selected (by its key), else the event nearest in time is; filters, the pivot (while its entity
 * exists), the time mode, marks, the search and the open screen stay.
 */
export function reloadReducer(state: ExplorerState, action: ReloadAction, run: Run): ExplorerState {
  switch (action.type) {
    case 'reload-request':
      return withNotice({ ...state, reloads: state.reloads + 1 }, 'reloading…');
    case 'reload-failed':
      return withNotice(state, `reload failed: ${action.message}; still showing the last load`);
    case 'reloaded':
      return reloaded(state, action.load, run);
  }
}

function reloaded(state: ExplorerState, load: LoadResult, run: Run): ExplorerState {
  const broken = filesWithErrors(load);
  const problem = broken > 0 ? `reload: ${broken} file${broken === 1 ? ' has' : 's have'} errors (itx validate for details)` : undefined;
  // A file saved half-edited, or a folder emptied for a moment, would blank the screen: keep the last load instead.
  if (load.incidents.length === 0 && state.loaded.length > 0) {
    return withNotice(state, `${problem ?? 'reload: no incidents found'}; kept ${plural(state.loaded.length, 'incident')}`);
  }
  const next = applyLoad(state, load, run);
  const added = next.timeline.rows.length - state.timeline.rows.length;
  const summary = problem
    ? `${problem}; kept ${plural(next.loaded.length, 'incident')}`
    : `reloaded: ${plural(next.loaded.length, 'incident')}, ${plural(next.timeline.rows.length, 'event')}${added ? ` (${added > 0 ? '+' : ''}${added})` : ''}`;
  const gone = state.filters.entity && !next.filters.entity ? `; ${state.filters.entity.name} is gone, pivot cleared` : '';
  return withNotice(next, summary + gone);
}

/** The state on a new load, with the selection, filters, overlay and screen carried over from the old one. */
function applyLoad(state: ExplorerState, load: LoadResult, run: Run): ExplorerState {
  const loaded = load.incidents;
  const timeline = buildTimeline(loaded);
  const incidents = incidentStyles(loaded.map((l) => l.incident));
  // The indexes are cached per timeline, so the new one builds its own when first read.
  const base: ExplorerState = { ...state, loaded, timeline, incidents, find: { ...state.find, entitiesReady: false } };
  const filters = carryFilters(state, base);
  const view = filterTimeline(timeline, filters);
  const before = selectedRow(state);
  const cursor = before ? nearestPosition(timeline.rows, view, before) : 0;
  const same = view.rows[cursor] !== undefined && timeline.rows[view.rows[cursor]!]!.key === before?.key;
  // The selected line stays where it was on screen; the rows around it move.
  const height = frameLayout(state.viewport).listHeight;
  const offset = lineOf(state.view, state.cursor) - state.top;
  const top = scrollTo(view, cursor, Math.max(0, lineOf(view, cursor) - offset), height);
  const moved: ExplorerState = { ...base, filters, view, cursor, top, detailScroll: same ? state.detailScroll : 0 };
  const carried = { ...moved, overlay: carryOverlay(state, moved), screen: carryScreen(state, moved) };
  // Clamps the detail scroll to the (maybe shorter) new text of the event.
  return run(carried, { type: 'scroll-detail', by: 0 });
}

/** The filters on the new load: incidents by id, the pivot's events looked up again, the marked set as the marks say. */
function carryFilters(old: ExplorerState, next: ExplorerState): ViewFilters {
  const { entity, marked, ...rest } = old.filters;
  const positions = new Map(next.incidents.map((style, i) => [style.id, i]));
  const incidents = old.filters.incidents.flatMap((i) => positions.get(old.incidents[i]?.id ?? '') ?? []);
  const filters: ViewFilters = { ...rest, incidents };
  if (marked) filters.marked = markedRowKeys(old.marks);
  if (entity) {
    const found = indexesOf(next).entities.get(entity.key);
    if (found) filters.entity = { ...entity, eventKeys: indexesOf(next).entities.eventKeySet(entity.key) };
  }
  return filters;
}

/** Position in the new view of the row with the old row's key, else of the row nearest to it in time. */
export function nearestPosition(rows: readonly TimelineRow[], view: TimelineView, old: TimelineRow): number {
  if (view.rows.length === 0) return 0;
  const same = view.rows.findIndex((i) => rows[i]!.key === old.key);
  if (same >= 0) return same;
  if (!old.time.known) return Math.min(view.firstUnknown, view.rows.length - 1);
  let best = 0;
  let distance = Infinity;
  for (let p = 0; p < view.firstUnknown; p++) {
    const d = Math.abs(rows[view.rows[p]!]!.time.estimate - old.time.estimate);
    // Strictly nearer only: of two equally near, the earlier one, as the list reads top down.
    if (d < distance) [best, distance] = [p, d];
  }
  return best;
}

/** Number of files with at least one error in the load. */
function filesWithErrors(load: LoadResult): number {
  return new Set(load.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).size;
}

