import { splitsPair } from '../../text/index.js';

/** A run of text, matched by the query or not. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits a text into matched and unmatched runs from fuse.js match ranges (inclusive
 * [start, end] pairs, in any order, possibly overlapping or out of range).
 */
export function highlightSegments(text: string, indices: readonly (readonly [number, number])[]): Segment[] {
  // fuse.js counts UTF-16 units: a range never starts or ends inside a surrogate pair here.
  const ranges = indices
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length - 1, end)] as const)
    .map(([start, end]) => [splitsPair(text, start) ? start - 1 : start, splitsPair(text, end + 1) ? end + 1 : end] as const)
    .filter(([start, end]) => start <= end)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end < at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), match: false });
    const last = segments[segments.length - 1];
    // Adjacent or overlapping ranges become one run.
    if (last?.match && from === at) last.text += text.slice(from, end + 1);
    else segments.push({ text: text.slice(from, end + 1), match: true });
    at = end + 1;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
