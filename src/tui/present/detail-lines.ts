import type { TimeMode } from '../../core/time-format.js';
import type { TimelineRow } from '../../core/timeline.js';
import { techniqueById } from '../../model/attack.js';
import { wrap } from '../../text/index.js';
import { shownText } from './display-text.js';
import { entityText, labelledLines, sourceText, tacticText, whenText } from './event-text.js';
import type { IncidentStyle } from './incident-style.js';
import { span, type Line, type Span } from './spans.js';

/** The detail pane's field labels: 11 columns wide, on their own line below 36 columns. */
const LABELS = { labelWidth: 11, narrowBelow: 36 };

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
    lines.push(...labelledLines(label, values, width, { ...LABELS, valueStyle }));
  };
  field('When', [whenText(time, mode, origin), ...(time.zone ? [`given in ${time.zone}`] : []), ...(time.text ? [`"${time.text}"`] : [])]);
  field('Incident', [`${style?.tag ?? ''} ${incident.title}`.trim()], style ? { color: style.color } : {});
  field('Stage', [event.confidence ? `${event.stage}, ${event.confidence}` : event.stage]);
  const tactics = event.tactics ?? [];
  if (tactics.length) field('Tactics', tactics.map(tacticText));
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
