import { Chalk } from 'chalk';
import type { TimelineRow } from '../core/timeline.js';
import { displayWidth, padEnd } from '../text/index.js';
import { rowFields, type TimelineRenderOptions } from './timeline-fields.js';

/** Options of the plain-text timeline: time display and colour depth (0 = none). */
export interface TextTimelineOptions extends TimelineRenderOptions {
  colorLevel?: 0 | 1 | 2 | 3;
}

const HEADER = ['TIME', 'INC', 'TACTICS', 'STAGE', 'EVENT'];
// A rare long value (a minute range, five tactics) should not widen every row: past these caps
// the column stops growing and only that row runs on.
const MAX_TIME_WIDTH = 23;
const MAX_TACTICS_WIDTH = 36;

/** The merged timeline as aligned plain-text columns, events of unknown time under their own heading. */
export function renderTimelineText(rows: readonly TimelineRow[], options: TextTimelineOptions = {}): string {
  const c = new Chalk({ level: options.colorLevel ?? 0 });
  // Colour is only a hint: every column reads the same without it.
  const styles = [c.dim, c.cyan, c.yellow, (s: string) => s, (s: string) => s];
  const cells = rows.map((row) => {
    const f = rowFields(row, options);
    return { known: f.known, values: [f.time, f.tag, f.tactics.join(', ') || '-', f.stage, f.title] };
  });
  const widths = HEADER.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r.values[i]!))));
  widths[0] = Math.min(widths[0]!, MAX_TIME_WIDTH);
  widths[2] = Math.min(widths[2]!, MAX_TACTICS_WIDTH);
  const line = (values: readonly string[], style: boolean) =>
    values
      .map((v, i) => {
        const shown = i === values.length - 1 || displayWidth(v) > widths[i]! ? v : padEnd(v, widths[i]!);
        return style ? styles[i]!(shown) : shown;
      })
      .join('  ')
      .trimEnd();
  const out = [c.bold(line(HEADER, false))];
  let unknownShown = false;
  for (const row of cells) {
    if (!row.known && !unknownShown) {
      out.push(c.dim('-- time unknown --'));
      unknownShown = true;
    }
    out.push(line(row.values, true));
  }
  if (rows.length === 0) out.push(c.dim('(no events)'));
  return `${out.join('\n')}\n`;
}
