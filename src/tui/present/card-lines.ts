import type { TimeMode } from '../../core/time-format.js';
import type { TimelineRow } from '../../core/timeline.js';
import { padEnd, wrap } from '../../text/index.js';
import { shownText } from './display-text.js';
import { entityText, labelledLines, sourceText, tacticText, whenText } from './event-text.js';
import type { IncidentStyle } from './incident-style.js';
import { span, type Line, type Span } from './spans.js';

/** How a presentation card is drawn. */
export interface CardOptions {
  width: number;
  /** Rows the card has; on short screens the spacing lines go first. */
  height: number;
  mode: TimeMode;
  style: IncidentStyle | undefined;
  marked: boolean;
  /** Applied to every text from the data before defanging: the redactor, or nothing. */
  redact: (text: string) => string;
  /** Indicators shown as written instead of defanged. */
  fanged: boolean;
}

/** What part of a card is on screen, and how many of its lines are below. */
export interface CardWindow {
  lines: readonly Line[];
  below: number;
}

/** A card's field labels: 10 columns wide, on their own line below 40 columns. */
const LABELS = { labelWidth: 10, narrowBelow: 40 };

/** How much a card shows; `full` boxes the title under the time, incident and stage, else the title leads. */
interface Fit {
  wording: boolean;
  spacing: boolean;
  full: boolean;
}

/**
 * What a card gives up, in turn, until it fits its height: the time's original wording, the
 * spacing lines, then the box and the incident's title (the title then comes first, bold, and the
 * incident is its tag beside the stage).
 */
const FITS: readonly Fit[] = [
  { wording: true, spacing: true, full: true },
  { wording: false, spacing: true, full: true },
  { wording: false, spacing: false, full: true },
  { wording: false, spacing: false, full: false },
];

/**
 * One event as a large card, to be read across a room: time with fidelity and T+ offset, incident,
 * stage and tactics, the title boxed and bold, the description, entities and sources. What does
 * not fit the height even so is scrolled to (see cardWindow).
 */
export function cardLines(row: TimelineRow, o: CardOptions): Line[] {
  let lines: Line[] = [];
  for (const fit of FITS) {
    lines = drawCard(row, o, fit);
    if (lines.length <= o.height) break;
  }
  return lines;
}

function drawCard(row: TimelineRow, o: CardOptions, fit: Fit): Line[] {
  const { event, incident, time, origin } = row;
  const margin = o.width >= 60 ? 2 : o.width >= 30 ? 1 : 0;
  const inner = Math.max(1, o.width - 2 * margin);
  const text = (s: string) => shownText(o.redact(s), o.fanged);
  const tag = span(o.style?.tag ?? '', { bold: true, ...(o.style && { color: o.style.color }) });
  const body: Line[] = [];
  const blank = () => {
    if (fit.spacing) body.push([]);
  };
  const para = (s: string, style: Omit<Span, 'text'> = {}) => {
    for (const line of wrap(s, inner)) body.push([span(line, style)]);
  };

  blank();
  if (!fit.full) para(text(event.title), { bold: true });
  para(whenText(time, o.mode, origin), { bold: fit.full });
  if (time.text && fit.wording) para(`"${text(time.text)}"`, { dim: true });
  if (fit.full) {
    body.push(...wrap(`${tag.text}  ${text(incident.title)}`.trim(), inner).map((line, i) =>
      i === 0 && tag.text && line.startsWith(tag.text) ? [tag, span(line.slice(tag.text.length))] : [span(line)],
    ));
  }
  body.push(...stageLines(row, o.marked, inner, fit.full ? undefined : tag));
  if (fit.full) {
    blank();
    body.push(...titleBox(text(event.title), inner));
  }
  if (event.description) {
    blank();
    para(text(event.description));
  }
  const entities = (event.entities ?? []).map((link) => text(entityText(link, row)));
  const sources = (event.sources ?? []).map((id) => text(sourceText(id, row)));
  if (entities.length || sources.length) blank();
  if (entities.length) body.push(...labelledLines('Entities', [entities.join(', ')], inner, LABELS));
  if (sources.length) body.push(...labelledLines('Sources', sources, inner, LABELS));
  const pad = span(' '.repeat(margin));
  return margin ? body.map((line) => (line.length ? [pad, ...line] : line)) : body;
}

/** The window of a card `height` rows tall from `scroll`: a taller card keeps its last row to say how much is below. */
export function cardWindow(lines: readonly Line[], scroll: number, height: number): CardWindow {
  if (lines.length <= height) return { lines, below: 0 };
  const room = Math.max(1, height - 1);
  const top = Math.max(0, Math.min(scroll, lines.length - room));
  return { lines: lines.slice(top, top + room), below: lines.length - top - room };
}

/** Most a card can be scrolled in `height` rows. */
export function maxCardScroll(lines: readonly Line[], height: number): number {
  return lines.length <= height ? 0 : lines.length - Math.max(1, height - 1);
}

/** "* marked  Attack, confirmed · TA0001 Initial Access · TA0009 Collection", after the incident's tag when given, wrapped. */
function stageLines(row: TimelineRow, marked: boolean, width: number, tag?: Span): Line[] {
  const { event } = row;
  const stage = event.stage.charAt(0).toUpperCase() + event.stage.slice(1) + (event.confidence ? `, ${event.confidence}` : '');
  const tactics = (event.tactics ?? []).map(tacticText);
  const lead: Span[] = [];
  if (marked) lead.push(span('* marked', { bold: true, color: 'yellow' }), span('  '));
  if (tag?.text) lead.push(tag, span(' · '));
  const head = lead.map((s) => s.text).join('');
  return wrap(head + [stage, ...tactics].join(' · '), width).map((line, i) =>
    i === 0 && head && line.startsWith(head) ? [...lead, span(line.slice(head.length))] : [span(line)],
  );
}

/** The title, bold inside a box; too narrow for a box, bold with a rule under it. */
function titleBox(title: string, width: number): Line[] {
  if (width < 12) return wrap(title, width).map((line) => [span(line, { bold: true })]);
  const textWidth = width - 4;
  const rule = '─'.repeat(width - 2);
  return [
    [span(`┌${rule}┐`)],
    ...wrap(title, textWidth).map((line) => [span('│ '), span(padEnd(line, textWidth), { bold: true }), span(' │')]),
    [span(`└${rule}┘`)],
  ];
}
