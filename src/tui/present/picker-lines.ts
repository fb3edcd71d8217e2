import { NO_TACTIC } from '../../core/view.js';
import { TACTICS } from '../../model/attack.js';
import { displayWidth, padEnd, truncate } from '../../text/index.js';
import type { IncidentStyle } from './incident-style.js';
import { oneLine } from './list-columns.js';
import { span, type Line } from './spans.js';

/** One choice in a picker. */
export interface PickerItem {
  /** Short code before the name: a TA id or an incident tag. */
  code: string;
  name: string;
  count: number;
  chosen: boolean;
}

/** The 15 tactics in matrix order and the "no tactic" bucket, with their counts and ticks. */
export function tacticItems(counts: ReadonlyMap<string, number>, chosen: readonly string[]): PickerItem[] {
  const items = TACTICS.map((t) => ({ code: t.id, name: t.name, count: counts.get(t.shortname) ?? 0, chosen: chosen.includes(t.shortname) }));
  items.push({ code: '—', name: 'no tactic', count: counts.get(NO_TACTIC) ?? 0, chosen: chosen.includes(NO_TACTIC) });
  return items;
}

/** The loaded incidents with their counts and ticks. */
export function incidentItems(incidents: readonly IncidentStyle[], counts: readonly number[], chosen: readonly number[]): PickerItem[] {
  return incidents.map((s, i) => ({ code: s.tag, name: s.title, count: counts[i] ?? 0, chosen: chosen.includes(i) }));
}

/** The picker's window of lines: ">" and inverse on the cursor, "[x]" on chosen items, counts right-aligned. */
export function pickerLines(items: readonly PickerItem[], cursor: number, height: number, width: number): Line[] {
  const top = Math.max(0, Math.min(cursor - Math.floor(height / 2), items.length - height));
  const codeWidth = Math.max(0, ...items.map((i) => displayWidth(i.code)));
  const countWidth = Math.max(1, ...items.map((i) => String(i.count).length));
  return items.slice(top, top + height).map((item, k) => {
    const at = top + k === cursor;
    const head = `${at ? '>' : ' '} [${item.chosen ? 'x' : ' '}] ${padEnd(item.code, codeWidth)} `;
    const count = ` ${String(item.count).padStart(countWidth)} `;
    const nameWidth = Math.max(0, width - displayWidth(head) - count.length);
    const name = padEnd(truncate(oneLine(item.name), nameWidth), nameWidth);
    const style = { inverse: at, bold: at || item.chosen, dim: item.count === 0 && !at };
    return [span(head, style), span(name, style), span(count, style)];
  });
}
