// Character classes shared by the sanitiser. One table drives both the per-character
// check and the fast-path regex, so the two can never disagree.

/**
 * Code points that render as nothing (or reorder what follows) and so can hide or
 * disguise text: bidi controls, zero-width and invisible characters, blank fillers,
 * line/paragraph separators, tag characters and the variation-selector supplement.
 * Inclusive [first, last] ranges, sorted.
 */
export const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark (bidi)
  [0x115f, 0x1160], // Hangul choseong/jungseong fillers (blank)
  [0x17b4, 0x17b5], // Khmer inherent vowels (invisible)
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x2028, 0x202e], // line/paragraph separators, LRE RLE PDF LRO RLO
  [0x2060, 0x206f], // word joiner, invisible operators, isolates LRI RLI FSI PDI, deprecated format chars
  [0x3164, 0x3164], // Hangul filler (blank)
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
  [0xffa0, 0xffa0], // halfwidth Hangul filler (blank)
  [0xfff9, 0xfffb], // interlinear annotation controls
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical symbol format controls
  [0xe0000, 0xe0fff], // tag characters (E0000–E007F) and variation selectors 17–256
];

/** Zero-width joiner: badged except inside emoji ZWJ sequences. */
export const ZWJ = 0x200d;

/** True when `cp` must be shown as a `<U+XXXX>` badge rather than rendered. */
export function isInvisible(cp: number): boolean {
  if (cp < 0xad) return false;
  for (const [first, last] of INVISIBLE_RANGES) {
    if (cp < first) return false;
    if (cp <= last) return true;
  }
  return false;
}

/** `<U+202E>`: uppercase hex, at least four digits. */
export function badge(cp: number): string {
  return `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
}

const MARK = /^\p{M}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** Combining mark (Mn, Mc, Me); none exist below U+0300, which keeps Latin text off the regex. */
export function isMark(cp: number): boolean {
  return cp >= 0x300 && MARK.test(String.fromCodePoint(cp));
}

/** Extended_Pictographic (emoji and friends); the first one is U+00A9. */
export function isPictographic(cp: number): boolean {
  return cp >= 0xa9 && PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

/** Emoji skin-tone modifiers, which may sit between an emoji and a ZWJ. */
export function isEmojiModifier(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

function classEscape(cp: number): string {
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** Character-class body (no brackets) matching every invisible code point; needs the `u` flag. */
export const INVISIBLE_CLASS = INVISIBLE_RANGES.map(([a, b]) =>
  a === b ? classEscape(a) : `${classEscape(a)}-${classEscape(b)}`,
).join('');
