// The bundle measures "one-cell" characters without Unicode segmentation (string-width's fast
// path, and the frame differences' columns). That is only right while string-width, which Ink
// lays text out with, agrees that each of them takes one cell.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { ONE_CELL_RANGES, ONE_CELL_TEXT, isOneCell } from '../../scripts/one-cell.mjs';

describe('one-cell characters', () => {
  it('each is one cell wide to string-width', () => {
    const wider: string[] = [];
    for (const [from, to] of ONE_CELL_RANGES) {
      for (let c = from; c <= to; c++) if (stringWidth(String.fromCharCode(c)) !== 1) wider.push(c.toString(16));
    }
    expect(wider).toEqual([]);
  });

  it('the text pattern and the character test agree, and leave out the soft hyphen, marks and emoji', () => {
    const pattern = new RegExp(ONE_CELL_TEXT);
    expect(pattern.test('── detail · 9 more ↓ … ≤ é')).toBe(true);
    for (const text of ['\u00ad', 'e\u0301', '⌚', '世', '\u200b']) {
      expect(pattern.test(text), JSON.stringify(text)).toBe(false);
      expect([...text].every((ch) => isOneCell(ch.charCodeAt(0)))).toBe(false);
    }
  });
});
