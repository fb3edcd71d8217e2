import { wordsOf } from './normalize.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Ids of the phrases that end here. */
  ends: number[];
}

/**
 * Finds which of many phrases a text names, as whole words, case- and accent-insensitively.
 * Phrases are stored as a trie of words, so a text costs one walk per word, whatever the number
 * of phrases: no per-phrase regex scan, no backtracking.
 */
export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map(), ends: [] };

  /** Adds a phrase for an id; phrases with no words are ignored. */
  add(phrase: string, id: number): void {
    const words = wordsOf(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.ends.includes(id)) node.ends.push(id);
  }

  /** Ids of every phrase the texts (given as their `wordsOf`) name, each once, in order of first occurrence. */
  idsIn(texts: readonly (readonly string[])[]): number[] {
    const found: number[] = [];
    for (const words of texts) {
      for (let start = 0; start < words.length; start++) {
        let node = this.root.next.get(words[start]!);
        for (let at = start + 1; node; at++) {
          for (const id of node.ends) if (!found.includes(id)) found.push(id);
          if (at >= words.length) break;
          node = node.next.get(words[at]!);
        }
      }
    }
    return found;
  }
}
