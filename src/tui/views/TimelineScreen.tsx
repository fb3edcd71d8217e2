import { useMemo } from 'react';
import { Box } from 'ink';
import { hintsFor, keyContext } from '../keymap.js';
import { frameLayout } from '../layout.js';
import { headerLine } from '../present/header-line.js';
import { hintLine } from '../present/hint-line.js';
import { noticeLine } from '../present/notice-line.js';
import { headerCells } from '../present/list-columns.js';
import { currentColumns, visibleListItems } from '../present/list-lines.js';
import type { TimeColumn } from '../present/time-column.js';
import { detailHeight, detailReplacesList, selectedDetail } from '../state/selectors.js';
import type { ExplorerState } from '../state/types.js';
import { ColumnHeader } from './ColumnHeader.js';
import { DetailPane } from './DetailPane.js';
import { OverlayBody } from './OverlayBody.js';
import { StyledLine } from './StyledLine.js';
import { TimelineList } from './TimelineList.js';

/** Props of TimelineScreen. */
export interface TimelineScreenProps {
  state: ExplorerState;
  /** Time texts formatted once per load and mode. */
  times: TimeColumn;
  color: boolean;
}

/** The whole frame: header, list and detail (or the open overlay), key hints; one row shorter than the terminal. */
export function TimelineScreen({ state, times, color }: TimelineScreenProps) {
  const layout = frameLayout(state.viewport);
  const { width } = layout;
  const columns = useMemo(() => currentColumns(state, times), [state.viewport, state.timeMode, state.incidents, times]);
  const detail = useMemo(() => selectedDetail(state), [state.view, state.cursor, state.viewport, state.timeMode, state.fanged, state.find.entitiesReady]);
  const header = headerLine(
    { incidents: state.incidents, filters: state.filters, shown: state.view.rows.length, total: state.timeline.rows.length, timeMode: state.timeModes[state.timeMode]!, fanged: state.fanged },
    width,
  );
  const position = state.view.rows.length ? `${state.cursor + 1}/${state.view.rows.length}` : '0/0';
  const hints = state.notice ? noticeLine(state.notice, state.overlay ? '' : position, width) : hintLine(hintsFor(keyContext(state)), state.overlay ? '' : position, width);
  return (
    <Box flexDirection="column" width={width} height={layout.height}>
      <StyledLine line={header} color={color} />
      {state.overlay ? <OverlayBody state={state} height={layout.bodyHeight} width={width} color={color} /> : detailReplacesList(state) ? (
        <DetailPane lines={detail} scroll={state.detailScroll} height={detailHeight(state)} width={width} focused color={color} />
      ) : (
        <>
          {layout.columnHeader && <ColumnHeader cells={headerCells(columns)} />}
          <TimelineList
            items={visibleListItems(state, times, columns)}
            height={layout.listHeight}
            width={width}
            color={color}
            emptyText="No event matches the filters. Press x to clear them."
          />
          {layout.detailHeight > 0 && (
            <DetailPane lines={detail} scroll={state.detailScroll} height={layout.detailHeight} width={width} focused={state.focus === 'detail'} color={color} />
          )}
        </>
      )}
      {layout.hints && <StyledLine line={hints} color={color} />}
    </Box>
  );
}
