import type { TimelineRow } from '../timeline.js';
import type { Tally } from './merge.js';
import type { MentionTable } from './mention-table.js';
import type { PhraseMatcher } from './phrase-matcher.js';
import type { RowLookup } from './row-lookup.js';
import { WordIds } from './vocabulary.js';
import type { WordPostings } from './word-postings.js';
import type { SplitTexts } from './word-split.js';

/** What reading the rows fills in, and what it reads them with. */
export interface RowReading {
  /** Each incident's entity ids, resolved to their group. */
  localIds: readonly Map<string, number>[];
  /** Per group, what each incident says of it. */
  tallies: readonly Map<number, Tally>[];
  mentions: MentionTable;
  rowLookup: RowLookup;
  eventWords: WordPostings;
  matcher: PhraseMatcher;
  texts: SplitTexts;
}

/**
 * Reads the timeline's rows one by one: the entities each links and names, and its words. A
 * small method of its own, called per row, is compiled early and whole; the same loop inside the
 * long index builder ran partly unoptimised.
 */
export class RowReader {
  private readonly textIds = new WordIds();
  private readonly named: number[] = [];
  private readonly foundGroups: number[] = [];

  constructor(private readonly reading: RowReading) {}

  /** Reads row `rowIndex` (rows must come in order, from 0). */
  read(row: TimelineRow, rowIndex: number): void {
    const { localIds, mentions, rowLookup, texts } = this.reading;
    mentions.startRow(rowIndex);
    this.foundGroups.length = 0;
    const local = localIds[row.incidentIndex];
    const links = row.event.entities ?? [];
    for (let l = 0; l < links.length; l++) {
      const link = links[l]!;
      const g = local?.get(typeof link === 'string' ? link : link.ref);
      if (g !== undefined) this.note(row, rowIndex, g, false, typeof link === 'string' ? undefined : link.role);
    }
    // The event's text is split into words once, for mentions here and for the search prefilter.
    this.named.length = 0;
    const split = texts.wordSplit;
    const event = texts.eventOf(row.incidentIndex, row.eventIndex);
    if (split && event >= 0) this.readSplit(rowIndex, split.ids, split.eventBounds, event);
    else this.readText(row, rowIndex);
    for (const g of this.named) this.note(row, rowIndex, g, true);
    rowLookup.set(row.incidentIndex, row.eventIndex, rowIndex);
  }

  private readSplit(rowIndex: number, ids: Int32Array, bounds: Int32Array, event: number): void {
    const { eventWords, matcher } = this.reading;
    const start = bounds[event * 2]!;
    const middle = bounds[event * 2 + 1]!;
    const end = bounds[event * 2 + 2]!;
    eventWords.addIds(rowIndex, ids, start, end);
    matcher.collectRange(ids, start, middle, this.named);
    matcher.collectRange(ids, middle, end, this.named);
  }

  private readText(row: TimelineRow, rowIndex: number): void {
    const { eventWords, matcher } = this.reading;
    eventWords.addText(rowIndex, row.event.title, this.textIds);
    matcher.collect(this.textIds, this.named);
    if (row.event.description) {
      eventWords.addText(rowIndex, row.event.description, this.textIds);
      matcher.collect(this.textIds, this.named);
    }
  }

  // Counts the row for group `g` (once per row) and keeps the role a link gives.
  private note(row: TimelineRow, rowIndex: number, g: number, inferred: boolean, role?: string): void {
    const tally = tallyOf(this.reading.tallies[g]!, row.incidentIndex);
    if (role) tally.roles.add(role);
    if (this.foundGroups.includes(g)) return;
    this.foundGroups.push(g);
    tally.rows.push(row);
    if (inferred) tally.inferred++;
    else tally.linked++;
    this.reading.mentions.add(rowIndex, g, inferred, role);
  }
}

/** The tally of one group in one incident, made on first need. */
export function tallyOf(tallies: Map<number, Tally>, incidentIndex: number): Tally {
  let tally = tallies.get(incidentIndex);
  if (!tally) tallies.set(incidentIndex, (tally = { roles: new Set(), rows: [], linked: 0, inferred: 0 }));
  return tally;
}
