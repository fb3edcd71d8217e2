import { lineAt, lineCount } from '../state/list-window.js';
import type { ExplorerState } from '../state/types.js';
import { frameLayout } from '../layout.js';
import { listColumns, rowCells, type ListColumns, type RowCells } from './list-columns.js';
import type { BasicColor } from './spans.js';
import type { TimeColumn } from './time-column.js';
import { displayWidth } from '../../text/index.js';
import { isMarked } from '../../core/marks.js';

/** One drawn line of the event list. */
export type ListItem =
  | { kind: 'row'; key: string; cells: RowCells; selected: boolean; tagColor: BasicColor; stage: string; hasTactics: boolean }
  | { kind: 'unknown-separator' };

/** The list's column widths for the current size, time mode and incident tags. */
export function currentColumns(state: ExplorerState, times: TimeColumn): ListColumns {
  const tagWidth = Math.max(0, ...state.incidents.map((s) => displayWidth(s.tag)));
  return listColumns(frameLayout(state.viewport).width, times.width(state.timeMode), tagWidth);
}

/** Only the lines in the list's window: the cost of a frame does not grow with the number of events. */
export function visibleListItems(state: ExplorerState, times: TimeColumn, columns: ListColumns): ListItem[] {
  const { listHeight } = frameLayout(state.viewport);
  const end = Math.min(lineCount(state.view), state.top + listHeight);
  const items: ListItem[] = [];
  for (let line = state.top; line < end; line++) {
    const at = lineAt(state.view, line);
    if (at.kind === 'unknown-separator') {
      items.push(at);
      continue;
    }
    const index = state.view.rows[at.position]!;
    const row = state.timeline.rows[index]!;
    const style = state.incidents[row.incidentIndex]!;
    items.push({
      kind: 'row',
      key: row.key,
      cells: rowCells(row, times.text(index, state.timeMode), style.tag, columns, isMarked(state.marks, row.incident.id, row.event.id), state.fanged),
      selected: at.position === state.cursor,
      tagColor: style.color,
      stage: row.event.stage,
      hasTactics: (row.event.tactics ?? []).length > 0,
    });
  }
  return items;
}
