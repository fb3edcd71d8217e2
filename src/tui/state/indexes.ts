import { indexesFor, type LoadIndexes } from '../../core/search/index.js';
import type { ExplorerState } from './types.js';

/** The entity and search indexes of the state's load, each built the first time it is read and kept for the load. */
export function indexesOf(state: Pick<ExplorerState, 'loaded' | 'timeline'>): LoadIndexes {
  return indexesFor(state.loaded, state.timeline.rows);
}
