import { formatTime, type TimeMode } from '../../core/time-format.js';
import type { ResolvedTime } from '../../core/time.js';
import type { TimelineRow } from '../../core/timeline.js';
import { displayWidth } from '../../text/index.js';

/**
 * The time column's text per row and time mode, each formatted once (when first shown) and kept,
 * so scrolling never formats a date twice and switching modes costs only what is on screen.
 */
export class TimeColumn {
  private readonly texts: (string | undefined)[][] = [];
  private readonly widths: (number | undefined)[] = [];

  constructor(
    private readonly rows: readonly TimelineRow[],
    private readonly modes: readonly TimeMode[],
  ) {}

  /** The time of row `index` as shown in mode `mode` (an index into the modes). */
  text(index: number, mode: number): string {
    const texts = (this.texts[mode] ??= []);
    let text = texts[index];
    if (text === undefined) {
      const row = this.rows[index];
      text = row ? formatTime(row.time, this.modes[mode] ?? { kind: 'utc' }, row.origin) : '';
      texts[index] = text;
    }
    return text;
  }

  /** The widest time text in this mode, in terminal cells, so the column does not change width while scrolling. */
  width(mode: number): number {
    let width = this.widths[mode];
    if (width === undefined) {
      width = this.modes[mode]?.kind === 'relative' ? this.widestOfAll(mode) : this.widestOfShapes(mode);
      this.widths[mode] = width;
    }
    return width;
  }

  // Offsets vary in length with their value, but cost no date formatting: measure them all.
  private widestOfAll(mode: number): number {
    let width = 0;
    for (let i = 0; i < this.rows.length; i++) width = Math.max(width, displayWidth(this.text(i, mode)));
    return width;
  }

  // Dates and times have fixed-width patterns, so one row per shape (precision, bound, range...) gives the widest.
  private widestOfShapes(mode: number): number {
    const seen = new Set<string>();
    let width = 0;
    this.rows.forEach((row, i) => {
      const shape = shapeOf(row.time);
      if (seen.has(shape)) return;
      seen.add(shape);
      width = Math.max(width, displayWidth(this.text(i, mode)));
    });
    return width;
  }
}

function shapeOf(t: ResolvedTime): string {
  if (!t.known) return 'unknown';
  const seconds = t.precision === 'instant' && /T\d\d:\d\d:\d\d/.test(t.at ?? '');
  const range = t.until !== undefined && Number.isFinite(t.latest);
  return `${t.precision}|${seconds}|${t.approximate}|${t.bound ?? ''}|${range}`;
}
