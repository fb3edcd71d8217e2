import { highlightSegments } from '../../core/search/index.js';
import { span, type Span } from './spans.js';
import { splitsPair } from '../../text/index.js';

/** Inclusive [start, end] ranges of matched characters, as fuse.js gives them. */
export type MatchRanges = readonly (readonly [number, number])[];

/** How matched characters look: bold and coloured, and bracketed so they show without colour too. */
const MATCH: Omit<Span, 'text'> = { bold: true, color: 'yellow' };

/** A text on one line with every character where it was (line breaks become spaces), so match ranges still fit it. */
export function flatText(text: string): string {
  return /[\r\n\t]/.test(text) ? text.replace(/[\r\n\t]/g, ' ') : text;
}

/** A text as spans, each matched run drawn as `[run]` in the match style. */
export function matchSpans(text: string, ranges: MatchRanges, style: Omit<Span, 'text'> = {}): Span[] {
  if (ranges.length === 0) return [span(text, style)];
  return highlightSegments(text, ranges).map((s) => (s.match ? span(`[${s.text}]`, { ...style, ...MATCH }) : span(s.text, style)));
}

/**
 * The ranges to highlight in a displayed text. Ranges from the search refer to the text as
 * loaded; when display changed it (defanging adds brackets), the query's words are looked for
 * in the displayed text instead, case-insensitively.
 */
export function shownRanges(raw: string, shown: string, ranges: MatchRanges, query: string): MatchRanges {
  if (shown === raw) return ranges;
  const lower = shown.toLowerCase();
  // Lower-casing that changes the length (a few special letters) would misplace every range.
  if (lower.length !== shown.length) return [];
  const found: [number, number][] = [];
  for (const word of query.toLowerCase().split(/\s+/)) {
    if (word.length < 2) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) found.push([at, at + word.length - 1]);
  }
  return found;
}

/** A window of a long text around its first matched range, with the ranges moved to match ("…in the archive"). */
export function aroundMatch(text: string, ranges: MatchRanges, before = 24): { text: string; ranges: MatchRanges } {
  const first = Math.min(...ranges.map(([start]) => start));
  if (!Number.isFinite(first) || first <= before) return { text, ranges };
  // Start at a word boundary so the snippet does not open mid-word.
  let from = first - before;
  const space = text.indexOf(' ', from);
  if (space >= 0 && space < first) from = space + 1;
  else if (splitsPair(text, from)) from++;
  const shift = from - 1;
  return { text: `…${text.slice(from)}`, ranges: ranges.map(([s, e]) => [s - shift, e - shift] as const).filter(([s]) => s >= 1) };
}
