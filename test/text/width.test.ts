import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { displayWidth, padEnd, sanitize, truncate, wrap } from '../../src/text/index.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string) => [...segmenter.segment(s)].map((g) => g.segment);

// Equal to string-width, except emoji joined by ZWJ or a skin tone, which count wider (never narrower).
const SPLIT_EMOJI = /[\u200d\u{1f3fb}-\u{1f3ff}]/u;
function expectInkWidth(s: string): void {
  if (SPLIT_EMOJI.test(s)) expect(displayWidth(s)).toBeGreaterThanOrEqual(stringWidth(s));
  else expect(displayWidth(s)).toBe(stringWidth(s));
}

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['漢字', 4],
    ['ｶﾀｶﾅ', 4], // halfwidth katakana
    ['한국어', 6],
    ['😀', 2],
    // Sum of the parts: xterm, tmux and VTE draw each emoji of a ZWJ or skin-tone sequence apart.
    ['👨‍👩‍👧', 6],
    ['👩🏽‍💻', 6],
    ['🇯🇵', 2],
    ['é', 1], // e + combining acute
    ['a\u0301\u0301\u0301', 1],
    ['…', 1],
    ['<U+202E>', 8],
  ] as Array<[string, number]>)('%j is %i columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  it('agrees with string-width on arbitrary code points (no escape sequences)', () => {
    const codePoints = fc.array(fc.oneof(
      fc.integer({ min: 0x20, max: 0x10ffff }),
      fc.constantFrom(0x200d, 0x301, 0xfe0f, 0x1f3fd, 0x1f1ef, 0x1f1f5, 0x1100, 0x1161, 0x11a8, 0xac00, 0x0600, 0x0d4e, 0xff9e, 0x1f469),
    ), { maxLength: 20 });
    fc.assert(
      fc.property(codePoints, (cps) => {
        const s = cps.filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCodePoint(cp)).join('').replace(/[\x1b\x9b]/g, '');
        expectInkWidth(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with string-width (what Ink measures)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expectInkWidth(s);
      }),
    );
  });
});

describe('truncate', () => {
  it.each([
    ['hello world', 5, 'hell…'],
    ['hello', 5, 'hello'],
    ['hello', 10, 'hello'],
    ['hello', 1, '…'],
    ['hello', 0, ''],
    ['hello', -3, ''],
    ['漢字漢字', 4, '漢…'],
    ['漢字漢字', 5, '漢字…'],
    ['漢字', 4, '漢字'],
    ['😀😀😀', 4, '😀…'],
    ['👨‍👩‍👧👨‍👩‍👧', 7, '👨‍👩‍👧…'],
    ['a' + '\u0301'.repeat(8) + 'bcd', 2, 'a' + '\u0301'.repeat(8) + '…'],
  ] as Array<[string, number, string]>)('%j to %i', (s, w, expected) => {
    expect(truncate(s, w)).toBe(expected);
  });

  it('never exceeds the width and never splits a grapheme', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer({ min: -2, max: 40 }), (s, w) => {
        const out = truncate(s, w);
        expect(displayWidth(out)).toBeLessThanOrEqual(Math.max(0, w));
        const kept = out.endsWith('…') && out !== s ? out.slice(0, -1) : out;
        expect(s.startsWith(kept)).toBe(true);
        // The kept part ends on a grapheme boundary of the original.
        const prefix = graphemes(s).reduce<string[]>((acc, g) => [...acc, (acc.at(-1) ?? '') + g], ['']);
        expect(prefix).toContain(kept);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves a lone surrogate', () => {
    expect(truncate('a😀b', 2)).toBe('a…');
    expect(truncate('😀😀', 3)).toBe('😀…');
    expect(truncate('漢', 1)).toBe('…');
  });
});

describe('padEnd', () => {
  it.each([
    ['ab', 5, 'ab   '],
    ['abcdef', 4, 'abc…'],
    ['漢字', 5, '漢字 '],
    ['漢字漢', 5, '漢字…'],
    ['漢字漢', 4, '漢… '],
    ['x', 0, ''],
  ] as Array<[string, number, string]>)('%j to %i', (s, w, expected) => {
    expect(padEnd(s, w)).toBe(expected);
  });

  it('is always exactly the width', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer({ min: 0, max: 40 }), (s, w) => {
        expect(displayWidth(padEnd(s, w))).toBe(w);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wrap', () => {
  it('wraps at spaces', () => {
    expect(wrap('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('keeps short lines and existing newlines, including blank ones', () => {
    expect(wrap('a\n\nb c', 10)).toEqual(['a', '', 'b c']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('hard-breaks words longer than the width', () => {
    expect(wrap('see https://evil.example/very/long/path ok', 10)).toEqual([
      'see',
      'https://ev',
      'il.example',
      '/very/long',
      '/path ok',
    ]);
  });

  it('breaks CJK by columns, never mid-character', () => {
    expect(wrap('漢字漢字漢', 4)).toEqual(['漢字', '漢字', '漢']);
    expect(wrap('漢字漢字漢', 5)).toEqual(['漢字', '漢字', '漢']);
    expect(wrap('漢字漢字漢', 7)).toEqual(['漢字漢', '字漢']);
  });

  it('keeps indentation on the first line only when it fits', () => {
    expect(wrap('  indented text here', 10)).toEqual(['  indented', 'text here']);
  });

  it('handles a grapheme wider than the width', () => {
    expect(wrap('漢', 1)).toEqual(['…']);
    expect(wrap('abc', 0)).toEqual([]);
  });

  it('every line fits, and no non-space text is lost', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(' ', '  ', '\n', 'word')), { maxLength: 15 }),
        fc.integer({ min: 2, max: 30 }),
        (parts, w) => {
          const s = sanitize(parts.join('')); // wrap expects sanitised text
          const lines = wrap(s, w);
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(w);
          const wide = graphemes(s).some((g) => displayWidth(g) > w);
          if (!wide) expect(lines.join('').replace(/[ \n]/g, '')).toBe(s.replace(/[ \n]/g, ''));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
