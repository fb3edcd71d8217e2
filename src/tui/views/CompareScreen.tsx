import { comparisonFor } from '../state/compare.js';
import type { CompareScreenState } from '../state/compare-types.js';
import type { ExplorerState } from '../state/types.js';
import { CompareView } from './CompareView.js';
import { ScreenFrame } from './ScreenFrame.js';

/** Props of CompareScreen. */
export interface CompareScreenProps {
  state: ExplorerState;
  screen: CompareScreenState;
  color: boolean;
}

/** The compare screen: the header, the comparison of the incidents in view (or help over it), and the key hints. */
export function CompareScreen({ state, screen, color }: CompareScreenProps) {
  return (
    <ScreenFrame
      state={state}
      color={color}
      body={(layout) => (
        <CompareView
          comparison={comparisonFor(state)}
          width={layout.width}
          height={layout.bodyHeight}
          columnOffset={screen.columnOffset}
          scroll={screen.scroll}
          selected={screen.selected}
          color={color}
        />
      )}
    />
  );
}
