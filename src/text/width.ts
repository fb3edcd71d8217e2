// Display width in terminal columns, measured as Ink measures it (string-width), so what we
// truncate and pad lines up with Ink's layout; only emoji sequences that some terminals split
// count wider (see graphemeWidth). These run per visible row per render: printable ASCII skips all of it; text where every code point is its own grapheme skips
// Intl.Segmenter (about 2 µs per grapheme); widths are memoised per code point/grapheme.
// All functions expect one sanitised line; newlines are handled only by wrap().

import stringWidth from 'string-width';

const ASCII = /^[\x20-\x7e]*$/;
const ELLIPSIS = '…'; // East Asian ambiguous, narrow under string-width's default: 1 column
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Code points that can join a neighbour into one grapheme (UAX #29): marks and other Extend,
// ZWJ/ZWNJ, controls and format chars, emoji modifiers, regional indicators, Hangul jamo and
// Prepend characters. A string without any of them segments into single code points.
const JOINING = new RegExp(
  '[\\p{M}\\p{Grapheme_Extend}\\p{Cc}\\p{Cf}\\p{Emoji_Modifier}\\p{Regional_Indicator}' +
    '\\u1100-\\u11ff\\ua960-\\ua97f\\ud7b0-\\ud7ff\\uff9e\\uff9f' +
    '\\u0d4e\\u{111c2}\\u{111c3}\\u{1193f}\\u{11941}\\u{11a3a}\\u{11a84}-\\u{11a89}\\u{11d46}\\u{11f02}]',
  'u',
);

const UNKNOWN = 255;
const bmpWidth = new Uint8Array(0x10000).fill(UNKNOWN);
const widthCache = new Map<string, number>();
const CACHE_LIMIT = 4096;

// Terminals disagree on emoji joined by ZWJ or a skin-tone modifier: kitty, WezTerm and iTerm2
// draw one 2-column glyph, but xterm, tmux 3.3 and VTE draw every emoji apart (👩🏽‍💻 takes 6
// columns), and a row measured at 2 then wraps and scrolls the whole screen. Such a cluster counts
// as the sum of its parts, so a line fits on both kinds; on the first it merely ends a little short.
const SPLIT_BY_SOME_TERMINALS = /[\u200d\u{1f3fb}-\u{1f3ff}]/u;

function graphemeWidth(g: string): number {
  if (g.length === 1) {
    const c = g.charCodeAt(0);
    if (c >= 0x20 && c < 0x7f) return 1;
    let w = bmpWidth[c]!;
    if (w === UNKNOWN) bmpWidth[c] = w = stringWidth(g);
    return w;
  }
  let w = widthCache.get(g);
  if (w === undefined) {
    w = stringWidth(g);
    if (g.length > 2 && SPLIT_BY_SOME_TERMINALS.test(g)) {
      let parts = 0;
      for (const codePoint of g) parts += graphemeWidth(codePoint);
      w = Math.max(w, parts);
    }
    if (g.length <= 32) {
      if (widthCache.size >= CACHE_LIMIT) widthCache.clear();
      widthCache.set(g, w);
    }
  }
  return w;
}

/** Grapheme clusters of `s`; plain code points when nothing in `s` can join. */
function graphemes(s: string): Iterable<string> {
  if (!JOINING.test(s)) return s; // a string iterates by code point
  return (function* () {
    for (const { segment } of segmenter.segment(s)) yield segment;
  })();
}

function columns(width: number): number {
  return width > 0 ? Math.floor(width) : 0; // also maps NaN to 0
}

/** Terminal columns `s` occupies (CJK and emoji count 2, marks and invisibles 0). */
export function displayWidth(s: string): number {
  if (ASCII.test(s)) return s.length;
  // Same sum string-width computes (it measures grapheme by grapheme), but with memoised
  // grapheme widths: string-width's per-cluster emoji regex dominates otherwise.
  let w = 0;
  for (const g of graphemes(s)) w += graphemeWidth(g);
  return w;
}

/** Cuts `s` to at most `width` columns on a grapheme boundary, ending in `…` when cut. */
export function truncate(s: string, width: number): string {
  const max = columns(width);
  if (max === 0) return '';
  if (ASCII.test(s)) return s.length <= max ? s : s.slice(0, max - 1) + ELLIPSIS;
  // One pass: remember where the text still left a column for the ellipsis, and cut there
  // only if the whole string turns out not to fit.
  let used = 0;
  let cut = 0;
  let index = 0;
  for (const g of graphemes(s)) {
    used += graphemeWidth(g);
    if (used > max) return s.slice(0, cut) + ELLIPSIS;
    index += g.length;
    if (used <= max - 1) cut = index;
  }
  return s;
}

/** Truncates `s` to `width` columns, then pads with spaces to exactly `width` columns. */
export function padEnd(s: string, width: number): string {
  const max = columns(width);
  const cut = truncate(s, max);
  return cut + ' '.repeat(max - displayWidth(cut));
}

/**
 * Word-wraps `s` to `width` columns: breaks at spaces, hard-breaks words wider than a line,
 * keeps existing newlines. Every returned line is at most `width` columns; width <= 0 gives [].
 */
export function wrap(s: string, width: number): string[] {
  const max = columns(width);
  if (max === 0) return [];
  const lines: string[] = [];
  for (const paragraph of s.split('\n')) wrapParagraph(paragraph, max, lines);
  return lines;
}

function wrapParagraph(paragraph: string, max: number, lines: string[]): void {
  if (displayWidth(paragraph) <= max) {
    lines.push(paragraph);
    return;
  }
  let line = '';
  let used = 0;
  let spaces = 0; // pending run of spaces before the next word; dropped at a line break
  for (const token of paragraph.match(/ +|[^ ]+/g) ?? []) {
    if (token.charCodeAt(0) === 0x20) {
      spaces = token.length;
      continue;
    }
    const w = displayWidth(token);
    if (used + spaces + w <= max) {
      line += ' '.repeat(spaces) + token;
      used += spaces + w;
    } else {
      if (line !== '') lines.push(line);
      line = '';
      used = 0;
      if (w <= max) {
        line = token;
        used = w;
      } else {
        // Longer than a line: hard-break; the last piece continues the current line.
        const pieces = hardBreak(token, max);
        line = pieces.pop() ?? '';
        used = displayWidth(line);
        lines.push(...pieces);
      }
    }
    spaces = 0;
  }
  lines.push(line);
}

/** Splits one word into lines of at most `max` columns; a grapheme wider than `max` becomes `…`. */
function hardBreak(word: string, max: number): string[] {
  if (ASCII.test(word)) {
    const out: string[] = [];
    for (let i = 0; i < word.length; i += max) out.push(word.slice(i, i + max));
    return out;
  }
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const g of graphemes(word)) {
    let piece = g;
    let w = graphemeWidth(g);
    if (w > max) {
      piece = ELLIPSIS; // cannot fit even alone (e.g. a CJK character in one column)
      w = 1;
    }
    if (used + w > max) {
      out.push(line);
      line = '';
      used = 0;
    }
    line += piece;
    used += w;
  }
  if (line !== '') out.push(line);
  return out;
}
