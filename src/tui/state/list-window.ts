import type { TimelineView } from '../../core/view.js';

/** What one list line holds: an event (by view position) or the separator before the unknown-time group. */
export type ListLine = { kind: 'row'; position: number } | { kind: 'unknown-separator' };

/** True when the view has events of unknown time, which sit after a separator line. */
export function hasUnknownGroup(view: TimelineView): boolean {
  return view.firstUnknown < view.rows.length;
}

/** Number of list lines: the rows plus the separator. */
export function lineCount(view: TimelineView): number {
  return view.rows.length + (hasUnknownGroup(view) ? 1 : 0);
}

/** The list line a view position is drawn on. */
export function lineOf(view: TimelineView, position: number): number {
  return position + (hasUnknownGroup(view) && position >= view.firstUnknown ? 1 : 0);
}

/** The content of list line `line`. */
export function lineAt(view: TimelineView, line: number): ListLine {
  if (!hasUnknownGroup(view) || line < view.firstUnknown) return { kind: 'row', position: line };
  if (line === view.firstUnknown) return { kind: 'unknown-separator' };
  return { kind: 'row', position: line - 1 };
}

/**
 * The first line to show so the selected row is visible, scrolling as little as possible
 * (and showing the separator with the first event of unknown time).
 */
export function scrollTo(view: TimelineView, cursor: number, top: number, height: number): number {
  const line = lineOf(view, cursor);
  const upper = hasUnknownGroup(view) && cursor === view.firstUnknown ? line - 1 : line;
  let next = top;
  if (upper < next) next = upper;
  if (line >= next + height) next = line - height + 1;
  return Math.max(0, Math.min(next, lineCount(view) - height));
}
