// A search result shows a window of a long description around its first match.
import { describe, expect, it } from 'vitest';
import { aroundMatch } from '../../src/tui/present/match-spans.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('aroundMatch', () => {
  it('opens the window on a whole character, never on the second half of a surrogate pair', () => {
    for (let pad = 0; pad < 4; pad++) {
      const text = `${'x'.repeat(pad)}${'𐀀'.repeat(20)}ygateway`;
      const first = text.indexOf('gateway');
      const around = aroundMatch(text, [[first, first + 6]]);
      expect(around.text).not.toMatch(LONE_SURROGATE);
      expect(around.text.startsWith('…')).toBe(true);
      const [[start, end]] = around.ranges as [[number, number]];
      expect(around.text.slice(start, end + 1)).toBe('gateway');
    }
  });
});
