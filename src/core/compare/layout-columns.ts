import { wrap, capitalise } from '../../text/index.js';
import type { ComparedAction, Comparison } from './compare.js';
import { actionLines, cell, kindLabel, sectionLine, spanText, type LayoutCell, type LayoutLine, type LineTarget, type ShowOptions } from './layout-lines.js';
import type { LayoutAction } from './layout.js';

/** Width of the left column holding measure names and kind labels. */
const LABEL_WIDTH = 18;
/** Narrowest an incident column may get before fewer fit on a page. */
const MIN_COLUMN_WIDTH = 18;
/** Most incident columns on one page. */
const MAX_COLUMNS = 6;

/** How many incident columns fit side by side in `width` columns (1 to 6). */
export function columnsPerPage(width: number): number {
  return Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width - LABEL_WIDTH) / (MIN_COLUMN_WIDTH + 1))));
}

/** Geometry of one page of columns. */
interface Page {
  width: number;
  /** Indexes of the incidents on this page. */
  columns: number[];
  columnWidth: number;
}

function pageGeometry(width: number, columns: number[]): Page {
  const columnWidth = Math.floor((width - LABEL_WIDTH) / Math.max(1, columns.length)) - 1;
  return { width, columns, columnWidth };
}

// Joins a label and one block of lines per column into screen lines, padding the short blocks.
function joinBlocks(page: Page, label: string[], blocks: LayoutCell[][][], targets: LineTarget[][][] = []): LayoutLine[] {
  const height = Math.max(label.length, ...blocks.map((b) => b.length), 1);
  const lines: LayoutLine[] = [];
  for (let i = 0; i < height; i++) {
    const cells: LayoutCell[] = [cell(label[i] ?? '', LABEL_WIDTH, 'kind')];
    const lineTargets: LineTarget[] = [];
    blocks.forEach((block, b) => {
      cells.push(cell('', 1, 'text'), ...(block[i] ?? [cell('', page.columnWidth, 'text')]));
      lineTargets.push(...(targets[b]?.[i] ?? []));
    });
    const used = LABEL_WIDTH + blocks.length * (page.columnWidth + 1);
    if (used < page.width) cells.push(cell('', page.width - used, 'text'));
    lines.push({ cells, targets: lineTargets });
  }
  return lines;
}

/** The pinned heading: each incident's tag and title. */
function columnsHeader(comparison: Comparison, page: Page): LayoutLine[] {
  const blocks = page.columns.map((c) => {
    const { tag, title } = comparison.incidents[c]!;
    return [[cell(`${tag} ${title}`, page.columnWidth, 'title')]];
  });
  return joinBlocks(page, ['INCIDENT'], blocks).map(labelStyle('title'));
}

/** The body for one page of columns: durations, then each phase's rows; actions collected in reading order. */
export function columnsBody(comparison: Comparison, width: number, columns: number[], show: ShowOptions) {
  const page = pageGeometry(width, columns);
  const body: LayoutLine[] = [sectionLine('Durations', width)];
  for (const row of comparison.durations) {
    const blocks = columns.map((c) => {
      const span = row.cells[c]!;
      return wrap(spanText(span, page.columnWidth), page.columnWidth).map((text) => [cell(text, page.columnWidth, span.known ? 'duration' : 'unknown')]);
    });
    body.push(...joinBlocks(page, [row.label], blocks).map(labelStyle('label')));
  }
  const actions: LayoutAction[] = [];
  for (const group of comparison.phases) {
    const rows = group.rows.filter((r) => columns.some((c) => r.cells[c]!.length > 0));
    if (rows.length === 0) continue;
    body.push(sectionLine(capitalise(group.phase), width));
    for (const row of rows) {
      const blocks: LayoutCell[][][] = [];
      const targets: LineTarget[][][] = [];
      for (const c of columns) {
        const { block, blockTargets } = cellBlock(row.cells[c]!, c, page.columnWidth, actions, show);
        blocks.push(block);
        targets.push(blockTargets);
      }
      body.push(...joinBlocks(page, kindLabel(row, LABEL_WIDTH), blocks, targets));
    }
  }
  for (const line of body) if (show.selected !== undefined && line.targets.some((t) => t.action === show.selected)) line.selected = true;
  return { header: columnsHeader(comparison, page), body, actions };
}

function cellBlock(cellActions: ComparedAction[], column: number, width: number, actions: LayoutAction[], show: ShowOptions) {
  if (cellActions.length === 0) return { block: [[cell('—', width, 'muted')]], blockTargets: [] };
  const block: LayoutCell[][] = [];
  const blockTargets: LineTarget[][] = [];
  for (const action of cellActions) {
    const index = actions.length;
    actions.push({ action, column, ...(action.eventKey !== undefined && { eventKey: action.eventKey }) });
    const target: LineTarget = { action: index, ...(action.eventKey !== undefined && { eventKey: action.eventKey }) };
    for (const line of actionLines(action, index, width, show)) {
      block.push(line);
      blockTargets.push([target]);
    }
  }
  return { block, blockTargets };
}

function labelStyle(style: LayoutCell['style']) {
  return (line: LayoutLine): LayoutLine => ({ ...line, cells: [{ ...line.cells[0]!, style }, ...line.cells.slice(1)] });
}

