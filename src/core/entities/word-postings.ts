/**
 * An inverted index from words to the documents (numbered in order) that contain them. Built
 * from words already split, so one pass over a load's text serves both entity mentions and the
 * search prefilter.
 */
export class WordPostings {
  private readonly lists = new Map<string, number[]>();

  /** Records the words of document `doc`; documents must be added in increasing order. */
  add(doc: number, words: readonly string[]): void {
    for (const word of words) {
      const list = this.lists.get(word);
      if (!list) this.lists.set(word, [doc]);
      // In-order documents make a repeat within one document always the last entry.
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  }

  /** Every distinct word, in order of first appearance. */
  words(): IterableIterator<string> {
    return this.lists.keys();
  }

  /** The documents that contain a word, in order. */
  docsWith(word: string): readonly number[] {
    return this.lists.get(word) ?? [];
  }

  /** Number of distinct words. */
  get size(): number {
    return this.lists.size;
  }
}
