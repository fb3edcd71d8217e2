// Types of frame-diff.mjs, for the tests that import it.

/**
 * The bytes that turn a terminal showing the frame `before` into one showing `after` (each line
 * ending in a newline, the cursor at the start of the row below), leaving the cursor below
 * `after`; undefined for frames log-update must redraw whole.
 */
export function frameDifference(before: string, after: string, rows: number): string | undefined;
