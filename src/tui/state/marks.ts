import { isMarked, markedRowKeys, toggleMark } from '../../core/marks.js';
import type { MarksAction } from './marks-types.js';
import { presentedRow } from './present.js';
import { withNotice, type Run } from './reveal.js';
import { selectedRow } from './selectors.js';
import type { ExplorerState } from './types.js';

/**
 * Marking events (m) and showing only the marked ones (M). Marks are kept by incident and event
 * id; the shell saves each new value of `state.marks` to the sidecar.
 */
export function marksReducer(state: ExplorerState, action: MarksAction, run: Run): ExplorerState {
  switch (action.type) {
    case 'mark-toggle':
      return toggle(state, run);
    case 'marked-only-toggle':
      return toggleMarkedOnly(state, run);
    case 'marks-not-saved':
      return withNotice(state, action.message);
  }
}

function toggle(state: ExplorerState, run: Run): ExplorerState {
  const row = state.screen.kind === 'present' ? presentedRow(state) : selectedRow(state);
  if (!row) return withNotice(state, 'no event selected to mark');
  const marks = toggleMark(state.marks, row.incident.id, row.event.id);
  let next: ExplorerState = { ...state, marks };
  // Showing only marked events: the view follows the marks (an unmarked event leaves it).
  if (state.filters.marked) next = run(next, { type: 'set-filters', filters: { ...state.filters, marked: markedRowKeys(marks) } });
  const marked = isMarked(marks, row.incident.id, row.event.id);
  return withNotice(next, marked ? 'marked (M shows only marked events)' : 'unmarked');
}

function toggleMarkedOnly(state: ExplorerState, run: Run): ExplorerState {
  if (state.filters.marked) {
    const { marked: _shown, ...others } = state.filters;
    return withNotice(run(state, { type: 'set-filters', filters: others }), 'showing all events');
  }
  const keys = markedRowKeys(state.marks);
  if (!state.timeline.rows.some((row) => keys.has(row.key))) return withNotice(state, 'no marked events yet: m marks the selected one');
  return run(state, { type: 'set-filters', filters: { ...state.filters, marked: keys } });
}
