// The search prefilter walks only the first documents of each word's list when it needs only the
// first few candidates of a one-word query. It must pick exactly what the full walk picks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordPostings } from '../../src/core/entities/index.js';
import { WordPrefilter } from '../../src/core/search/word-prefilter.js';

const VOCABULARY = ['gateway', 'gate', 'getaway', 'kowalski', 'kowalsky', 'keiko', 'token', 'backup', 'bank', 'network', 'a', 'k'];

describe('prefilter with a limit', () => {
  it('gives the first candidates of the full walk, typed matches before typos', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 6 }), { minLength: 1, maxLength: 400 }),
        fc.constantFrom('gate', 'gatewy', 'kowalski', 'k', 'ke', 'bank', 'netwrk', 'a', 'zzz'),
        fc.constantFrom(0, 0.17, 0.25, 0.34),
        fc.integer({ min: 1, max: 50 }),
        (docs, query, threshold, limit) => {
          const postings = new WordPostings();
          docs.forEach((words, doc) => postings.add(doc, words));
          const prefilter = new WordPrefilter(docs.length, postings);
          expect(prefilter.candidates(query, threshold, limit)).toEqual(prefilter.candidates(query, threshold).slice(0, limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});
