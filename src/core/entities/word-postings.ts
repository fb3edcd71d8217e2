import { Vocabulary, WordIds } from './vocabulary.js';

const NONE: readonly number[] = [];

/**
 * An inverted index from words to the documents (numbered in order) that contain them. Built
 * from text split once, so one pass over a load's text serves both entity mentions and the
 * search prefilter. At 100k events it holds millions of entries: while documents are added they
 * are one stream of 32-bit word ids with the documents' boundaries beside it, grouped by word
 * on the first read, with no object or array per word.
 */
export class WordPostings {
  /** Documents' words are numbered in `vocabulary` (a new one by default). */
  constructor(readonly vocabulary: Vocabulary = new Vocabulary()) {}

  // Each document's distinct word ids, documents one after another.
  private stream = new Int32Array(1024);
  private streamLength = 0;
  // Where each document's words start in the stream, and its number.
  private bounds = new Int32Array(256);
  private boundDocs = new Int32Array(256);
  private boundCount = 0;
  // The last document recorded for each word id, so a repeat within a document is skipped.
  private lastDoc = new Int32Array(1024).fill(-1);
  private grouped: { starts: Int32Array; docs: Int32Array } | undefined;

  /** Records the words of document `doc`; documents must be added in increasing order. */
  add(doc: number, words: readonly string[]): void {
    for (const word of words) this.addId(doc, this.vocabulary.idOf(word));
  }

  /** Splits `text` into `ids` (cleared first) and records its words for document `doc`. */
  addText(doc: number, text: string, ids: WordIds): void {
    ids.length = 0;
    this.vocabulary.idsOf(text, ids);
    for (let i = 0; i < ids.length; i++) this.addId(doc, ids.ids[i]!);
  }

  /** Records for document `doc` the words with the ids `ids[start, end)` of this postings' vocabulary. */
  addIds(doc: number, ids: Int32Array, start: number, end: number): void {
    for (let i = start; i < end; i++) this.addId(doc, ids[i]!);
  }

  /** Every distinct word that some document holds, in order of first appearance. */
  *words(): IterableIterator<string> {
    const { starts } = this.group();
    for (let id = 0; id < this.vocabulary.size; id++) if (starts[id + 1]! > starts[id]!) yield this.vocabulary.word(id);
  }

  /** The documents that contain a word, in order. */
  docsWith(word: string): ArrayLike<number> & Iterable<number> {
    const id = this.vocabulary.find(word);
    if (id < 0) return NONE;
    const { starts, docs } = this.group();
    return docs.subarray(starts[id]!, starts[id + 1]!);
  }

  /** Number of distinct words that some document holds. */
  get size(): number {
    const { starts } = this.group();
    let n = 0;
    for (let id = 0; id < this.vocabulary.size; id++) if (starts[id + 1]! > starts[id]!) n++;
    return n;
  }

  private addId(doc: number, id: number): void {
    if (this.grouped) this.ungroup();
    if (id >= this.lastDoc.length) {
      const grown = new Int32Array(Math.max(id + 1, this.lastDoc.length * 2)).fill(-1);
      grown.set(this.lastDoc);
      this.lastDoc = grown;
    }
    if (this.lastDoc[id] === doc) return;
    this.lastDoc[id] = doc;
    if (this.boundCount === 0 || this.boundDocs[this.boundCount - 1] !== doc) {
      if (this.boundCount === this.bounds.length) {
        this.bounds = grow(this.bounds);
        this.boundDocs = grow(this.boundDocs);
      }
      this.bounds[this.boundCount] = this.streamLength;
      this.boundDocs[this.boundCount++] = doc;
    }
    if (this.streamLength === this.stream.length) this.stream = grow(this.stream);
    this.stream[this.streamLength++] = id;
  }

  // Counting sort of the stream by word: stable, so each word's documents stay in order.
  private group(): { starts: Int32Array; docs: Int32Array } {
    if (this.grouped) return this.grouped;
    const words = this.vocabulary.size;
    const starts = new Int32Array(words + 1);
    for (let i = 0; i < this.streamLength; i++) starts[this.stream[i]! + 1]!++;
    for (let id = 0; id < words; id++) starts[id + 1]! += starts[id]!;
    const next = starts.slice(0, words);
    const docs = new Int32Array(this.streamLength);
    for (let b = 0; b < this.boundCount; b++) {
      const doc = this.boundDocs[b]!;
      const end = b + 1 < this.boundCount ? this.bounds[b + 1]! : this.streamLength;
      for (let i = this.bounds[b]!; i < end; i++) docs[next[this.stream[i]!]!++] = doc;
    }
    // The stream is not needed once grouped: at 100k events it is tens of megabytes.
    this.stream = new Int32Array(0);
    return (this.grouped = { starts, docs });
  }

  // Back to a stream (document by document), for a document added after a read.
  private ungroup(): void {
    const { starts, docs } = this.grouped!;
    const byDoc = new Map<number, number[]>();
    for (let id = 0; id + 1 < starts.length; id++) {
      for (let i = starts[id]!; i < starts[id + 1]!; i++) {
        const list = byDoc.get(docs[i]!);
        if (list) list.push(id);
        else byDoc.set(docs[i]!, [id]);
      }
    }
    this.grouped = undefined;
    this.stream = new Int32Array(Math.max(1024, docs.length * 2));
    this.streamLength = this.boundCount = 0;
    for (const doc of [...byDoc.keys()].sort((a, b) => a - b)) {
      for (const id of byDoc.get(doc)!) {
        this.lastDoc[id] = -1;
        this.addId(doc, id);
      }
    }
  }
}

function grow(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(list.length * 2);
  grown.set(list);
  return grown;
}
