import { useMemo } from 'react';
import { incidentCounts, tacticCounts } from '../../core/view.js';
import { helpLines } from '../present/help-lines.js';
import { incidentItems, tacticItems } from '../present/picker-lines.js';
import type { ExplorerState } from '../state/types.js';
import { LinesBlock } from './LinesBlock.js';
import { Picker } from './Picker.js';
import { cardLines, searchFacts } from '../state/find-selectors.js';
import { EntityCard } from './EntityCard.js';
import { SearchOverlay } from './SearchOverlay.js';

/** Props of OverlayBody. */
export interface OverlayBodyProps {
  state: ExplorerState;
  height: number;
  width: number;
  color: boolean;
}

/** The open overlay, drawn in place of the list and the detail pane. */
export function OverlayBody({ state, height, width, color }: OverlayBodyProps) {
  const overlay = state.overlay!;
  const tactics = useMemo(() => (overlay.kind === 'tactic-picker' ? tacticCounts(state.timeline, state.filters) : undefined), [overlay.kind, state.timeline, state.filters]);
  const perIncident = useMemo(
    () => (overlay.kind === 'incident-picker' ? incidentCounts(state.timeline, state.filters, state.incidents.length) : undefined),
    [overlay.kind, state.timeline, state.filters, state.incidents],
  );
  switch (overlay.kind) {
    case 'help':
      return <LinesBlock lines={helpLines(width, state.source).slice(overlay.scroll)} height={height} color={color} />;
    case 'tactic-picker':
      return <Picker title="ATT&CK tactics (v19.1): events in view" items={tacticItems(tactics!, overlay.chosen)} cursor={overlay.cursor} height={height} width={width} color={color} />;
    case 'incident-picker':
      return <Picker title="Incidents: events in view" items={incidentItems(state.incidents, perIncident!, overlay.chosen)} cursor={overlay.cursor} height={height} width={width} color={color} />;
    case 'search':
      return <SearchOverlay overlay={overlay} facts={searchFacts(state)} height={height} width={width} color={color} />;
    case 'entity-card':
      return <EntityCard lines={cardLines(state, overlay.entityKey)} scroll={overlay.scroll} height={height} color={color} />;
  }
}
