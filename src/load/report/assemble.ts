import { SCHEMA_VERSION, type Entity, type EntityLink, type Incident, type Source } from '../../model/incident.js';
import { REPORT_SOURCE_ID } from './context.js';
import type { IncidentDraft } from './draft.js';
import type { EntityDraft, EntityRegistry } from './entities/registry.js';
import { eventId, slugify } from './ids.js';

/** What assembling needs besides the draft. */
export interface AssembleInput {
  draft: IncidentDraft;
  title: string;
  entities: EntityRegistry;
  notes: Incident['notes'];
  referenceDate?: string;
}

// Words after a name that mean the name did not act: "External cybersecurity firm engaged to ...".
const PASSIVE = /^\s+(?:was\s+|were\s+)?(?:engaged|hired|retained|notified|contacted|informed|brought|called|asked|alerted)\b/i;

/** Puts a filled draft into the incident file format: ids, the report as the source of every fact, entity links. */
export function assemble({ draft, title, entities, notes, referenceDate }: AssembleInput): Incident {
  const source: Source = { id: REPORT_SOURCE_ID, publisher: 'Imported report', title, ...(referenceDate && { date: referenceDate }) };
  const references = draft.references.map((r, i): Source => ({ id: `ref-${i + 1}`, ...r }));
  const { entities: list, idOf } = entities.toEntities(REPORT_SOURCE_ID);
  const sources = [REPORT_SOURCE_ID];
  const year = [draft.started?.at, draft.discovered?.at, referenceDate].find((at) => at !== undefined)?.slice(0, 4);
  const slug = slugify(title) || 'imported-report';
  const id = year && !slug.endsWith(year) ? `${slug}-${year}` : slug;
  const events = draft.events.map(({ pos: _pos, ...event }, i) => {
    const links = linksIn(`${event.title}\n${event.description ?? ''}`, list);
    return { id: eventId(i), ...event, ...(links.length > 0 && { entities: links }), sources };
  });
  const responses = draft.responses.map((r) => {
    const actor = actorOf(r.action, entities.all, idOf);
    const event = r.event ?? (r.time ? undefined : sameAction(r.action, events));
    return { ...r, ...(actor && !r.actor && { actor }), ...(event && { event }), sources };
  });
  const incident: Incident = {
    schemaVersion: SCHEMA_VERSION,
    id,
    title,
    ...(draft.summary && { summary: draft.summary }),
    ...(draft.status && { status: draft.status }),
    ...(draft.organization && { organization: idOf.get(draft.organization)! }),
    ...(draft.owner && { owner: idOf.get(draft.owner)! }),
    ...(draft.sectors && draft.sectors.length > 0 && { sectors: draft.sectors }),
    ...(draft.geography && { geography: draft.geography }),
    ...(draft.started && { started: draft.started }),
    ...(draft.discovered && { discovered: draft.discovered }),
    ...(draft.disclosed && { disclosed: draft.disclosed }),
    sources: [source, ...references],
    ...(list.length > 0 && { entities: list }),
    events,
    ...(draft.methodology.length > 0 && { methodology: draft.methodology.map((m) => ({ ...m, sources })) }),
    ...(draft.impact.length > 0 && { impact: draft.impact.map((m) => ({ ...m, sources })) }),
    ...(draft.indicators.length > 0 && { indicators: draft.indicators.map((m) => ({ ...m, sources })) }),
    ...(responses.length > 0 && { responses }),
    ...(draft.lessons.length > 0 && { lessons: draft.lessons.map((m) => ({ ...m, sources })) }),
    ...(draft.recommendations.length > 0 && { recommendations: draft.recommendations }),
    ...(notes && notes.length > 0 && { notes }),
  };
  return incident;
}

/** Entities an event's text names (whole words, as written), as links in the order the text names them. */
function linksIn(text: string, entities: readonly Entity[]): EntityLink[] {
  return entities
    .map((e) => ({ id: e.id, at: Math.min(...[e.name, ...(e.aliases ?? [])].map((name) => mentionAt(text, name))) }))
    .filter((m) => Number.isFinite(m.at))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.id);
}

function mentionAt(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? m.index : Infinity;
}

const STOP = new Set('that this with from into were was have has been their them they after before upon then than also such'.split(' '));

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

/**
 * The response event that tells of the same action ("TeleMessage suspended all services ..." in both
 * the timeline and Response Actions), so the action takes the event's time where it has none.
 */
function sameAction(action: string, events: readonly { id: string; stage: string; description?: string; title: string }[]): string | undefined {
  const own = words(action);
  let best: { id: string; shared: number } | undefined;
  for (const event of events) {
    if (event.stage !== 'response') continue;
    const theirs = words(event.description ?? event.title);
    const shared = [...own].filter((w) => theirs.has(w)).length;
    if (shared >= 3 && shared >= own.size / 2 && (!best || shared > best.shared)) best = { id: event.id, shared };
  }
  return best?.id;
}

/** The entity an action starts with ("TeleMessage suspended ..."), as the one who acted. */
function actorOf(action: string, drafts: readonly EntityDraft[], idOf: Map<EntityDraft, string>): string | undefined {
  for (const d of drafts) {
    for (const name of [d.name, ...d.aliases]) {
      if (action.toLowerCase().startsWith(name.toLowerCase()) && !/^[\p{L}\p{N}]/u.test(action.slice(name.length)) && !PASSIVE.test(action.slice(name.length))) {
        return idOf.get(d);
      }
    }
  }
  return undefined;
}
