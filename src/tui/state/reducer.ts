import { NO_FILTERS, filterTimeline, type ViewFilters } from '../../core/view.js';
import { actionFor, keyContext } from '../keymap.js';
import { frameLayout } from '../layout.js';
import { scrollTo } from './list-window.js';
import { TACTIC_ITEMS, toggled } from './pickers.js';
import { detailHeight, maxHelpScroll, selectedDetail } from './selectors.js';
import type { Action, ExplorerState, Overlay, OverlayKind } from './types.js';
import { marksReducer } from './marks.js';
import { isMarksAction } from './marks-types.js';
import { presentReducer } from './present.js';
import { isPresentAction } from './present-types.js';
import { compareReducer } from './compare.js';
import { isCompareAction } from './compare-types.js';
import { findReducer, moveFindOverlay, openCardOverlay, openSearch } from './find.js';
import { isFindAction } from './find-types.js';
import { keyChunk, unboundKey } from './key-input.js';
import { reloadReducer } from './reload.js';
import { isReloadAction } from './reload-types.js';

/** The explorer's one state transition: pure, so every key's effect is testable without a terminal. */
export function reducer(state: ExplorerState, action: Action): ExplorerState {
  if (isPresentAction(action)) return presentReducer(state, action, reducer);
  if (isMarksAction(action)) return marksReducer(state, action, reducer);
  if (isFindAction(action)) return findReducer(state, action, reducer);
  if (isCompareAction(action)) return compareReducer(state, action, reducer);
  if (isReloadAction(action)) return reloadReducer(state, action, reducer);
  switch (action.type) {
    case 'key': {
      // Resolved here, not in the input hook, so each key of a multi-key chunk sees the state the previous one left.
      const fresh = state.notice === undefined ? state : { ...state, notice: undefined };
      const bound = actionFor(keyContext(fresh), action.name);
      return bound ? reducer(fresh, bound) : unboundKey(fresh, action.name, reducer);
    }
    case 'keys':
      return keyChunk(state, action.names, reducer);
    case 'toggle-fanged':
      return { ...state, fanged: !state.fanged, notice: state.fanged ? 'indicators defanged again' : 'indicators shown as written (live links); F defangs them' };
    case 'move':
      return select(state, state.cursor + action.by);
    case 'page': {
      const rows = Math.max(1, Math.floor(frameLayout(state.viewport).listHeight * Math.abs(action.by)));
      return select(state, state.cursor + Math.sign(action.by) * rows);
    }
    case 'jump':
      return select(state, action.to === 'first' ? 0 : state.view.rows.length - 1);
    case 'select-key': {
      const position = state.view.rows.findIndex((i) => state.timeline.rows[i]?.key === action.key);
      return position < 0 ? state : select(state, position);
    }
    case 'toggle-focus':
      return withList({ ...state, focus: state.focus === 'list' ? 'detail' : 'list' });
    case 'focus':
      return withList({ ...state, focus: action.pane });
    case 'scroll-detail':
      return scrollDetail(state, action.by);
    case 'page-detail':
      return scrollDetail(state, action.by * Math.max(1, detailHeight(state) - 1));
    case 'cycle-time-mode':
      return scrollDetail({ ...state, timeMode: (state.timeMode + 1) % state.timeModes.length }, 0);
    case 'open':
      return { ...state, overlay: openOverlay(state, action.overlay) };
    case 'close':
      return { ...state, overlay: undefined };
    case 'overlay-move':
      return state.overlay ? { ...state, overlay: moveOverlay(state, state.overlay, action.by) } : state;
    case 'overlay-toggle':
      return state.overlay ? { ...state, overlay: toggleOverlay(state, state.overlay) } : state;
    case 'overlay-apply':
      return applyOverlay(state);
    case 'set-filters':
      return setFilters(state, action.filters);
    case 'clear-filters':
      return setFilters(state, NO_FILTERS);
    case 'resize':
      return scrollDetail(withList({ ...state, viewport: action.viewport }), 0);
    case 'quit':
      return { ...state, quit: true };
  }
}

