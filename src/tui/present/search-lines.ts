import { matchIndices, type EntityHit, type EventHit, type ResultItem } from '../../core/search/index.js';
import { formatTime, type TimeMode } from '../../core/time-format.js';
import { displayWidth, padEnd, truncate, plural } from '../../text/index.js';
import type { SearchOverlay } from '../state/find-types.js';
import type { LineInput } from '../state/line-edit.js';
import { shownText } from './display-text.js';
import type { IncidentStyle } from './incident-style.js';
import { aroundMatch, flatText, matchSpans, shownRanges, type MatchRanges } from './match-spans.js';
import { fitSpans, span, type Line, type Span } from './spans.js';

/** What the result lines need besides the overlay. */
export interface SearchFacts {
  incidents: readonly IncidentStyle[];
  mode: TimeMode;
  fanged: boolean;
}

const PROMPT = 'Search: ';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The overlay's lines: the query line, a summary, then the results around the chosen one, `height` lines at most. */
export function searchLines(overlay: SearchOverlay, facts: SearchFacts, width: number, height: number): Line[] {
  const query = overlay.input.text.trim();
  const results = resultLines(overlay, facts, query, width);
  const room = Math.max(0, height - 2);
  const chosenLine = results.findIndex((r) => r.item === overlay.cursor);
  // The chosen result is kept mid-window, as in the pickers.
  const top = Math.max(0, Math.min(chosenLine - Math.floor(room / 2), results.length - room));
  return [inputLine(overlay.input, width), summaryLine(overlay, query, width), ...results.slice(top, top + room).map((r) => r.line)];
}

/** "Search: smar█sh", the caret as an inverse cell, scrolled so the caret shows on narrow screens. */
function inputLine(input: LineInput, width: number): Line {
  const parts = [...graphemes.segment(input.text.slice(0, input.caret))].map((s) => s.segment);
  const rest = input.text.slice(input.caret);
  const atCaret = rest === '' ? ' ' : [...graphemes.segment(rest)][0]!.segment;
  const prompt = width > 24 ? PROMPT : '/';
  const room = width - displayWidth(prompt) - displayWidth(atCaret);
  let cut = false;
  while (parts.length > 0 && displayWidth((cut ? '…' : '') + parts.join('')) > room) {
    parts.shift();
    cut = true;
  }
  const spans: Span[] = [
    span(prompt, { bold: true, color: 'cyan' }),
    span((cut ? '…' : '') + parts.join('')),
    span(atCaret, { inverse: true }),
    span(rest.slice(atCaret.length)),
  ];
  return fitSpans(spans, width);
}

function summaryLine(overlay: SearchOverlay, query: string, width: number): Line {
  const entities = overlay.results.filter((r) => r.kind === 'entity').length;
  const events = overlay.results.length - entities;
  let text = `${entities} ${entities === 1 ? 'entity' : 'entities'}, ${events} event${events === 1 ? '' : 's'}`;
  // For the moment between an edit's frame and its search, the results are for the query before.
  if (overlay.searched !== overlay.input.text) text = 'searching…';
  else if (query === '') text = 'Type a name (person, organisation, outlet, product) or words of an event.';
  else if (overlay.results.length === 0) text = `Nothing matches "${query}".`;
  return fitSpans([span(text, { dim: true })], width);
}

