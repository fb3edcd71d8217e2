import type { LoadedIncident } from '../../model/loaded.js';
import { buildEntityIndex, type EntityIndex } from '../entities/index.js';
import type { TimelineRow } from '../timeline.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';

/** The entity and search indexes of one load, each built the first time it is asked for. */
export interface LoadIndexes {
  /** Merged entities and mentions: for the detail pane, pivots and entity cards. */
  readonly entities: EntityIndex;
  /** The fuzzy index: for the search overlay. Builds the entity index first if needed. */
  readonly search: SearchIndex;
}

const cache = new WeakMap<readonly TimelineRow[], LoadIndexes>();

/**
 * The indexes of a load, keyed by its timeline rows: nothing is built until a property is read,
 * and each is built once while the rows array lives, so callers (selectors, reducers, views)
 * can ask as often as they like and the first frame never waits for them.
 */
export function indexesFor(loaded: readonly Pick<LoadedIncident, 'incident' | 'words'>[], rows: readonly TimelineRow[]): LoadIndexes {
  let indexes = cache.get(rows);
  if (!indexes) {
    let entities: EntityIndex | undefined;
    let search: SearchIndex | undefined;
    indexes = {
      get entities() {
        return (entities ??= buildEntityIndex(loaded, rows));
      },
      get search() {
        return (search ??= buildSearchIndex(this.entities, rows));
      },
    };
    cache.set(rows, indexes);
  }
  return indexes;
}
