import type { ComparedAction, Comparison } from './compare.js';
import { columnsBody, columnsPerPage } from './layout-columns.js';
import { cell, INFERRED_MARK, UNIQUE_MARK, type LayoutLine } from './layout-lines.js';
import { stackedBody } from './layout-stacked.js';

export { UNIQUE_MARK, INFERRED_MARK, type CellStyle, type LayoutCell, type LayoutLine, type LineTarget } from './layout-lines.js';
export { columnsPerPage } from './layout-columns.js';

/** Below this width incidents are stacked one below the other instead of side by side. */
const STACK_BELOW_WIDTH = 60;

/** Where the comparison is drawn and which part of it is in view. */
export interface LayoutOptions {
  width: number;
  height: number;
  /** Index of the first incident column in view (horizontal paging); clamped. */
  columnOffset?: number;
  /** Let the last page have fewer columns; by default paging past the end shows the last full page. */
  partialPages?: boolean;
  /** First body line in view (vertical scrolling); clamped, and moved to keep the selection in view. */
  scroll?: number;
  /** Index into the layout's `actions` of the selected action: shown in full and kept in view. */
  selected?: number;
  /** Show every action's text whole instead of cutting long ones at three lines (for print). */
  wholeText?: boolean;
}

/** A selectable action of the layout, in reading order. */
export interface LayoutAction {
  action: ComparedAction;
  /** Index of its incident in the comparison. */
  column: number;
  eventKey?: string;
}

/** The comparison laid out for a screen of `width` x `height`. */
export interface ComparisonLayout {
  mode: 'columns' | 'stacked';
  /** Which incidents are in view: `first`, `count` of `total`; `perPage` fit side by side. */
  columns: { first: number; count: number; total: number; perPage: number };
  /** Lines pinned above the body (the incident headings); empty when stacked. */
  header: LayoutLine[];
  /** Every body line; `visible` holds the window of it in view. */
  body: LayoutLine[];
  /** The status line: paging position and what the marks mean. */
  footer: LayoutLine;
  /** The first body line in view, after clamping. */
  scroll: number;
  /** Body lines that fit between header and footer. */
  bodyHeight: number;
  /** What to draw, top to bottom: header, the body window (blank-padded), footer; exactly `height` lines. */
  visible: LayoutLine[];
  /** The actions in view, in reading order; `selected` indexes this. */
  actions: LayoutAction[];
}

/** Lays the comparison out: incidents as columns (paged) from 60 columns up, stacked below that. */
export function layoutComparison(comparison: Comparison, options: LayoutOptions): ComparisonLayout {
  const width = Math.max(20, Math.floor(options.width));
  // No terminal is taller; the cap keeps the blank padding below a short body finite.
  const height = Math.min(10_000, Math.max(3, Math.floor(options.height)));
  const total = comparison.incidents.length;
  const mode = width < STACK_BELOW_WIDTH ? 'stacked' : 'columns';
  const perPage = mode === 'stacked' ? total : columnsPerPage(width);
  const lastFirst = Math.max(0, options.partialPages ? total - 1 : total - perPage);
  const first = mode === 'stacked' ? 0 : clamp(options.columnOffset ?? 0, 0, lastFirst);
  const count = Math.min(perPage, total - first);
  const inView = Array.from({ length: count }, (_, i) => first + i);
  const { header, body, actions } =
    mode === 'stacked' ? stackedBody(comparison, width, options) : columnsBody(comparison, width, inView, options);
  const footer = footerLine(comparison, width, { first, count, total }, mode);
  const bodyHeight = Math.max(1, height - header.length - 1);
  const scroll = keepSelectionInView(body, clamp(options.scroll ?? 0, 0, Math.max(0, body.length - bodyHeight)), bodyHeight);
  const window = body.slice(scroll, scroll + bodyHeight);
  // Blank lines below a short body keep the status line on the last row.
  const blank: LayoutLine = { cells: [cell('', width, 'text')], targets: [] };
  const padding = Array.from({ length: bodyHeight - window.length }, () => blank);
  const visible = [...header, ...window, ...padding, footer].slice(0, height);
  return { mode, columns: { first, count, total, perPage }, header, body, footer, scroll, bodyHeight, visible, actions };
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.floor(n)));
}

// Moves the window as little as possible so every line of the selected action shows (its top first).
function keepSelectionInView(body: LayoutLine[], scroll: number, bodyHeight: number): number {
  const firstSelected = body.findIndex((line) => line.selected);
  if (firstSelected < 0) return scroll;
  let lastSelected = firstSelected;
  while (body[lastSelected + 1]?.selected) lastSelected++;
  if (lastSelected >= scroll + bodyHeight) scroll = lastSelected - bodyHeight + 1;
  if (firstSelected < scroll) scroll = firstSelected;
  return scroll;
}

function footerLine(
  comparison: Comparison,
  width: number,
  { first, count, total }: { first: number; count: number; total: number },
  mode: ComparisonLayout['mode'],
): LayoutLine {
  const parts = [
    mode === 'columns' && count < total ? `incidents ${first + 1}–${first + count} of ${total}  ←/→ more` : `${total} incident${total === 1 ? '' : 's'}`,
    ...compareLegend(comparison),
  ];
  return { cells: [cell(parts.join('  ·  '), width, 'status')], targets: [] };
}

/** What the marks in this comparison mean, for those it uses: "◆ only one incident", "* kind inferred from text". */
export function compareLegend(comparison: Comparison): string[] {
  const rows = comparison.phases.flatMap((p) => p.rows);
  return [
    ...(rows.some((r) => r.uniqueToOne) ? [`${UNIQUE_MARK} only one incident`] : []),
    ...(rows.some((r) => r.inferred) ? [`${INFERRED_MARK} kind inferred from text`] : []),
  ];
}
