import { Box } from 'ink';
import { hintsFor, keyContext } from '../keymap.js';
import { frameLayout } from '../layout.js';
import { headerLine } from '../present/header-line.js';
import { hintLine } from '../present/hint-line.js';
import { noticeLine } from '../present/notice-line.js';
import { comparisonFor } from '../state/compare.js';
import type { CompareScreenState } from '../state/compare-types.js';
import type { ExplorerState } from '../state/types.js';
import { CompareView } from './CompareView.js';
import { OverlayBody } from './OverlayBody.js';
import { StyledLine } from './StyledLine.js';

/** Props of CompareScreen. */
export interface CompareScreenProps {
  state: ExplorerState;
  screen: CompareScreenState;
  color: boolean;
}

/** The compare screen: the header, the comparison of the incidents in view (or help over it), and the key hints. */
export function CompareScreen({ state, screen, color }: CompareScreenProps) {
  const layout = frameLayout(state.viewport);
  const { width } = layout;
  const header = headerLine(
    { incidents: state.incidents, filters: state.filters, shown: state.view.rows.length, total: state.timeline.rows.length, timeMode: state.timeModes[state.timeMode]!, fanged: state.fanged },
    width,
  );
  const hints = state.notice ? noticeLine(state.notice, '', width) : hintLine(hintsFor(keyContext(state)), '', width);
  return (
    <Box flexDirection="column" width={width} height={layout.height}>
      <StyledLine line={header} color={color} />
      {state.overlay ? (
        <OverlayBody state={state} height={layout.bodyHeight} width={width} color={color} />
      ) : (
        <CompareView
          comparison={comparisonFor(state)}
          width={width}
          height={layout.bodyHeight}
          columnOffset={screen.columnOffset}
          scroll={screen.scroll}
          selected={screen.selected}
          color={color}
        />
      )}
      {layout.hints && <StyledLine line={hints} color={color} />}
    </Box>
  );
}
