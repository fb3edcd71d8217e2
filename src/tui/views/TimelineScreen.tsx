import { useMemo } from 'react';
import { headerCells } from '../present/list-columns.js';
import { currentColumns, visibleListItems } from '../present/list-lines.js';
import type { TimeColumn } from '../present/time-column.js';
import { detailHeight, detailReplacesList, selectedDetail } from '../state/selectors.js';
import type { ExplorerState } from '../state/types.js';
import { ColumnHeader } from './ColumnHeader.js';
import { DetailPane } from './DetailPane.js';
import { ScreenFrame } from './ScreenFrame.js';
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
  const columns = useMemo(() => currentColumns(state, times), [state.viewport, state.timeMode, state.incidents, times]);
  const detail = useMemo(() => selectedDetail(state), [state.view, state.cursor, state.viewport, state.timeMode, state.fanged, state.find.entitiesReady]);
  const position = state.view.rows.length ? `${state.cursor + 1}/${state.view.rows.length}` : '0/0';
  return (
    <ScreenFrame
      state={state}
      color={color}
      progress={position}
      body={(layout) =>
        detailReplacesList(state) ? (
          <DetailPane lines={detail} scroll={state.detailScroll} height={detailHeight(state)} width={layout.width} focused color={color} />
        ) : (
          <>
            {layout.columnHeader && <ColumnHeader cells={headerCells(columns)} />}
            <TimelineList
              items={visibleListItems(state, times, columns)}
              height={layout.listHeight}
              width={layout.width}
              color={color}
              emptyText="No event matches the filters. Press x to clear them."
            />
            {layout.detailHeight > 0 && (
              <DetailPane lines={detail} scroll={state.detailScroll} height={layout.detailHeight} width={layout.width} focused={state.focus === 'detail'} color={color} />
            )}
          </>
        )
      }
    />
  );
}
