import { useMemo } from 'react';
import { presentCard, shownFilters } from '../state/present.js';
import type { PresentScreen } from '../state/present-types.js';
import type { ExplorerState } from '../state/types.js';
import { PresentationCard } from './PresentationCard.js';
import { ScreenFrame } from './ScreenFrame.js';

/** Props of PresentationScreen. */
export interface PresentationScreenProps {
  state: ExplorerState;
  screen: PresentScreen;
  color: boolean;
}

/** Presentation mode's frame: the header (REDACTED when redacting), one event's card, key hints with the progress "7/23". */
export function PresentationScreen({ state, screen, color }: PresentationScreenProps) {
  const card = useMemo(() => presentCard(state), [screen.rows, screen.at, screen.redacted, state.viewport, state.timeMode, state.marks, state.fanged]);
  return (
    <ScreenFrame
      state={state}
      color={color}
      filters={shownFilters(state)}
      redacted={screen.redacted}
      progress={`${screen.at + 1}/${screen.rows.length}`}
      body={(layout) => <PresentationCard lines={card} scroll={screen.scroll} height={layout.bodyHeight} color={color} />}
    />
  );
}
