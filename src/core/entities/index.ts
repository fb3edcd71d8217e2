export { buildEntityIndex } from './build.js';
export { entityCard, type EntityCard, type EntityCardIncident } from './card.js';
export { foldCase, normalizeName, wordsOf } from './normalize.js';
export type { EntityIndex, EntityInIncident, EntityMention, MergedEntity, RowEntity } from './types.js';
export { WordPostings } from './word-postings.js';
export { WordIds } from './vocabulary.js';
