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
  // Per group: the rows naming it, as row * 2 + (inferred ? 1 : 0), in row order.
  private readonly byGroup: WordIds[];
  // Per row (in order): where its entries start in `entries`; entries are group * 2 + inferred.
  private readonly rowStarts = new WordIds();
  private readonly entries = new WordIds();
  // The role a link gives, by entry.
  private readonly roles = new Map<number, string>();
  private readonly mentionLists = new Map<number, readonly EntityMention[]>();
  private readonly rowLists = new Map<number, readonly RowEntity[]>();

  constructor(
    groups: number,
    private readonly rows: readonly TimelineRow[],
    private readonly keys: readonly string[],
  ) {
    this.byGroup = Array.from({ length: groups }, () => new WordIds());
  }

  /** Starts the entries of the next row, `row` (rows come in order, from 0). */
  startRow(row: number): void {
    while (this.rowStarts.length <= row) this.rowStarts.push(this.entries.length);
  }

  /** Records that the current row `row` names group `g` (once per row and group). */
  add(row: number, g: number, inferred: boolean, role?: string): void {
    if (role) this.roles.set(this.entries.length, role);
    this.entries.push(g * 2 + (inferred ? 1 : 0));
    this.byGroup[g]!.push(row * 2 + (inferred ? 1 : 0));
  }

  /** The rows naming group `g`, in timeline order. */
  mentionsOf(g: number): readonly EntityMention[] {
    const list = this.byGroup[g];
    if (!list) return NO_MENTIONS;
    let mentions = this.mentionLists.get(g);
    if (!mentions) {
      mentions = Array.from(list.ids.subarray(0, list.length), (code) => ({ rowKey: this.rows[code >> 1]!.key, inferred: (code & 1) === 1 }));
      this.mentionLists.set(g, mentions);
    }
    return mentions;
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
