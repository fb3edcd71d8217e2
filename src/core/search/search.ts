import type { SearchField } from './documents.js';
import { searchCollection } from './collection.js';
import { fieldMatches, type EntityHit, type EventHit, type FieldMatch, type SearchIndex, type SearchResults } from './search-index.js';

/**
 * How many typos a query may hold, by its length: none up to 3 characters (a short query with a
 * typo matches nearly anything), one in four from 4, one in three from 6 ("smrash" for "smarsh"
 * is two). fuse.js scores a field by errors / query length and drops it above this.
 */
export function entityThreshold(query: string): number {
  const n = query.length;
  return n <= 3 ? 0 : n <= 5 ? 0.25 : 0.34;
}

/** Events are long texts, where loose fuzziness finds a near-match for anything: one typo from 6 characters, two from 10. */
export function eventThreshold(query: string): number {
  const n = query.length;
  return n <= 5 ? 0 : n <= 9 ? 0.17 : 0.2;
}

/**
 * Entity hits scoring above this are noise. A fuse.js score is the product of each matched
 * field's score (0.001 when it contains the query as typed, errors / length with typos) raised
 * to the field's weight share (name 4/9, aliases 3/9, title 1/9, kind and roles 0.5/9); a match
 * that begins a word then counts double (score halved). So a name containing the query scores
 * 0.02-0.05, a name with two typos in six letters at a word start 0.31 but inside a word 0.61,
 * a title containing the query as a word 0.23 but inside a word 0.46, a fuzzy title over 0.8.
 */
export const MAX_ENTITY_SCORE = 0.4;

/** A match that begins a word ("lee" in "Micah Lee", not in "Fleet") counts this much better. */
const WORD_START_FACTOR = 0.5;

/** Searches entities (ranked first) and events; each list holds at most `limit` hits. */
export function search(index: SearchIndex, query: string, limit = 10): SearchResults {
  const q = query.trim();
  if (q === '' || limit <= 0) return { entities: [], events: [] };
  return { entities: searchEntities(index, q, limit), events: searchEvents(index, q, limit) };
}

function searchEntities(index: SearchIndex, q: string, limit: number): EntityHit[] {
  const hits: EntityHit[] = [];
  // Fetch more than shown: the word-start preference below may reorder them.
  for (const result of searchCollection(index.entityDocs, q, entityThreshold(q), Math.max(limit * 4, 50))) {
    const fuseScore = result.score ?? 1;
        const matches = fieldMatches(result);
    const entity = index.entities[result.refIndex]!;
    hits.push({
      entity,
      score: atWordStart(matches, ENTITY_FIELDS) ? fuseScore * WORD_START_FACTOR : fuseScore,
      matches,
      incidents: entity.perIncident.length,
      events: entity.perIncident.reduce((sum, p) => sum + p.count, 0),
    });
  }
  // On equal scores the shorter name is the closer match ("404 Media" before "Unnamed hacker
  // (404 Media's source)"); the sort is stable, so then load order decides.
  return hits
    .filter((hit) => hit.score <= MAX_ENTITY_SCORE)
    .sort((a, b) => a.score - b.score || a.entity.name.length - b.entity.name.length)
    .slice(0, limit);
}

function searchEvents(index: SearchIndex, q: string, limit: number): EventHit[] {
  // The threshold is the noise filter here: no cutoff on top.
  const hits = searchCollection(index.eventDocs, q, eventThreshold(q), Math.max(limit * 4, 50))
    .map((result): EventHit => {
      const matches = fieldMatches(result);
      const score = result.score ?? 1;
      return { row: index.rows[result.refIndex]!, score: atWordStart(matches, EVENT_FIELDS) ? score * WORD_START_FACTOR : score, matches };
    });
  // Stable: equal scores stay in timeline order.
  return hits.sort((a, b) => a.score - b.score).slice(0, limit);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const ENTITY_FIELDS: readonly SearchField[] = ['name', 'aliases', 'kind', 'roles', 'title'];
const EVENT_FIELDS: readonly SearchField[] = ['title', 'description'];

function atWordStart(matches: readonly FieldMatch[], fields: readonly SearchField[]): boolean {
  return matches.some(
    (m) => fields.includes(m.field) && m.indices.some(([start]) => start === 0 || !WORD_CHAR.test(m.value[start - 1] ?? '')),
  );
}

/** The matched ranges of a hit in one field (and, for list fields, in one of its values), for highlighting. */
export function matchIndices(matches: readonly FieldMatch[], field: SearchField, value?: string): readonly (readonly [number, number])[] {
  const found = matches.find((m) => m.field === field && (value === undefined || m.value === value));
  return found?.indices ?? [];
}
