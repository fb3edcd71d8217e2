import type { Stage, TimeSpec } from '../../../model/incident.js';
import type { ImportContext } from '../context.js';
import { readTime } from '../dates.js';
import type { EventDraft, IncidentDraft } from '../draft.js';
import { readStatus } from '../status.js';
import { readTactics, type TacticReading } from '../tactics.js';
import type { Item, Pos, Section } from '../tree.js';
import { itemValue, itemsOf, keepItem, keepParagraphs, keyOf, paragraphsOf, shortTitle } from './common.js';
import { confidenceOf, proseTime, techniquesIn } from './event-text.js';

const TIME_KEY = /^(?:date|time|dates?(?: and| )?times?|when|timestamp|timeframe|time ?frame|period|date range)$/;
const DETECTION_KEY = /\b(?:discover\w*|detect\w*|identif\w*|found|alert\w*|noticed)\b/;
const RESPONSE_KEY = /\b(?:respon\w*|actions?|contain\w*|remediat\w*|mitigat\w*|recover\w*)\b/;
const DETAIL_KEY = /^(?:details?|description|summary|what happened|narrative|activity|notes?|event)$/;
const RESPONSE_WORDS = /\b(?:contain\w*|suspend\w*|disabl\w*|revok\w*|patch\w*|restor\w*|notif\w*|disclos\w*|reset|rotat\w*|shut (?:down|off)|took .* offline|remediat\w*)\b/i;
const DETECTION_WORDS = /\b(?:detect\w*|discover\w*|noticed|alerted|spotted|identified)\b/i;

/** Timeline of Events: each subsection becomes events with the tactics and stages its heading names. */
export function mapTimeline(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  keepParagraphs(ctx, section);
  for (const item of itemsOf(section)) mapFlatItem(item, section, draft, ctx);
  for (const sub of section.children) mapSubsection(sub, section.heading, draft, ctx);
  if (section.blocks.length === 0 && section.children.length === 0) ctx.skipped(section.heading);
}

/** "- **2023-09-28:** Attacker signs in" or "- **Initial Access:** ..." in a timeline without subsections. */
function mapFlatItem(item: Item, section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  const value = itemValue(item);
  const keyTime = item.key ? readTime(item.key, ctx.referenceDate).spec : undefined;
  if (item.key && keyTime?.at) {
    const time = ctx.time(item.key, item.pos, 'events');
    pushEvent(draft, ctx, { time: time ?? {}, title: shortTitle(value || item.key), description: value, stage: stageOfText(value), pos: item.pos }, item.pos);
    return ctx.mapped(`${section.heading}: ${item.key}`);
  }
  if (item.key) {
    const reading = readTactics(item.key);
    if (reading.tactics.length + reading.stages.length > 0 && reading.other.length === 0) {
      reportTactics(reading, item.key, ctx, item.pos);
      const sub: Section = { heading: item.key, pos: item.pos, level: 0, blocks: [{ ...item, key: 'Details' }], children: [] };
      return mapSubsection(sub, section.heading, draft, ctx);
    }
    return keepItem(ctx, section.heading, item);
  }
  const lead = readTime(value.split(/\s[-–—:]\s|:\s/)[0] ?? '', ctx.referenceDate).spec;
  if (lead?.at && /^\W*(?:\d|[A-Z][a-z]{2,8}\.? \d)/.test(value)) {
    const time = ctx.time(value.split(/\s[-–—:]\s|:\s/)[0]!, item.pos, 'events') ?? {};
    const text = value.replace(/^[^–—:]*?(?:\s[-–—:]\s|:\s)/, '');
    pushEvent(draft, ctx, { time, title: shortTitle(text), description: value, stage: stageOfText(text), pos: item.pos }, item.pos);
    return ctx.mapped(section.heading);
  }
  keepItem(ctx, section.heading, item);
}

