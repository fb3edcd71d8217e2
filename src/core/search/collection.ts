import Fuse, { type FuseIndex, type FuseIndexObjectRecord, type FuseOptionKey, type FuseResult } from 'fuse.js';
import type { WordPostings } from '../entities/index.js';
import { WordPrefilter } from './word-prefilter.js';

/**
 * Up to this many documents fuse.js scans them all; above it a word prefilter picks the
 * candidates first, so a keystroke costs about the same at 100k events as at 2k.
 */
export const FULL_SCAN_LIMIT = 2000;
/**
 * At most this many prefiltered candidates are scored, those holding the query as typed first,
 * earliest first: a query as common as "server" matches nearly everything. Each costs about 10 µs
 * to score, and a keystroke at 100k events must stay within 50 ms with its frames; 200 still rank ten times what is shown.
 */
export const MAX_CANDIDATES = 200;
/** For one- and two-letter queries, which match nearly everything and rank nothing in particular, fewer. */
export const MAX_CANDIDATES_SHORT = 100;

/** Documents with what searching them takes: a fuse.js index when small, a word prefilter when large. */
export interface Collection<T> {
  readonly docs: readonly T[];
  readonly keys: FuseOptionKey<T>[];
  readonly fuseIndex?: FuseIndex<T>;
  readonly prefilter?: WordPrefilter;
  /** With a prefilter: fuse.js's record of each document scored so far, by document number, so the next query's candidates reuse it. */
  readonly records?: (FuseIndexObjectRecord | undefined)[];
}

/**
 * Prepares documents for searching. `words` gives the words of every document, only called for
 * a collection too large to scan whole.
 */
export function makeCollection<T>(
  docs: readonly T[],
  keys: FuseOptionKey<T>[],
  words: () => WordPostings,
  fullScanLimit = FULL_SCAN_LIMIT,
): Collection<T> {
  if (docs.length <= fullScanLimit) return { docs, keys, fuseIndex: Fuse.createIndex(keys, docs as T[]) };
  return { docs, keys, prefilter: new WordPrefilter(docs.length, words()), records: [] };
}

/** fuse.js results for a query over a collection, with `refIndex` into the collection's documents. */
export function searchCollection<T>(collection: Collection<T>, query: string, threshold: number, limit: number): FuseResult<T>[] {
  const options = {
    keys: collection.keys,
    threshold,
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    // The field-length norm is off so that a score means the same in a two-word name and a
    // forty-word description: the weighted product of how well each field matched.
    ignoreFieldNorm: true,
    // One-letter queries would otherwise match nothing; longer ones ignore stray single letters.
    minMatchCharLength: Math.min(2, query.length),
  };
  if (collection.fuseIndex) {
    return new Fuse(collection.docs as T[], options, collection.fuseIndex).search(query, { limit });
  }
  const cap = query.length < 3 ? MAX_CANDIDATES_SHORT : MAX_CANDIDATES;
  const candidates = collection.prefilter!.candidates(query, threshold, cap);
  const results = new Fuse(candidates.map((i) => collection.docs[i]!), options, candidateIndex(collection, candidates)).search(query, { limit });
  return results.map((result) => ({ ...result, refIndex: candidates[result.refIndex]! }));
}

/**
 * A fuse.js index of the candidates, numbered as they are listed. Making a document's record
 * (reading its fields, measuring them) cost as much as scoring it; as the same documents come
 * back keystroke after keystroke, each is made once and kept.
 */
function candidateIndex<T>(collection: Collection<T>, candidates: readonly number[]): FuseIndex<T> {
  const records = collection.records!;
  const missing = candidates.filter((doc) => records[doc] === undefined);
  const made = Fuse.createIndex(collection.keys, missing.map((doc) => collection.docs[doc]!)).toJSON();
  (made.records as readonly FuseIndexObjectRecord[]).forEach((record) => {
    records[missing[record.i]!] = record;
  });
  // fuse.js types a record as one of several shapes; these are all object records.
  const listed = candidates.map((doc, i) => ({ ...records[doc]!, i })) as typeof made.records;
  return Fuse.parseIndex<T>({ keys: made.keys, records: listed });
}
