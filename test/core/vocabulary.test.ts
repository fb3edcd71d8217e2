// The allocation-free word splitter must split text exactly as `wordsOf` does, and the postings
// built from it must list exactly the documents that hold each word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordPostings, wordsOf } from '../../src/core/entities/index.js';
import { Vocabulary, WordIds } from '../../src/core/entities/vocabulary.js';

const CHARS = ['a', 'B', 'z', 'Q', '0', '9', ' ', '.', "'", '-', '_', 'é', 'Ü', 'ß', 'ǅ', '名', '\u0301', '😀', '\n'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((chars) => chars.join(''));

describe('Vocabulary', () => {
  it('splits any text into the words wordsOf gives, numbering each distinct word once', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), (texts) => {
        const vocabulary = new Vocabulary();
        const ids = new WordIds();
        for (const t of texts) {
          ids.length = 0;
          vocabulary.idsOf(t, ids);
          const words = Array.from(ids.ids.subarray(0, ids.length), (id) => vocabulary.word(id));
          expect(words).toEqual(wordsOf(t));
        }
        const all = texts.flatMap(wordsOf);
        expect(vocabulary.size).toBe(new Set(all).size);
        for (const word of all) expect(vocabulary.word(vocabulary.find(word))).toBe(word);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every word apart as the table grows past thousands of words', () => {
    const vocabulary = new Vocabulary();
    const ids = new WordIds();
    vocabulary.idsOf(Array.from({ length: 20_000 }, (_, i) => `W${i.toString(36)}x`).join(' '), ids);
    expect(vocabulary.size).toBe(20_000);
    expect(vocabulary.word(ids.ids[12_345]!)).toBe(`w${(12_345).toString(36)}x`);
    expect(vocabulary.find('nothere')).toBe(-1);
  });
});

describe('WordPostings', () => {
  it('lists, for every word, the documents holding it, in order, each once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 40 }), (docs) => {
        const postings = new WordPostings();
        const ids = new WordIds();
        docs.forEach((texts, doc) => texts.forEach((t) => postings.addText(doc, t, ids)));
        const expected = new Map<string, number[]>();
        docs.forEach((texts, doc) => {
          for (const word of texts.flatMap(wordsOf)) {
            const list = expected.get(word) ?? [];
            if (list[list.length - 1] !== doc) list.push(doc);
            expected.set(word, list);
          }
        });
        expect(new Set(postings.words())).toEqual(new Set(expected.keys()));
        for (const [word, list] of expected) expect([...postings.docsWith(word)]).toEqual(list);
        expect(postings.size).toBe(expected.size);
      }),
      { numRuns: 200 },
    );
  });

  it('lists no document for a word its vocabulary learned after the grouping', () => {
    const postings = new WordPostings();
    postings.add(0, ['gateway']);
    expect([...postings.docsWith('gateway')]).toEqual([0]);
    postings.vocabulary.idOf('latecomer');
    postings.vocabulary.idOf('straggler');
    expect([...postings.docsWith('latecomer')]).toEqual([]);
    expect([...postings.docsWith('straggler')]).toEqual([]);
    expect([...postings.words()]).toEqual(['gateway']);
    expect(postings.size).toBe(1);
  });

  it('takes documents added after it was read', () => {
    const postings = new WordPostings();
    postings.add(0, ['gateway', 'token']);
    expect([...postings.docsWith('gateway')]).toEqual([0]);
    postings.add(1, ['gateway']);
    postings.add(2, ['token', 'backup']);
    expect([...postings.docsWith('gateway')]).toEqual([0, 1]);
    expect([...postings.docsWith('token')]).toEqual([0, 2]);
    expect([...postings.docsWith('backup')]).toEqual([2]);
  });
});
