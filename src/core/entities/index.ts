export { buildEntityIndex } from './build.js';
export { foldCase, normalizeName, wordsOf } from './normalize.js';
export type { EntityIndex, EntityInIncident, EntityMention, MergedEntity, RowEntity } from './types.js';
export { WordPostings } from './word-postings.js';
