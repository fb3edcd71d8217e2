import type { TimelineRow } from '../timeline.js';
import type { EntityMention, RowEntity } from './types.js';
import { WordIds } from './vocabulary.js';

const NO_MENTIONS: readonly EntityMention[] = [];
const NO_ENTITIES: readonly RowEntity[] = [];

/**
 * Which entity (group) each row names, kept as integers while the index is built: at 100k events
 * that is hundreds of thousands of small objects the build no longer makes. The objects callers
 * read are made for one entity or one row when asked for, and kept.
 */
export class MentionTable {
  // Per group: the rows naming it, as row * 2 + (inferred ? 1 : 0), in row order; grouped from
  // the entries on the first question (one typed array per entity would be 20,000 at 100k events).
  private byGroup: { starts: Int32Array; codes: Int32Array } | undefined;
  // Per row (in order): where its entries start in `entries`; entries are group * 2 + inferred.
  private readonly rowStarts = new WordIds();
  private readonly entries = new WordIds();
  // The role a link gives, by entry.
  private readonly roles = new Map<number, string>();
  private readonly mentionLists = new Map<number, readonly EntityMention[]>();
  private readonly rowLists = new Map<number, readonly RowEntity[]>();

  constructor(
    private readonly groups: number,
    private readonly rows: readonly TimelineRow[],
    private readonly keys: readonly string[],
  ) {}

  /** Starts the entries of the next row, `row` (rows come in order, from 0). */
  startRow(row: number): void {
    while (this.rowStarts.length <= row) this.rowStarts.push(this.entries.length);
  }

  /** Records that the current row `row` names group `g` (once per row and group). */
  add(row: number, g: number, inferred: boolean, role?: string): void {
    if (role) this.roles.set(this.entries.length, role);
    this.entries.push(g * 2 + (inferred ? 1 : 0));
  }

  /** The rows naming group `g`, in timeline order. */
  mentionsOf(g: number): readonly EntityMention[] {
    if (g < 0 || g >= this.groups) return NO_MENTIONS;
    let mentions = this.mentionLists.get(g);
    if (!mentions) {
      const { starts, codes } = this.grouped();
      mentions = Array.from(codes.subarray(starts[g]!, starts[g + 1]!), (code) => ({ rowKey: this.rows[code >> 1]!.key, inferred: (code & 1) === 1 }));
      this.mentionLists.set(g, mentions);
    }
    return mentions;
  }

  // Every row's entries grouped by entity (a counting sort: rows stay in order within each).
  private grouped(): { starts: Int32Array; codes: Int32Array } {
    if (this.byGroup) return this.byGroup;
    const starts = new Int32Array(this.groups + 1);
    const entries = this.entries.ids.subarray(0, this.entries.length);
    for (const entry of entries) starts[(entry >> 1) + 1]!++;
    for (let g = 0; g < this.groups; g++) starts[g + 1]! += starts[g]!;
    const next = starts.slice(0, this.groups);
    const codes = new Int32Array(entries.length);
    for (let row = 0; row < this.rowStarts.length; row++) {
      const end = row + 1 < this.rowStarts.length ? this.rowStarts.ids[row + 1]! : this.entries.length;
      for (let e = this.rowStarts.ids[row]!; e < end; e++) codes[next[entries[e]! >> 1]!++] = row * 2 + (entries[e]! & 1);
    }
    return (this.byGroup = { starts, codes });
  }

  /** The entities row `row` names: linked ones in the data's order, then inferred ones. */
  entitiesOf(row: number): readonly RowEntity[] {
    if (row < 0 || row >= this.rowStarts.length) return NO_ENTITIES;
    let found = this.rowLists.get(row);
    if (!found) {
      const end = row + 1 < this.rowStarts.length ? this.rowStarts.ids[row + 1]! : this.entries.length;
      const list: RowEntity[] = [];
      for (let e = this.rowStarts.ids[row]!; e < end; e++) {
        const code = this.entries.ids[e]!;
        const role = this.roles.get(e);
        list.push(role ? { key: this.keys[code >> 1]!, inferred: (code & 1) === 1, role } : { key: this.keys[code >> 1]!, inferred: (code & 1) === 1 });
      }
      this.rowLists.set(row, (found = list.length > 0 ? list : NO_ENTITIES));
    }
    return found;
  }
}