/** One "### Heading" of the timeline: an attack event, or a detection and a response event. */
function mapSubsection(sub: Section, parent: string, draft: IncidentDraft, ctx: ImportContext): void {
  const name = `${parent}: ${sub.heading}`;
  const reading = readTactics(sub.heading);
  reportTactics(reading, sub.heading, ctx, sub.pos);
  const headingTime = readTime(sub.heading, ctx.referenceDate).spec;
  let time: TimeSpec | undefined = headingTime?.at ? ctx.time(sub.heading, sub.pos, 'events') : undefined;
  const details: string[] = [];
  // The "Details" text names the event better than a "Vector:" line, whatever the order.
  const narrative: string[] = [];
  const detection: Item[] = [];
  const response: Item[] = [];
  for (const item of [...itemsOf(sub), ...sub.children.flatMap(itemsOf)]) {
    const key = keyOf(item.key);
    const value = itemValue(item);
    if (!value) continue;
    if (TIME_KEY.test(key)) time = ctx.time(value, item.valuePos, 'events') ?? { text: value };
    else if (item.key && DETECTION_KEY.test(key)) detection.push(item);
    else if (item.key && RESPONSE_KEY.test(key)) response.push(item);
    else {
      details.push(!item.key || DETAIL_KEY.test(key) ? value : `${item.key}: ${value}`);
      if (!item.key || DETAIL_KEY.test(key)) narrative.push(value);
    }
  }
  details.push(...paragraphsOf(sub), ...sub.children.flatMap(paragraphsOf));
  const stages = reading.stages;
  const made: EventDraft[] = [];
  if (detection.length > 0 || response.length > 0 || (stages.length > 0 && reading.tactics.length === 0)) {
    const lead = details.join('\n');
    if (detection.length > 0) made.push(stageEvent('detection', detection, time, sub, ctx));
    if (response.length > 0) made.push(stageEvent('response', response, time, sub, ctx, made[0]?.time));
    if (lead && made.length === 0) made.push(plainEvent(lead, narrative[0], stages[0] ?? stageOfText(lead), reading, time, sub, ctx));
    else if (lead) made[0]!.description = `${lead}\n${made[0]!.description ?? ''}`.trim();
  } else {
    const text = details.join('\n');
    const status = readStatus(text);
    if (!text || (status.status !== 'described' && !status.rest && !time?.at)) {
      ctx.keep(name, text || 'No details given.');
      return;
    }
    // A heading that names no tactic ("May 4, 2025 – Intrusion detected") says the stage in words.
    const stage = stages[0] ?? (reading.tactics.length > 0 ? 'attack' : headingStage(sub.heading, text));
    made.push(plainEvent(text, narrative[0], stage, reading, time, sub, ctx));
  }
  for (const event of made) pushEvent(draft, ctx, event, sub.pos);
  ctx.mapped(name);
}

function plainEvent(text: string, narrative: string | undefined, stage: Stage, reading: TacticReading, time: TimeSpec | undefined, sub: Section, ctx: ImportContext): EventDraft {
  const status = readStatus(narrative ?? text);
  // "Not detailed in the summary, implied movement ..." -> "Lateral Movement: implied movement ...".
  const rest = status.rest.replace(/^(?:in|from|by)\s+the\s+\w+\s*[,;:]?\s*/i, '');
  const title = status.status === 'described' ? shortTitle(narrative ?? text) : rest ? `${sub.heading}: ${shortTitle(rest)}` : sub.heading;
  return {
    time: time ?? proseTime(text, ctx, sub.pos, 'events') ?? {},
    title,
    description: text,
    stage,
    ...(reading.tactics.length > 0 && stage === 'attack' && { tactics: reading.tactics }),
    pos: sub.pos,
  };
}

function stageEvent(stage: 'detection' | 'response', items: Item[], time: TimeSpec | undefined, sub: Section, ctx: ImportContext, after?: TimeSpec): EventDraft {
  const text = items.map(itemValue).join('\n');
  const pos = items[0]!.valuePos;
  let at = proseTime(text, ctx, pos, 'events') ?? (stage === 'detection' ? time : undefined);
  // "immediately upon detection": no date of its own, but not before the detection.
  const upon = /\b(?:immediately\s+)?(?:upon|after|following|in response to)\s+(?:the\s+)?(?:detection|discovery|reports?|disclosure)\b/i.exec(text);
  if (!at && upon && after?.at) at = { at: after.at, bound: 'after', text: upon[0], ...(after.zone && { zone: after.zone }) };
  return { time: at ?? {}, title: shortTitle(text), description: text, stage, pos };
}

function pushEvent(draft: IncidentDraft, ctx: ImportContext, event: EventDraft, pos: Pos): void {
  const text = `${event.title}\n${event.description ?? ''}`;
  const confidence = confidenceOf(text);
  const techniques = techniquesIn(text, ctx, pos);
  draft.events.push({ ...event, ...(confidence && { confidence }), ...(techniques.length > 0 && { techniques }) });
  ctx.read(event.description ?? event.title);
}

/** Warns about tactic names with typos; the suggestion is used. */
export function reportTactics(reading: TacticReading, label: string, ctx: ImportContext, pos: Pos): void {
  for (const typo of reading.typos) {
    ctx.warn(pos, `unknown tactic "${typo.label}" in "${label}"; did you mean "${typo.suggestion}"? Read as ${typo.suggestion}`);
  }
}

function headingStage(heading: string, text: string): Stage {
  const fromHeading = stageOfText(heading);
  return fromHeading === 'attack' ? stageOfText(text) : fromHeading;
}

function stageOfText(text: string): Stage {
  if (RESPONSE_WORDS.test(text)) return 'response';
  if (DETECTION_WORDS.test(text)) return 'detection';
  return 'attack';
}
