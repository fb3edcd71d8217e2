import type { TimelineRow } from '../../core/timeline.js';
import { frameLayout } from '../layout.js';
import { detailLines } from '../present/detail-lines.js';
import { helpLines } from '../present/help-lines.js';
import type { Line } from '../present/spans.js';
import { selectedRowEntities } from './find-selectors.js';
import type { ExplorerState } from './types.js';

/** The selected event, if the view has any. */
export function selectedRow(state: ExplorerState): TimelineRow | undefined {
  const index = state.view.rows[state.cursor];
  return index === undefined ? undefined : state.timeline.rows[index];
}

/** True when the detail replaces the list because the terminal is too short for both. */
export function detailReplacesList(state: ExplorerState): boolean {
  return state.focus === 'detail' && frameLayout(state.viewport).detailHeight === 0;
}

/** Lines the detail pane has room for now. */
export function detailHeight(state: ExplorerState): number {
  const layout = frameLayout(state.viewport);
  return detailReplacesList(state) ? Math.max(1, layout.bodyHeight - 1) : layout.detailHeight;
}

/** The selected event's detail, wrapped to the current width. */
export function selectedDetail(state: ExplorerState): Line[] {
  const row = selectedRow(state);
  const style = row ? state.incidents[row.incidentIndex] : undefined;
  const entities = selectedRowEntities(state);
  return detailLines(row, frameLayout(state.viewport).width, state.timeModes[state.timeMode]!, style, { fanged: state.fanged, ...(entities && { entities }) });
}

/** Lines an overlay can show between the header and the key hints. */
export function overlayHeight(state: ExplorerState): number {
  return frameLayout(state.viewport).bodyHeight;
}

/** Most the help screen can be scrolled. */
export function maxHelpScroll(state: ExplorerState): number {
  return Math.max(0, helpLines(frameLayout(state.viewport).width, state.source).length - overlayHeight(state));
}
