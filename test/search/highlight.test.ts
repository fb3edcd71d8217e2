import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/core/search/index.js';

const marked = (text: string, indices: [number, number][]) =>
  highlightSegments(text, indices)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlightSegments', () => {
  it('marks inclusive ranges and keeps the rest as it is', () => {
    expect(highlightSegments('Mike Waltz', [[5, 9]])).toEqual([
      { text: 'Mike ', match: false },
      { text: 'Waltz', match: true },
    ]);
    expect(marked('Smarsh', [[0, 1], [4, 5]])).toBe('[Sm]ar[sh]');
  });

  it('merges overlapping and touching ranges given in any order', () => {
    expect(marked('TeleMessage', [[4, 6], [0, 1], [2, 5]])).toBe('[TeleMes]sage');
    expect(marked('abcdef', [[3, 4], [0, 2]])).toBe('[abcde]f');
  });

  it('clips ranges that run past the text and ignores empty ones', () => {
    expect(marked('NBC', [[1, 10]])).toBe('N[BC]');
    expect(marked('NBC', [[-3, 0], [2, 1]])).toBe('[N]BC');
  });

  it('returns the whole text unmarked when nothing matched', () => {
    expect(highlightSegments('Signal', [])).toEqual([{ text: 'Signal', match: false }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', match: false }]);
  });
});

describe('highlightSegments and surrogate pairs', () => {
  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    const text = 'a𐀀b😀c';
    // fuse.js ranges count UTF-16 units: 1 is the pair's first half, 2 its second, 4 and 5 the emoji's.
    const segments = highlightSegments(text, [[2, 3], [5, 5]]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments).toEqual([
      { text: 'a', match: false },
      { text: '𐀀b😀', match: true },
      { text: 'c', match: false },
    ]);
    for (const s of segments) expect(s.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
