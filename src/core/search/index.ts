export type { EntityDoc, EventDoc, SearchField } from './documents.js';
export { highlightSegments, type Segment } from './highlight.js';
export { buildSearchIndex, type SearchIndexOptions, type EntityHit, type EventHit, type FieldMatch, type SearchIndex, type SearchResults } from './search-index.js';
export { matchIndices, search } from './search.js';
export { matchesQuery, nextMatch } from './text-match.js';
