import { Chalk, type ChalkInstance } from 'chalk';
import type { Comparison } from '../core/compare/compare.js';
import { compareLegend, layoutComparison, type CellStyle, type LayoutLine } from '../core/compare/layout.js';

/** Options of the plain-text comparison: width to fit and colour depth (0 = none). */
export interface TextCompareOptions {
  width: number;
  colorLevel?: 0 | 1 | 2 | 3;
}

// The text form prints the whole body and never scrolls, so the screen window's height is moot.
const WINDOW = 3;

/**
 * The comparison as plain text fitting `width`: the screen layout, page after page of incident
 * columns (or stacked below 60 columns), each page with its own headings and durations.
 */
export function renderCompareText(comparison: Comparison, options: TextCompareOptions): string {
  const c = new Chalk({ level: options.colorLevel ?? 0 });
  const first = layoutComparison(comparison, { width: options.width, height: WINDOW, wholeText: true });
  const { perPage, total } = first.columns;
  // Column headings have room for a few characters of each title; the list gives them whole.
  const out: string[] = comparison.incidents.map((i) => `${c.bold(i.tag)}  ${i.title} (${i.id})`);
  out.push('');
  for (let offset = 0; offset < Math.max(total, 1); offset += perPage) {
    const page =
      offset === 0 ? first : layoutComparison(comparison, { width: options.width, height: WINDOW, columnOffset: offset, partialPages: true, wholeText: true });
    const { count } = page.columns;
    if (page.mode === 'columns' && count < total) {
      out.push(c.bold(count === 1 ? `Incident ${offset + 1} of ${total}` : `Incidents ${offset + 1}–${offset + count} of ${total}`));
    }
    out.push(...[...page.header, ...page.body].map((line) => render(line, c)));
    out.push('');
  }
  while (out.at(-1) === '') out.pop();
  const legend = compareLegend(comparison);
  if (legend.length > 0) out.push('', c.dim(legend.join('  ·  ')));
  return `${out.join('\n')}\n`;
}

function render(line: LayoutLine, c: ChalkInstance): string {
  // Trailing padding is for the screen; in a file or pipe it is only noise.
  const cells = [...line.cells];
  while (cells.length > 0 && cells.at(-1)!.text.trim() === '') cells.pop();
  const last = cells.length - 1;
  return cells.map((cell, i) => style(cell.style, c)(i === last ? cell.text.trimEnd() : cell.text)).join('');
}

// Colour is a hint only: the text reads the same without it.
function style(kind: CellStyle, c: ChalkInstance): (s: string) => string {
  switch (kind) {
    case 'title':
    case 'section':
      return c.bold;
    case 'offset':
      return c.cyan;
    case 'duration':
      return c.green;
    case 'muted':
    case 'unknown':
    case 'status':
      return c.dim;
    default:
      return (s) => s;
  }
}