/** Result lines with their section headings; `item` is the result's position, -1 for a heading. */
function resultLines(overlay: SearchOverlay, facts: SearchFacts, query: string, width: number): { item: number; line: Line }[] {
  const out: { item: number; line: Line }[] = [];
  const times = overlay.results.map((r) => (r.kind === 'event' ? formatTime(r.hit.row.time, facts.mode, r.hit.row.origin) : ''));
  const timeWidth = Math.max(0, ...times.map(displayWidth));
  const tagWidth = Math.max(0, ...facts.incidents.map((s) => displayWidth(s.tag)));
  overlay.results.forEach((result: ResultItem, i) => {
    const previous = overlay.results[i - 1];
    if (previous?.kind !== result.kind) out.push({ item: -1, line: [span(result.kind === 'entity' ? 'Entities' : 'Events', { bold: true, color: 'cyan' })] });
    const selected = i === overlay.cursor;
    const spans =
      result.kind === 'entity'
        ? entitySpans(result.hit)
        : eventSpans(result.hit, `${padEnd(times[i]!, timeWidth)}  `, tagWidth, facts, query, width);
    const marked = [span(selected ? '> ' : '  '), ...spans].map((s) => (selected ? { ...s, inverse: true } : s));
    out.push({ item: i, line: fitSpans(marked, width, selected) });
  });
  return out;
}

/** "Smarsh  organization · 1 incident, 2 events · owner", the matched name (or alias, or title) highlighted. */
function entitySpans(hit: EntityHit): Span[] {
  const { entity } = hit;
  const roles = [...new Set(entity.perIncident.flatMap((p) => p.roles))];
  const out = matchSpans(flatText(entity.name), matchIndices(hit.matches, 'name'), { bold: true });
  const alias = hit.matches.find((m) => m.field === 'aliases');
  const title = hit.matches.find((m) => m.field === 'title');
  if (matchIndices(hit.matches, 'name').length === 0 && alias) out.push(span(' aka '), ...matchSpans(flatText(alias.value), alias.indices));
  // The counts before the roles: a long list of roles is what a narrow screen cuts.
  const facts = [entity.kind, `${plural(hit.incidents, 'incident')}, ${plural(hit.events, 'event')}`, roles.join(', ')].filter(Boolean);
  out.push(span(`  ${facts.join(' · ')}`, { dim: true }));
  if (matchIndices(hit.matches, 'name').length === 0 && !alias && title) {
    const around = aroundMatch(flatText(title.value), title.indices);
    out.push(span(' — '), ...matchSpans(around.text, around.ranges));
  }
  return out;
}

/**
 * "2025-05-05  TM  [Smarsh] says…": the title, or when only the description matched, the title
 * shortened and the matched part of the description; a match beyond the width is brought into view.
 */
function eventSpans(hit: EventHit, time: string, tagWidth: number, facts: SearchFacts, query: string, width: number): Span[] {
  const { event } = hit.row;
  const style = facts.incidents[hit.row.incidentIndex];
  const tag = padEnd(style?.tag ?? '', tagWidth);
  const out: Span[] = [span(time), span(tag, style && { color: style.color }), span('  ')];
  const room = Math.max(8, width - 2 - displayWidth(time) - tagWidth - 2);
  const title = flatText(shownText(event.title, facts.fanged));
  const titleRanges = shownRanges(event.title, shownText(event.title, facts.fanged), matchIndices(hit.matches, 'title'), query);
  if (titleRanges.length > 0 || !event.description) return [...out, ...inView(title, titleRanges, room)];
  const description = shownText(event.description, facts.fanged);
  const ranges = shownRanges(event.description, description, matchIndices(hit.matches, 'description'), query);
  const titleRoom = Math.max(8, Math.floor(room / 2));
  out.push(span(truncate(title, titleRoom)), span(' — ', { dim: true }));
  return [...out, ...inView(flatText(description), ranges, room - Math.min(titleRoom, displayWidth(title)) - 3, { dim: true })];
}

// A text with its first match moved into the `room` it has, cutting its start when the match lies beyond.
function inView(text: string, ranges: MatchRanges, room: number, style: Omit<Span, 'text'> = {}): Span[] {
  const firstEnd = ranges.length ? Math.min(...ranges.map(([, e]) => e)) : -1;
  // The brackets around matched runs take room too, hence the margin.
  const around = firstEnd >= 0 && firstEnd + 3 > room ? aroundMatch(text, ranges, Math.floor(room / 3)) : { text, ranges };
  return matchSpans(around.text, around.ranges, style);
}

