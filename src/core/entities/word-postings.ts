import { Vocabulary, WordIds } from './vocabulary.js';

const NONE: readonly number[] = [];

/**
 * An inverted index from words to the documents (numbered in order) that contain them. Built
 * from text split once, so one pass over a load's text serves both entity mentions and the
 * search prefilter. At 100k events it holds millions of entries: while documents are added they
 * are only ranges of 32-bit word ids (in its own buffer, or in a word split made elsewhere,
 * which is not copied), grouped by word on the first read, with no object or array per word.
 */
export class WordPostings {
  /** Documents' words are numbered in `vocabulary` (a new one by default). */
  constructor(readonly vocabulary: Vocabulary = new Vocabulary()) {}

  // Word ids of the texts split here.
  private own = new WordIds();
  // The one array of ids from elsewhere that ranges may point into.
  private external: Int32Array | undefined;
  // Per range: its document, whether it is in `external`, and where its ids are.
  private readonly ranges = new WordIds();
  private grouped: { starts: Int32Array; docs: Int32Array } | undefined;

  /** Records the words of document `doc`; documents must be added in increasing order. */
  add(doc: number, words: readonly string[]): void {
    if (this.grouped) this.ungroup();
    const start = this.own.length;
    for (const word of words) this.own.push(this.vocabulary.idOf(word));
    this.addRange(doc, false, start, this.own.length);
  }

  /** Splits `text` into `ids` (cleared first) and records its words for document `doc`. */
  addText(doc: number, text: string, ids: WordIds): void {
    if (this.grouped) this.ungroup();
    ids.length = 0;
    this.vocabulary.idsOf(text, ids);
    const start = this.own.length;
    for (let i = 0; i < ids.length; i++) this.own.push(ids.ids[i]!);
    this.addRange(doc, false, start, this.own.length);
  }

  /**
   * Records for document `doc` the words with the ids `ids[start, end)` of this postings'
   * vocabulary. The first array given this way is referred to, not copied, until the first read.
   */
  addIds(doc: number, ids: Int32Array, start: number, end: number): void {
    if (this.grouped) this.ungroup();
    this.external ??= ids;
    if (ids === this.external) return this.addRange(doc, true, start, end);
    const from = this.own.length;
    for (let i = start; i < end; i++) this.own.push(ids[i]!);
    this.addRange(doc, false, from, this.own.length);
  }

  /** Every distinct word that some document holds, in order of first appearance. */
  *words(): IterableIterator<string> {
    const { starts } = this.group();
    // Words numbered after the grouping (a phrase's, say) are in no document.
    for (let id = 0; id + 1 < starts.length; id++) if (starts[id + 1]! > starts[id]!) yield this.vocabulary.word(id);
  }

  /** The documents that contain a word, in order. */
  docsWith(word: string): ArrayLike<number> & Iterable<number> {
    const id = this.vocabulary.find(word);
    if (id < 0) return NONE;
    const { starts, docs } = this.group();
    return id + 1 < starts.length ? docs.subarray(starts[id]!, starts[id + 1]!) : NONE;
  }

  /** Number of distinct words that some document holds. */
  get size(): number {
    const { starts } = this.group();
    let n = 0;
    for (let id = 0; id + 1 < starts.length; id++) if (starts[id + 1]! > starts[id]!) n++;
    return n;
  }

  private addRange(doc: number, external: boolean, start: number, end: number): void {
    if (start === end) return;
    this.ranges.push(doc);
    this.ranges.push(external ? 1 : 0);
    this.ranges.push(start);
    this.ranges.push(end);
  }

  // Two passes over the ranges, in document order: count each word's documents (a word repeated
  // within a document counts once), then place them. Stable, so each word's documents stay in order.
  private group(): { starts: Int32Array; docs: Int32Array } {
    if (this.grouped) return this.grouped;
    const words = this.vocabulary.size;
    const starts = new Int32Array(words + 1);
    this.eachEntry(words, starts);
    for (let id = 0; id < words; id++) starts[id + 1]! += starts[id]!;
    const docs = new Int32Array(starts[words]!);
    this.eachEntry(words, starts.slice(0, words), docs);
    // The ranges and the ids they point into are not needed once grouped.
    this.own = new WordIds();
    this.ranges.length = 0;
    this.external = undefined;
    return (this.grouped = { starts, docs });
  }

  // Each document's distinct words: counted into `counts[id + 1]`, or, given `docs`, the document
  // placed at `docs[counts[id]++]`. One loop for both (no callback: millions of entries).
  private eachEntry(words: number, counts: Int32Array, docs?: Int32Array): void {
    const lastDoc = new Int32Array(words).fill(-1);
    const { ids: ranges, length } = this.ranges;
    for (let r = 0; r < length; r += 4) {
      const doc = ranges[r]!;
      const ids = ranges[r + 1] === 1 ? this.external! : this.own.ids;
      for (let i = ranges[r + 2]!, end = ranges[r + 3]!; i < end; i++) {
        const id = ids[i]!;
        if (lastDoc[id] === doc) continue;
        lastDoc[id] = doc;
        if (docs) docs[counts[id]!++] = doc;
        else counts[id + 1]!++;
      }
    }
  }

  // Back to ranges (one per document, in order), for a document added after a read.
  private ungroup(): void {
    const { starts, docs } = this.grouped!;
    this.grouped = undefined;
    const byDoc = new Map<number, number[]>();
    for (let id = 0; id + 1 < starts.length; id++) {
      for (let i = starts[id]!; i < starts[id + 1]!; i++) {
        const list = byDoc.get(docs[i]!);
        if (list) list.push(id);
        else byDoc.set(docs[i]!, [id]);
      }
    }
    for (const doc of [...byDoc.keys()].sort((a, b) => a - b)) {
      const start = this.own.length;
      for (const id of byDoc.get(doc)!) this.own.push(id);
      this.addRange(doc, false, start, this.own.length);
    }
  }
}
