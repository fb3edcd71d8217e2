export type { EntityDoc, EventDoc, SearchField } from './documents.js';
export { highlightSegments, type Segment } from './highlight.js';
export { indexesFor, type LoadIndexes } from './indexes.js';
export { resultItems, type ResultItem } from './results.js';
export {
  buildSearchIndex,
  type EntityHit,
  type EventHit,
  type FieldMatch,
  type SearchIndex,
  type SearchIndexOptions,
  type SearchResults,
} from './search-index.js';
export { matchIndices, search } from './search.js';
export { matchesQuery, nextMatch } from './text-match.js';
export { warmUpQueries } from './warm-up.js';
