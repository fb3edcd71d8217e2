import { useMemo } from 'react';
import { searchLines, type SearchFacts } from '../present/search-lines.js';
import type { SearchOverlay as SearchOverlayState } from '../state/find-types.js';
import { LinesBlock } from './LinesBlock.js';

/** Props of SearchOverlay. */
export interface SearchOverlayProps {
  overlay: SearchOverlayState;
  facts: SearchFacts;
  height: number;
  width: number;
  color: boolean;
}

/** The search overlay: the query line with its caret, then entities and events found, the chosen one inverted. */
export function SearchOverlay({ overlay, facts, height, width, color }: SearchOverlayProps) {
  const lines = useMemo(() => searchLines(overlay, facts, width, height), [overlay, facts.incidents, facts.mode, facts.fanged, width, height]);
  return <LinesBlock lines={lines} height={height} color={color} />;
}
