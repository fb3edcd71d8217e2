// Characters that take exactly one terminal cell as Ink lays text out (string-width with
// ambiguous characters narrow): printable ASCII, Latin letters and signs (not the soft hyphen),
// general punctuation such as "…", "·" and "–", arrows, maths signs and box drawing. The explorer's
// own frame is made of these, so the bundle measures them without Unicode segmentation; anything
// else takes the full path. test/perf/one-cell.test.ts checks every one against string-width.

/** Inclusive code point ranges, each character one cell. */
export const ONE_CELL_RANGES = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x2ff],
  [0x2010, 0x2027],
  [0x2190, 0x22ff],
  [0x2500, 0x259f],
];

/** True when the UTF-16 code unit `c` is a character of one cell. */
export function isOneCell(c) {
  for (const [from, to] of ONE_CELL_RANGES) if (c >= from && c <= to) return true;
  return false;
}

/** Source of a regular expression matching a string made only of one-cell characters. */
export const ONE_CELL_TEXT = `^[${ONE_CELL_RANGES.map(([from, to]) => `\\u${hex(from)}-\\u${hex(to)}`).join('')}]*$`;

function hex(c) {
  return c.toString(16).padStart(4, '0');
}
