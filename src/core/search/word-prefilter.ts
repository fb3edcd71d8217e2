import Fuse from 'fuse.js';
import { wordsOf, type WordPostings } from '../entities/index.js';

/**
 * Narrows a fuzzy search to the documents that can match: the query is checked against the
 * distinct words of a collection (thousands) instead of the full text of every document
 * (megabytes), and fuse.js then scores only the documents holding matching words.
 */
export class WordPrefilter {
  private readonly vocabulary: string[];
  private readonly vocabularyFuses = new Map<number, Fuse<string>>();

  /** `count` documents, numbered 0..count-1, whose words `postings` holds. */
  constructor(
    private readonly count: number,
    private readonly postings: WordPostings,
  ) {
    this.vocabulary = [...postings.words()];
  }

  /**
   * Documents that hold for every word of the query a word that contains it or, with a threshold
   * above 0, is as close to it as fuse.js allows. Nearly a superset of what fuse.js finds in the
   * whole text; it misses a query that runs two words together ("mikewaltz") or spends a whole
   * query's typo budget on one of its words. Documents holding every query word as typed come
   * first (they score best), then those that need a typo; each group in document order; at most
   * `limit` of them.
   */
  candidates(query: string, threshold: number, limit = Infinity): number[] {
    const allWords = [...new Set(wordsOf(query))];
    if (allWords.length === 0) return [];
    // A one-letter word beside longer ones ("kowalski k", mid-typing) is in nearly every document:
    // it narrows nothing, and walking its documents cost more than all the rest. fuse.js still
    // scores the whole query.
    const longer = allWords.filter((word) => word.length > 1);
    const queryWords = longer.length > 0 ? longer : allWords;
    if (queryWords.length === 1 && limit < this.count) return this.firstCandidates(queryWords[0]!, threshold, limit);
    const matchedWords = new Uint16Array(this.count);
    const exactWords = new Uint16Array(this.count);
    const lastWord = new Int32Array(this.count).fill(-1);
    queryWords.forEach((queryWord, w) => {
      // Words containing the query word first, so a document's first match for it says whether it holds it as typed.
      const words = this.matchingWords(queryWord, threshold);
      const exact = (word: string) => word.includes(queryWord);
      for (const word of [...words.filter(exact), ...words.filter((word) => !exact(word))]) {
        const isExact = exact(word);
        for (const doc of this.postings.docsWith(word)) {
          if (lastWord[doc] === w) continue;
          lastWord[doc] = w;
          matchedWords[doc]!++;
          if (isExact) exactWords[doc]!++;
        }
      }
    });
    const all = queryWords.length;
    const typed: number[] = [];
    const typos: number[] = [];
    for (let doc = 0; doc < this.count; doc++) {
      if (matchedWords[doc] === all) (exactWords[doc] === all ? typed : typos).push(doc);
    }
    return typed.concat(typos).slice(0, limit);
  }

  // One query word: the first documents of each matching word's list are enough, as the lists are
  // in document order, so a short query that matches most documents walks no more than it keeps.
  private firstCandidates(queryWord: string, threshold: number, limit: number): number[] {
    const words = this.matchingWords(queryWord, threshold);
    const typed = this.firstDocs(words.filter((word) => word.includes(queryWord)), limit);
    if (typed.length >= limit) return typed;
    const seen = new Set(typed);
    const typos = this.firstDocs(words.filter((word) => !word.includes(queryWord)), limit + typed.length).filter((doc) => !seen.has(doc));
    return typed.concat(typos).slice(0, limit);
  }

  // The first `limit` documents, in order, holding any of the words.
  private firstDocs(words: readonly string[], limit: number): number[] {
    const docs: number[] = [];
    for (const word of words) {
      const list = this.postings.docsWith(word);
      for (let i = 0; i < list.length && i < limit; i++) docs.push(list[i]!);
    }
    docs.sort((a, b) => a - b);
    const first: number[] = [];
    for (const doc of docs) {
      if (first.length === limit) break;
      if (first[first.length - 1] !== doc) first.push(doc);
    }
    return first;
  }

  /** The words of the vocabulary a (folded) query word can match. */
  private matchingWords(queryWord: string, threshold: number): string[] {
    if (threshold === 0) return this.vocabulary.filter((word) => word.includes(queryWord));
    let fuse = this.vocabularyFuses.get(threshold);
    if (!fuse) {
      fuse = new Fuse(this.vocabulary, { threshold, ignoreLocation: true, isCaseSensitive: true, shouldSort: false });
      this.vocabularyFuses.set(threshold, fuse);
    }
    return fuse.search(queryWord).map((result) => result.item);
  }
}
