import type { ReactNode } from 'react';
import { Box } from 'ink';
import type { ViewFilters } from '../../core/view.js';
import { hintsFor, keyContext } from '../keymap.js';
import { frameLayout, type FrameLayout } from '../layout.js';
import { headerLine } from '../present/header-line.js';
import { hintLine } from '../present/hint-line.js';
import { noticeLine } from '../present/notice-line.js';
import type { ExplorerState } from '../state/types.js';
import { OverlayBody } from './OverlayBody.js';
import { StyledLine } from './StyledLine.js';

/** Props of ScreenFrame. */
export interface ScreenFrameProps {
  state: ExplorerState;
  color: boolean;
  /** Said at the right of the key hints ("7/23"); left out while an overlay is open. */
  progress?: string;
  /** The filters the header reports, when the screen shows others than the state's. */
  filters?: ViewFilters;
  /** Presentation mode with redaction on, said in the header. */
  redacted?: boolean;
  /** The screen's own body, drawn only when no overlay covers it. */
  body: (layout: FrameLayout) => ReactNode;
}

/** What every screen shares: the header, the body (or the open overlay in its place), and the key hints or a notice. */
export function ScreenFrame({ state, color, progress = '', filters = state.filters, redacted, body }: ScreenFrameProps) {
  const layout = frameLayout(state.viewport);
  const { width } = layout;
  const header = headerLine(
    { incidents: state.incidents, filters, shown: state.view.rows.length, total: state.timeline.rows.length, timeMode: state.timeModes[state.timeMode]!, redacted, fanged: state.fanged },
    width,
  );
  const right = state.overlay ? '' : progress;
  const hints = state.notice ? noticeLine(state.notice, right, width) : hintLine(hintsFor(keyContext(state)), right, width);
  return (
    <Box flexDirection="column" width={width} height={layout.height}>
      <StyledLine line={header} color={color} />
      {state.overlay ? <OverlayBody state={state} height={layout.bodyHeight} width={width} color={color} /> : body(layout)}
      {layout.hints && <StyledLine line={hints} color={color} />}
    </Box>
  );
}
