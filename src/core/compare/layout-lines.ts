import { displayWidth, padEnd, truncate, wrap } from '../../text/index.js';
import type { ComparedAction, KindRow } from './compare.js';
import type { MeasuredSpan } from './measures.js';

/** What a piece of a line is, so a view can colour it (colour is a hint: the text says it all). */
export type CellStyle =
  | 'title'
  | 'section'
  | 'label'
  | 'kind'
  | 'offset'
  | 'text'
  | 'muted'
  | 'duration'
  | 'unknown'
  | 'status';

/** A run of text of one style; its text is already cut and padded to its columns. */
export interface LayoutCell {
  text: string;
  style: CellStyle;
  /** The index (in the layout's `actions`) of the action this cell shows, so a view can highlight the selected one. */
  action?: number;
}

/** An action a line shows, so the view can select it and jump to its timeline event. */
export interface LineTarget {
  /** Position in the layout's `actions` list. */
  action: number;
  /** "incidentId/eventId" when the action is a timeline event. */
  eventKey?: string;
}

/** One screen line: cells left to right, exactly the layout width wide. */
export interface LayoutLine {
  cells: LayoutCell[];
  /** The actions shown on this line (a columns line can show one per incident). */
  targets: LineTarget[];
  /** True when the selected action is on this line. */
  selected?: boolean;
}

/** Marks on a kind label: "◆" only one incident has it; "*" its kind was inferred from the text. */
export const UNIQUE_MARK = '◆';
/** Marks a kind inferred from an action's text rather than stated by the data. */
export const INFERRED_MARK = '*';

/** A cell of exactly `width` columns. */
export function cell(text: string, width: number, style: CellStyle): LayoutCell {
  return { text: padEnd(text, width), style };
}

/** A full-width section heading: "── Containment ─────". */
export function sectionLine(title: string, width: number): LayoutLine {
  const head = `── ${title} `;
  return { cells: [cell(truncate(head + '─'.repeat(Math.max(0, width - head.length)), width), width, 'section')], targets: [] };
}

/** The kind as a label: wrapped at its hyphens, then the marks. */
export function kindLabel(row: KindRow, width: number): string[] {
  const marks = `${row.inferred ? INFERRED_MARK : ''}${row.uniqueToOne ? ` ${UNIQUE_MARK}` : ''}`;
  // wrap() breaks at spaces only, so give it one after each hyphen and take it back out.
  return wrap(`${row.kind}${marks}`.replaceAll('-', '- '), width).map((line) => line.replaceAll('- ', '-'));
}

/** Which action is selected, and whether every action is shown whole (for print) or only that one. */
export interface ShowOptions {
  selected?: number;
  wholeText?: boolean;
}

/** Marks the selected action's first line. */
const SELECTED_MARK = '▶';

/** How many text lines an unselected action may take before it is cut with "…". */
const MAX_ACTION_LINES = 3;

/** Action `index`'s lines in a column: when it happened (offset or date), then its text, wrapped; cut unless shown whole. */
export function actionLines(action: ComparedAction, index: number, width: number, show: ShowOptions): LayoutCell[][] {
  // The selected action also starts with a marker, so the selection shows without colour or inverse.
  const when = index === show.selected ? `${SELECTED_MARK}${action.when}` : action.when;
  const lines = wrap(`${when} ${action.text}`, width);
  const whole = show.wholeText || index === show.selected || lines.length <= MAX_ACTION_LINES;
  const shown = whole ? lines : cutLines(lines, width);
  const of = (c: LayoutCell): LayoutCell => ({ ...c, action: index });
  return shown.map((line, i) => {
    if (i > 0 || !line.startsWith(when)) return [of(cell(line, width, 'text'))];
    const whenWidth = Math.min(when.length, width);
    return [of(cell(when, whenWidth, 'offset')), of(cell(line.slice(whenWidth), width - whenWidth, 'text'))];
  });
}

function cutLines(lines: string[], width: number): string[] {
  const kept = lines.slice(0, MAX_ACTION_LINES);
  // Append the ellipsis within the width even when the last kept line is already full.
  kept[MAX_ACTION_LINES - 1] = truncate(`${kept[MAX_ACTION_LINES - 1]} …`, width).replace(/ …$/, '…');
  return kept;
}

/** A duration with the kind of action it runs to ("~1 d · suspend-service") when that fits in `width`, else just the duration. */
export function spanText(span: MeasuredSpan, width = Infinity): string {
  const full = span.via ? `${span.display} · ${span.via.kind}${span.via.inferred ? INFERRED_MARK : ''}` : span.display;
  return displayWidth(full) <= width ? full : span.display;
}
