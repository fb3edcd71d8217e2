import type { EntityCard } from '../../core/entities/index.js';
import { formatTime, type TimeMode } from '../../core/time-format.js';
import { incidentOrigin } from '../../core/timeline.js';
import type { Incident } from '../../model/incident.js';
import { wrap } from '../../text/index.js';
import { labelledLines } from './event-text.js';
import type { IncidentStyle } from './incident-style.js';
import { oneLine } from './list-columns.js';
import { span, type Line, type Span } from './spans.js';

/** What the card needs besides the entity: the incidents (styles and data, in load order) and the time mode. */
export interface CardFacts {
  styles: readonly IncidentStyle[];
  incidents: readonly Incident[];
  mode: TimeMode;
}

/** The card's field labels: 9 columns wide, on their own line below 30 columns. */
const LABELS = { labelWidth: 9, narrowBelow: 30 };

/**
 * The entity card: name, kind, titles and aliases, its events in all, then per incident (in
 * order of its first event there) its roles, first and last event time at the data's fidelity
 * and its events, linked and inferred. Wrapped to `width`.
 */
export function entityCardLines(card: EntityCard | undefined, facts: CardFacts, width: number): Line[] {
  if (!card) return [[span('This entity is not in the loaded incidents.', { dim: true })]];
  const lines: Line[] = wrap(oneLine(card.name), width).map((t) => [span(t, { bold: true })]);
  const field = (label: string, value: string, style: Omit<Span, 'text'> = {}) => lines.push(...labelledLines(label, [value], width, { ...LABELS, valueStyle: style }));
  field('Kind', card.kind);
  for (const title of card.titles) field('Title', oneLine(title));
  if (card.aliases.length) field('Aliases', card.aliases.map(oneLine).join(', '));
  field('Events', `${counts(card.totals)} in ${card.incidents.length} incident${card.incidents.length === 1 ? '' : 's'}`);
  for (const p of card.incidents) {
    const style = facts.styles[p.incidentIndex];
    const incident = facts.incidents[p.incidentIndex];
    const origin = incident ? incidentOrigin(incident) : undefined;
    const when = (t: typeof p.firstTime) => (t ? formatTime(t, facts.mode, origin) : '—');
    lines.push([]);
    for (const [i, text] of wrap(`${style?.tag ?? ''} ${oneLine(p.incidentTitle)}`.trim(), width).entries()) {
      lines.push([span(text, { bold: true, ...(i === 0 && style && { color: style.color }) })]);
    }
    field('Roles', p.roles.length ? p.roles.join(', ') : '—');
    field('First', when(p.firstTime));
    field('Last', when(p.lastTime));
    field('Events', counts(p));
  }
  return lines;
}

/** "5 events: 3 linked, 2 inferred" (inferred: the event's text names the entity, the data does not link it). */
function counts(c: { count?: number; events?: number; linked: number; inferred: number }): string {
  const n = c.count ?? c.events ?? 0;
  return `${n} event${n === 1 ? '' : 's'}: ${c.linked} linked, ${c.inferred} inferred`;
}
