import type { MergedEntity } from '../../core/entities/index.js';
import { parseIso } from '../../core/time.js';
import { incidentOrigin, timeOf } from '../../core/timeline.js';
import { TACTICS } from '../../model/attack.js';
import type { Incident } from '../../model/incident.js';
import { defangIndicator } from '../../text/index.js';
import type { ExportSelection } from '../export/select.js';
import { techniqueUses } from '../export/techniques.js';
import { safeJson } from '../safe-json.js';
import { stixId } from './ids.js';
import { attackPatternObject, entityObject, entityStixId, incidentObject, relationshipObject, type StixContext, type StixObject } from './objects.js';
import { stixPattern } from './patterns.js';

/** A STIX 2.1 bundle (the bundle itself carries no spec_version in 2.1; its objects do). */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** Options of the STIX export. */
export interface StixOptions {
  /** Timestamp for objects when the data has no date at all (default: now). */
  fallbackTime?: Date;
}

/**
 * The covered incidents as a STIX 2.1 bundle: identities (people, organisations) and threat
 * actors, the incidents, ATT&CK attack patterns, indicators with STIX patterns where the kind is
 * known, sightings of those at the victim, and relationships. Ids are derived from the data and
 * every object's created/modified is the latest date the data gives, so the same data always
 * exports to the same bytes.
 */
export function buildStixBundle(selection: ExportSelection, options: StixOptions = {}): StixBundle {
  const incidents = selection.incidents.map((i) => selection.loaded[i]!.incident);
  const ctx: StixContext = { timestamp: latestDate(incidents) ?? (options.fallbackTime ?? new Date()).toISOString() };
  const objects = new Map<string, StixObject>();
  const add = (o: StixObject | undefined) => {
    if (o && !objects.has(o.id)) objects.set(o.id, o);
  };

  const uses = techniqueUses(selection);
  for (const use of uses) add(attackPatternObject(use.id, use.technique, ctx));

  selection.incidents.forEach((index) => {
    const incident = selection.loaded[index]!.incident;
    const own = incidentEntities(selection, index);
    for (const { entity, roles } of own) add(entityObject(entity, roles, ctx));
    const incidentObj = incidentObject(incident, incidentTactics(selection, index), ctx);
    add(incidentObj);
    const related = (target: string, description: string) => add(relationshipObject('related-to', incidentObj.id, target, description, ctx));
    for (const use of uses) if (use.incidents.includes(index)) related(stixId('attack-pattern', use.id), `${incident.title} used ATT&CK ${use.id}`);
    for (const { entity, roles } of own) {
      const id = entityStixId(entity);
      if (id) related(id, `${entity.name} in ${incident.title}${roles.length > 0 ? `: ${roles.join(', ')}` : ''}`);
    }
    const victim = victimId(selection, index, incident);
    for (const { entity } of own) {
      if (entity.kind === 'threat-actor' && victim) add(relationshipObject('targets', entityStixId(entity)!, victim, `${entity.name} attacked in ${incident.title}`, ctx));
    }
    for (const indicator of indicatorObjects(incident, ctx)) {
      add(indicator);
      related(indicator.id, `Indicator of ${incident.title}`);
      if (victim) {
        add({
          type: 'sighting',
          spec_version: '2.1',
          id: stixId('sighting', indicator.id, victim),
          created: ctx.timestamp,
          modified: ctx.timestamp,
          sighting_of_ref: indicator.id,
          where_sighted_refs: [victim],
          description: `Seen in ${incident.title}`,
        });
      }
    }
  });
  const list = [...objects.values()];
  return { type: 'bundle', id: stixId('bundle', ...list.map((o) => o.id).sort()), objects: list };
}

/** The bundle as JSON. */
export function renderStixBundle(selection: ExportSelection, options: StixOptions = {}): string {
  return `${safeJson(buildStixBundle(selection, options))}\n`;
}

// The entities an incident defines, merged across incidents, with the roles this incident gives them.
function incidentEntities(selection: ExportSelection, index: number): { entity: MergedEntity; roles: string[] }[] {
  const seen = new Map<string, { entity: MergedEntity; roles: string[] }>();
  for (const e of selection.loaded[index]!.incident.entities ?? []) {
    const merged = selection.entities.entityOf(index, e.id);
    if (!merged || seen.has(merged.key)) continue;
    const roles = merged.perIncident.find((p) => p.incidentIndex === index)?.roles ?? e.roles ?? [];
    seen.set(merged.key, { entity: merged, roles });
  }
  return [...seen.values()];
}

function victimId(selection: ExportSelection, index: number, incident: Incident): string | undefined {
  if (incident.organization === undefined) return undefined;
  const merged = selection.entities.entityOf(index, incident.organization);
  return merged && merged.kind !== 'threat-actor' ? entityStixId(merged) : undefined;
}

// The tactics of the incident's events in the selection and of its described methodology, in matrix order.
function incidentTactics(selection: ExportSelection, index: number): string[] {
  const used = new Set<string>();
  for (const row of selection.rows) if (row.incidentIndex === index) for (const t of row.event.tactics ?? []) used.add(t);
  if (!selection.eventsFiltered) {
    for (const m of selection.loaded[index]!.incident.methodology ?? []) if (m.status === 'described') used.add(m.tactic);
  }
  return TACTICS.map((t) => t.shortname).filter((t) => used.has(t));
}

function indicatorObjects(incident: Incident, ctx: StixContext): StixObject[] {
  const origin = incidentOrigin(incident);
  const validFrom = origin.known && Number.isFinite(origin.estimate) ? new Date(origin.estimate).toISOString() : ctx.timestamp;
  return (incident.indicators ?? []).flatMap((indicator) => {
    const pattern = stixPattern(indicator);
    if (!pattern) return [];
    return [
      {
        type: 'indicator',
        spec_version: '2.1' as const,
        id: stixId('indicator', incident.id, pattern),
        created: ctx.timestamp,
        modified: ctx.timestamp,
        name: `${indicator.kind} ${defangIndicator(indicator.value!, indicator.kind)}`,
        ...(indicator.description && { description: indicator.description }),
        indicator_types: ['malicious-activity'],
        pattern,
        pattern_type: 'stix',
        pattern_version: '2.1',
        valid_from: validFrom,
      },
    ];
  });
}

// The latest date the incidents give (source publication dates, times of events and milestones),
// as the objects' created/modified: what the export knows is as of then.
function latestDate(incidents: readonly Incident[]): string | undefined {
  let latest = -Infinity;
  for (const incident of incidents) {
    for (const source of incident.sources) {
      const date = source.date ? parseIso(source.date) : undefined;
      if (date?.ok) latest = Math.max(latest, date.start);
    }
    for (const spec of [incident.started, incident.discovered, incident.disclosed, ...incident.events.map((e) => e.time)]) {
      const t = timeOf(spec);
      if (t.known && Number.isFinite(t.estimate)) latest = Math.max(latest, t.estimate);
    }
  }
  return Number.isFinite(latest) ? new Date(latest).toISOString() : undefined;
}
