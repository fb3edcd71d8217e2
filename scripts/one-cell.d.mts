// Types of one-cell.mjs, for the tests that import it.

/** Inclusive code point ranges, each character one cell. */
export const ONE_CELL_RANGES: readonly (readonly [number, number])[];
/** True when the UTF-16 code unit `c` is a character of one cell. */
export function isOneCell(c: number): boolean;
/** Source of a regular expression matching a string made only of one-cell characters. */
export const ONE_CELL_TEXT: string;
