import { Vocabulary, WordIds } from './vocabulary.js';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Ids of the phrases that end here. */
  ends: number[];
}

/**
 * Finds which of many phrases a text names, as whole words, case- and accent-insensitively.
 * Phrases are stored as a trie of word ids, so a text costs one walk per word, whatever the
 * number of phrases: no per-phrase regex scan, no backtracking.
 */
export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map(), ends: [] };
  private readonly scratch = new WordIds();
  // 1 for each word id that starts a phrase: a text's other words are skipped without a lookup.
  private starts = new Uint8Array(0);

  /** Phrases and texts are split into the words of `vocabulary` (shared with the texts' index). */
  constructor(private readonly vocabulary: Vocabulary = new Vocabulary()) {}

  /** Adds a phrase for an id; phrases with no words are ignored. */
  add(phrase: string, id: number): void {
    this.scratch.length = 0;
    this.vocabulary.idsOf(phrase, this.scratch);
    if (this.scratch.length === 0) return;
    const first = this.scratch.ids[0]!;
    if (first >= this.starts.length) {
      const grown = new Uint8Array(Math.max(first + 1, this.starts.length * 2));
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[first] = 1;
    let node = this.root;
    for (let i = 0; i < this.scratch.length; i++) {
      const word = this.scratch.ids[i]!;
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.ends.includes(id)) node.ends.push(id);
  }

  /** Adds to `found` the ids of every phrase the text (as its word ids) names, each once, in order of first occurrence. */
  collect(text: WordIds, found: number[]): void {
    this.collectRange(text.ids, 0, text.length, found);
  }

  /** `collect` for a text given as `ids[from, length)`. */
  collectRange(ids: Int32Array, from: number, length: number, found: number[]): void {
    const starts = this.starts;
    for (let start = from; start < length; start++) {
      // Bounds checked here: a read past a typed array's end sends V8 down a slow path.
      const word = ids[start]!;
      if (word >= starts.length || starts[word] !== 1) continue;
      let node = this.root.next.get(ids[start]!);
      for (let at = start + 1; node; at++) {
        for (const id of node.ends) if (!found.includes(id)) found.push(id);
        if (at >= length) break;
        node = node.next.get(ids[at]!);
      }
    }
  }
}
