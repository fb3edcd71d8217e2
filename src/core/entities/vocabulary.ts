import { wordsOf } from './normalize.js';

/** A growable list of word ids: the words of one text, in order. */
export class WordIds {
  ids = new Int32Array(64);
  length = 0;

  /** Appends one id. */
  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }
}

// ASCII letters and digits, folded to lower case; 0 for every other ASCII character (a separator).
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) WORD_CHAR[c] = c;
  else if (c >= 0x41 && c <= 0x5a) WORD_CHAR[c] = c + 0x20;
}

const SEED = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * Folded words (as `wordsOf` makes them), each numbered once. Splitting ASCII text into word ids
 * makes no string for a word already known: at 100k events that is millions of short strings
 * the garbage collector no longer sees.
 */
export class Vocabulary {
  private readonly list: string[] = [];
  private hashes = new Int32Array(1024);
  // Open addressing: slot holds id + 1, 0 when empty. Kept at most half full.
  private table = new Int32Array(2048);

  /** A vocabulary holding `words` (distinct, folded) with their positions as ids. */
  static of(words: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const word of words) vocabulary.idOf(word);
    return vocabulary;
  }

  /** Number of distinct words. */
  get size(): number {
    return this.list.length;
  }

  /** The word with this id. */
  word(id: number): string {
    return this.list[id]!;
  }

  /** The id of a folded word, added when new. */
  idOf(word: string): number {
    return this.lookup(word, 0, word.length, hashOf(word), false, true);
  }

  /** The id of a folded word, or -1 when it is not in the vocabulary. */
  find(word: string): number {
    return this.lookup(word, 0, word.length, hashOf(word), false, false);
  }

  /** Appends the ids of `text`'s words to `out`, in order: the same words as `wordsOf(text)`. */
  idsOf(text: string, out: WordIds): void {
    const from = out.length;
    let start = -1;
    let hash = SEED;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 0x20;
      if (c >= 0x80) {
        // Other scripts and accents need Unicode folding: the regex path, for this text only.
        out.length = from;
        for (const word of wordsOf(text)) out.push(this.idOf(word));
        return;
      }
      const folded = WORD_CHAR[c]!;
      if (folded !== 0) {
        if (start < 0) {
          start = i;
          hash = SEED;
        }
        hash = Math.imul(hash ^ folded, PRIME);
        continue;
      }
      if (start < 0) continue;
      out.push(this.lookup(text, start, i, hash, true, true));
      start = -1;
    }
  }

  // The id of text[start, end) (folding ASCII capitals when `fold`), added when `add` and new.
  private lookup(text: string, start: number, end: number, hash: number, fold: boolean, add: boolean): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) {
        if (!add) return -1;
        const word = fold ? text.slice(start, end).toLowerCase() : start === 0 && end === text.length ? text : text.slice(start, end);
        return this.insert(word, hash, slot);
      }
      const id = entry - 1;
      if (this.hashes[id] === hash && sameWord(this.list[id]!, text, start, end, fold)) return id;
    }
  }

  private insert(word: string, hash: number, slot: number): number {
    const id = this.list.length;
    this.list.push(word);
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.table[slot] = id + 1;
    if (this.list.length * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.list.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }
}

function hashOf(word: string): number {
  let hash = SEED;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), PRIME);
  return hash;
}

function sameFolded(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== WORD_CHAR[text.charCodeAt(start + k)]) return false;
  return true;
}

function sameWord(word: string, text: string, start: number, end: number, fold: boolean): boolean {
  if (fold) return sameFolded(word, text, start, end);
  return word.length === end - start && text.startsWith(word, start);
}