/** Selects a view position (clamped), scrolling the list to it and resetting the detail to its top. */
function select(state: ExplorerState, position: number): ExplorerState {
  const cursor = Math.max(0, Math.min(position, state.view.rows.length - 1));
  if (cursor === state.cursor) return state;
  return withList({ ...state, cursor, detailScroll: 0 });
}

/** Keeps the selection in the list's window after anything that moved it or changed the window's size. */
function withList(state: ExplorerState): ExplorerState {
  const top = scrollTo(state.view, state.cursor, state.top, frameLayout(state.viewport).listHeight);
  return top === state.top ? state : { ...state, top };
}

function scrollDetail(state: ExplorerState, by: number): ExplorerState {
  const max = Math.max(0, selectedDetail(state).length - detailHeight(state));
  const detailScroll = Math.max(0, Math.min(max, state.detailScroll + by));
  return detailScroll === state.detailScroll ? state : { ...state, detailScroll };
}

/** Applies new filters, keeping the same event selected when it is still shown, else the nearest later one. */
function setFilters(state: ExplorerState, filters: ViewFilters): ExplorerState {
  const selected = state.view.rows[state.cursor];
  const view = filterTimeline(state.timeline, filters);
  let cursor = 0;
  if (selected !== undefined && view.rows.length > 0) {
    cursor = lowerBound(view.rows, selected);
    if (cursor >= view.rows.length) cursor = view.rows.length - 1;
  }
  const keptSelection = view.rows[cursor] === selected;
  return withList({ ...state, filters, view, cursor, detailScroll: keptSelection ? state.detailScroll : 0 });
}

/** First position whose value is >= target in an ascending array. */
function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function openOverlay(state: ExplorerState, kind: OverlayKind): Overlay {
  switch (kind) {
    case 'help':
      return { kind, scroll: 0 };
    case 'tactic-picker':
      return { kind, cursor: 0, chosen: state.filters.tactics };
    case 'incident-picker':
      return { kind, cursor: 0, chosen: state.filters.incidents };
    case 'search':
      return openSearch(state);
    case 'entity-card':
      return openCardOverlay(state) ?? openSearch(state);
  }
}

function moveOverlay(state: ExplorerState, overlay: Overlay, by: number): Overlay {
  const clamp = (n: number, count: number) => Math.max(0, Math.min(count - 1, n));
  switch (overlay.kind) {
    case 'help':
      return { ...overlay, scroll: Math.max(0, Math.min(maxHelpScroll(state), overlay.scroll + by)) };
    case 'tactic-picker':
      return { ...overlay, cursor: clamp(overlay.cursor + by, TACTIC_ITEMS.length) };
    case 'incident-picker':
      return { ...overlay, cursor: clamp(overlay.cursor + by, state.incidents.length) };
    case 'search':
    case 'entity-card':
      return moveFindOverlay(state, overlay, by);
  }
}

function toggleOverlay(state: ExplorerState, overlay: Overlay): Overlay {
  switch (overlay.kind) {
    case 'tactic-picker':
      return { ...overlay, chosen: toggled(overlay.chosen, TACTIC_ITEMS[overlay.cursor]!, TACTIC_ITEMS) };
    case 'incident-picker':
      return { ...overlay, chosen: toggled(overlay.chosen, overlay.cursor, state.incidents.map((_, i) => i)) };
    default:
      return overlay;
  }
}

function applyOverlay(state: ExplorerState): ExplorerState {
  const overlay = state.overlay;
  const closed = { ...state, overlay: undefined };
  if (overlay?.kind === 'tactic-picker') return setFilters(closed, { ...state.filters, tactics: overlay.chosen });
  if (overlay?.kind === 'incident-picker') return setFilters(closed, { ...state.filters, incidents: overlay.chosen });
  return closed;
}
