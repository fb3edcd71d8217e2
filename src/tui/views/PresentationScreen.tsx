import { useMemo } from 'react';
import { Box } from 'ink';
import { hintsFor, keyContext } from '../keymap.js';
import { frameLayout } from '../layout.js';
import { headerLine } from '../present/header-line.js';
import { hintLine } from '../present/hint-line.js';
import { noticeLine } from '../present/notice-line.js';
import { presentCard, shownFilters } from '../state/present.js';
import type { PresentScreen } from '../state/present-types.js';
import type { ExplorerState } from '../state/types.js';
import { OverlayBody } from './OverlayBody.js';
import { PresentationCard } from './PresentationCard.js';
import { StyledLine } from './StyledLine.js';

/** Props of PresentationScreen. */
export interface PresentationScreenProps {
  state: ExplorerState;
  screen: PresentScreen;
  color: boolean;
}

/** Presentation mode's frame: the header (REDACTED when redacting), one event's card, key hints with the progress "7/23". */
export function PresentationScreen({ state, screen, color }: PresentationScreenProps) {
  const layout = frameLayout(state.viewport);
  const { width } = layout;
  const card = useMemo(() => presentCard(state), [screen.rows, screen.at, screen.redacted, state.viewport, state.timeMode, state.marks, state.fanged]);
  const header = headerLine(
    {
      incidents: state.incidents,
      filters: shownFilters(state),
      shown: state.view.rows.length,
      total: state.timeline.rows.length,
      timeMode: state.timeModes[state.timeMode]!,
      redacted: screen.redacted,
      fanged: state.fanged,
    },
    width,
  );
  const progress = state.overlay ? '' : `${screen.at + 1}/${screen.rows.length}`;
  const hints = state.notice ? noticeLine(state.notice, progress, width) : hintLine(hintsFor(keyContext(state)), progress, width);
  return (
    <Box flexDirection="column" width={width} height={layout.height}>
      <StyledLine line={header} color={color} />
      {state.overlay ? (
        <OverlayBody state={state} height={layout.bodyHeight} width={width} color={color} />
      ) : (
        <PresentationCard lines={card} scroll={screen.scroll} height={layout.bodyHeight} color={color} />
      )}
      {layout.hints && <StyledLine line={hints} color={color} />}
    </Box>
  );
}
