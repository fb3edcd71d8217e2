import { formatOffset, formatTime, type TimeMode } from '../../core/time-format.js';
import type { ResolvedTime } from '../../core/time.js';
import type { TimelineRow } from '../../core/timeline.js';
import { tacticByShortname } from '../../model/attack.js';
import type { EntityLink } from '../../model/incident.js';
import { wrap } from '../../text/index.js';
import { span, type Line, type Span } from './spans.js';

/** "2025-05-05 13:20 UTC (to the minute) · T+1d 4h from incident start". */
export function whenText(time: ResolvedTime, mode: TimeMode, origin: ResolvedTime): string {
  if (!time.known) return 'unknown time';
  const absolute = mode.kind === 'relative' ? { kind: 'utc' as const } : mode;
  const zone = time.precision === 'instant' ? ` ${absolute.kind === 'zone' ? absolute.zone : 'UTC'}` : '';
  const offset = origin.known ? ` · ${formatOffset(time, origin)} from incident start` : '';
  return `${formatTime(time, absolute)}${zone} (${fidelity(time)})${offset}`;
}

/** How precisely the time is known, in words. */
function fidelity(time: ResolvedTime): string {
  const words = [
    time.precision === 'instant'
      ? /T\d\d:\d\d:\d\d/.test(time.at ?? '') ? 'to the second' : 'to the minute'
      : time.precision === 'day' ? 'day' : time.precision === 'month' ? 'month only' : 'year only',
  ];
  if (time.approximate) words.push('approximate');
  if (time.bound) words.push(time.bound === 'before' ? 'on or before' : 'on or after');
  if (time.until !== undefined) words.push('range');
  return words.join(', ');
}

/** "TA0001 Initial Access" for a tactic shortname; the shortname itself when ATT&CK does not know it. */
export function tacticText(shortname: string): string {
  const t = tacticByShortname(shortname);
  return t ? `${t.id} ${t.name}` : shortname;
}

/** "Smarsh (owner)": the linked entity's name with the link's role, else the entity's own roles. */
export function entityText(link: EntityLink, row: TimelineRow): string {
  const ref = typeof link === 'string' ? link : link.ref;
  const entity = row.incident.entities?.find((e) => e.id === ref);
  const role = typeof link === 'string' ? undefined : link.role;
  const roles = role ? [role] : (entity?.roles ?? []);
  const name = entity?.name ?? ref;
  return roles.length ? `${name} (${roles.join(', ')})` : name;
}

/** 'NBC News, 2025-05-05, "Title"' for a source id of the row's incident; the id when it names none. */
export function sourceText(id: string, row: TimelineRow): string {
  const source = row.incident.sources.find((s) => s.id === id);
  if (!source) return id;
  return [source.publisher, source.date, `"${source.title}"`].filter(Boolean).join(', ');
}

/** Where a labelled field puts its label: a column `labelWidth` wide, or its own line below `narrowBelow` columns. */
export interface LabelLayout {
  labelWidth: number;
  narrowBelow: number;
  valueStyle?: Omit<Span, 'text'>;
}

/** "label  value" with the values wrapped beside the label (dim); when narrow the label gets its own line. */
export function labelledLines(label: string, values: readonly string[], width: number, layout: LabelLayout): Line[] {
  const { labelWidth, valueStyle = {} } = layout;
  const narrow = width < layout.narrowBelow;
  const valueWidth = narrow ? width : width - labelWidth;
  const out: Line[] = narrow ? [[span(label, { dim: true })]] : [];
  for (const value of values) {
    for (const text of wrap(value, Math.max(1, valueWidth))) {
      const head = narrow ? [] : [span(out.length === 0 ? label.padEnd(labelWidth) : ' '.repeat(labelWidth), { dim: true })];
      out.push([...head, span(text, valueStyle)]);
    }
  }
  return out;
}
