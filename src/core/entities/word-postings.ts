/** Lists longer than this are kept as 32-bit integers: half the memory of a JS array of numbers. */
const TYPED_FROM = 256;

const NONE: readonly number[] = [];

/**
 * An inverted index from words to the documents (numbered in order) that contain them. Built
 * from words already split, so one pass over a load's text serves both entity mentions and the
 * search prefilter. At 100k events it holds millions of entries: a common word's list is packed
 * into an Int32Array (doubling as it grows), a rare word's stays a small array.
 */
export class WordPostings {
  private readonly lists = new Map<string, { docs: number[] | Int32Array; length: number }>();

  /** Records the words of document `doc`; documents must be added in increasing order. */
  add(doc: number, words: readonly string[]): void {
    for (const word of words) {
      const list = this.lists.get(word);
      if (!list) {
        this.lists.set(word, { docs: [doc], length: 1 });
        continue;
      }
      // In-order documents make a repeat within one document always the last entry.
      if (list.docs[list.length - 1] === doc) continue;
      if (Array.isArray(list.docs)) {
        list.docs.push(doc);
        if (list.docs.length === TYPED_FROM) list.docs = Int32Array.from(list.docs);
      } else {
        if (list.length === list.docs.length) {
          const grown = new Int32Array(list.docs.length * 2);
          grown.set(list.docs);
          list.docs = grown;
        }
        list.docs[list.length] = doc;
      }
      list.length++;
    }
  }

  /** Every distinct word, in order of first appearance. */
  words(): IterableIterator<string> {
    return this.lists.keys();
  }

  /** The documents that contain a word, in order. */
  docsWith(word: string): ArrayLike<number> & Iterable<number> {
    const list = this.lists.get(word);
    if (!list) return NONE;
    return Array.isArray(list.docs) ? list.docs : list.docs.subarray(0, list.length);
  }

  /** Number of distinct words. */
  get size(): number {
    return this.lists.size;
  }
}
