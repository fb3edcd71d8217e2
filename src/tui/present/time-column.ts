import { formatTime, type TimeMode } from '../../core/time-format.js';
import type { TimelineRow } from '../../core/timeline.js';
import { displayWidth } from '../../text/index.js';

/**
 * The time column's text for every row, formatted once per load and time mode (the first time a
 * mode is shown), so scrolling never formats dates and the column width is stable.
 */
export class TimeColumn {
  private readonly texts: (string[] | undefined)[] = [];
  private readonly widths: number[] = [];

  constructor(
    private readonly rows: readonly TimelineRow[],
    private readonly modes: readonly TimeMode[],
  ) {}

  /** The time of row `index` as shown in mode `mode` (an index into the modes). */
  text(index: number, mode: number): string {
    return this.all(mode)[index] ?? '';
  }

  /** The widest time text in this mode, in terminal cells. */
  width(mode: number): number {
    this.all(mode);
    return this.widths[mode] ?? 0;
  }

  private all(mode: number): string[] {
    let texts = this.texts[mode];
    if (!texts) {
      const timeMode = this.modes[mode] ?? { kind: 'utc' };
      let width = 0;
      texts = this.rows.map((row) => {
        const text = formatTime(row.time, timeMode, row.origin);
        width = Math.max(width, displayWidth(text));
        return text;
      });
      this.texts[mode] = texts;
      this.widths[mode] = width;
    }
    return texts;
  }
}
