import type { TimelineRow } from '../../core/timeline.js';
import { tacticByShortname } from '../../model/attack.js';
import { padEnd, truncate, capitalise } from '../../text/index.js';
import { shownText } from './display-text.js';

/** Widths of the list's columns in cells; 0 means the column is not shown at this width. */
export interface ListColumns {
  time: number;
  tag: number;
  tactic: number;
  stage: number;
  title: number;
}

/** One row's cells, each cut with "…" and padded to its column's width. */
export interface RowCells {
  time: string;
  tag: string;
  /** The tactics; or, when the stage has no column of its own and the event no tactic, its stage. */
  tactic: string;
  stage: string;
  title: string;
  /** "*" when the event is marked, else a space: drawn in the gap before the title, so no column moves. */
  flag: string;
}

const GAP = 1;
const MARKER = 1;

/**
 * Shares the width out: the time and tag columns as wide as the data needs (within limits), the title
 * taking the rest. Below 100 columns the stage shares the tactic column (shown when an event has no
 * tactic, as in "Detection"); below 50 that column goes too, and the detail pane says it all.
 */
export function listColumns(width: number, timeWidth: number, tagWidth: number): ListColumns {
  const medium = width >= 50;
  const time = Math.min(Math.max(timeWidth, 4), width >= 70 ? 17 : medium ? 12 : 10);
  const tag = Math.min(Math.max(tagWidth, 1), medium ? 6 : 4);
  const tactic = width >= 70 ? 16 : medium ? 12 : 0;
  const stage = width >= 100 ? 9 : 0;
  const used = MARKER + time + GAP + tag + GAP + (tactic && tactic + GAP) + (stage && stage + GAP);
  return { time, tag, tactic, stage, title: Math.max(0, width - used) };
}

/** "Initial Access", "Initial Access +1", or "" for an event without tactics. */
function tacticLabel(tactics: readonly string[] | undefined): string {
  if (!tactics || tactics.length === 0) return '';
  const first = tacticByShortname(tactics[0]!)?.name ?? tactics[0]!;
  return tactics.length > 1 ? `${first} +${tactics.length - 1}` : first;
}

/** Text on one line: sanitised fields keep their line breaks, which a list row or label cannot show. */
export function oneLine(text: string): string {
  return text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text;
}

function fit(text: string, width: number): string {
  return width <= 0 ? '' : padEnd(truncate(oneLine(text), width), width);
}

/** The cells of one row, fitted to the columns. */
export function rowCells(row: TimelineRow, time: string, tag: string, columns: ListColumns, marked = false, fanged = false): RowCells {
  return {
    time: fit(time, columns.time),
    tag: fit(tag, columns.tag),
    tactic: fit(tacticLabel(row.event.tactics) || (columns.stage ? '' : capitalise(row.event.stage)), columns.tactic),
    stage: fit(row.event.stage, columns.stage),
    title: fit(shownText(row.event.title, fanged), columns.title),
    flag: marked ? '*' : ' ',
  };
}

/** The column header cells, fitted like the rows. */
export function headerCells(columns: ListColumns): RowCells {
  return {
    time: fit('TIME', columns.time),
    tag: fit('INC', columns.tag),
    tactic: fit(columns.stage ? 'TACTIC' : 'TACTIC/STAGE', columns.tactic),
    stage: fit('STAGE', columns.stage),
    title: fit('EVENT', columns.title),
    flag: ' ',
  };
}

