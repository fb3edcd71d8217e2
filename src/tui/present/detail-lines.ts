import { formatOffset, formatTime, type TimeMode } from '../../core/time-format.js';
import type { ResolvedTime } from '../../core/time.js';
import type { TimelineRow } from '../../core/timeline.js';
import { tacticByShortname, techniqueById } from '../../model/attack.js';
import type { EntityLink } from '../../model/incident.js';
import { wrap } from '../../text/index.js';
import { shownText } from './display-text.js';
import type { IncidentStyle } from './incident-style.js';
import { span, type Line, type Span } from './spans.js';

const LABEL_WIDTH = 11;

/** How the detail pane shows an event beyond its data. */
export interface DetailOptions {
  /** The entities it involves as the entity index found them ("Smarsh (owner)", "Signal (inferred)"); else the data's links. */
  entities?: readonly string[];
  /** Show indicators in the title and description as written instead of defanged. */
  fanged?: boolean;
}

/** Everything the detail pane says about one event, as lines wrapped to `width`. */
export function detailLines(row: TimelineRow | undefined, width: number, mode: TimeMode, style: IncidentStyle | undefined, options: DetailOptions = {}): Line[] {
  if (!row) return [[span('No event in view. Press x to clear the filters.', { dim: true })]];
  const { event, incident, time, origin } = row;
  const fanged = options.fanged === true;
  const lines: Line[] = wrap(shownText(event.title, fanged), width).map((text) => [span(text, { bold: true })]);
  const field = (label: string, values: readonly string[], valueStyle: Omit<Span, 'text'> = {}) => {
    lines.push(...labelled(label, values, width, valueStyle));
  };
  field('When', [whenText(time, mode, origin), ...(time.zone ? [`given in ${time.zone}`] : []), ...(time.text ? [`"${time.text}"`] : [])]);
  field('Incident', [`${style?.tag ?? ''} ${incident.title}`.trim()], style ? { color: style.color } : {});
  field('Stage', [event.confidence ? `${event.stage}, ${event.confidence}` : event.stage]);
  const tactics = event.tactics ?? [];
  if (tactics.length) field('Tactics', tactics.map((s) => { const t = tacticByShortname(s); return t ? `${t.id} ${t.name}` : s; }));
  const techniques = event.techniques ?? [];
  if (techniques.length) field('Techniques', techniques.map((id) => `${id} ${techniqueById(id)?.name ?? '(not in ATT&CK v19.1)'}`));
  if (event.description) {
    lines.push([]);
    for (const text of wrap(shownText(event.description, fanged), width)) lines.push([span(text)]);
  }
  const entities = options.entities ?? (event.entities ?? []).map((link) => entityText(link, row));
  const sources = (event.sources ?? []).map((id) => sourceText(id, row));
  if (entities.length || sources.length) lines.push([]);
  if (entities.length) field('Entities', entities);
  if (sources.length) field('Sources', sources);
  return lines;
}

/** "label  value" with the values wrapped beside the label; on narrow panes the label gets its own line. */
function labelled(label: string, values: readonly string[], width: number, valueStyle: Omit<Span, 'text'>): Line[] {
  const narrow = width < 36;
  const valueWidth = narrow ? width : width - LABEL_WIDTH;
  const out: Line[] = narrow ? [[span(label, { dim: true })]] : [];
  values.forEach((value) => {
    for (const text of wrap(value, Math.max(1, valueWidth))) {
      const first = !narrow && out.length === 0;
      const prefix = narrow ? [] : [span(first ? label.padEnd(LABEL_WIDTH) : ' '.repeat(LABEL_WIDTH), { dim: true })];
      out.push([...prefix, span(text, valueStyle)]);
    }
  });
  return out;
}

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

function entityText(link: EntityLink, row: TimelineRow): string {
  const ref = typeof link === 'string' ? link : link.ref;
  const entity = row.incident.entities?.find((e) => e.id === ref);
  const role = typeof link === 'string' ? undefined : link.role;
  const roles = role ? [role] : (entity?.roles ?? []);
  const name = entity?.name ?? ref;
  return roles.length ? `${name} (${roles.join(', ')})` : name;
}

function sourceText(id: string, row: TimelineRow): string {
  const source = row.incident.sources.find((s) => s.id === id);
  if (!source) return id;
  return [source.publisher, source.date, `"${source.title}"`].filter(Boolean).join(', ');
}
