import type { SearchResults } from '../core/search/index.js';
import type { Incident } from '../model/incident.js';
import { safeJson } from './safe-json.js';
import { entityIncidents, eventFields } from './search-fields.js';

/**
 * Search results as JSON: the query; entities in rank order with their incidents, mention
 * counts and event keys ("incidentId/eventId"); then events. Scores: lower is better, 0 exact.
 */
export function renderSearchJson(query: string, results: SearchResults, incidents: readonly Incident[]): string {
  const entities = results.entities.map((hit) => ({
    key: hit.entity.key,
    name: hit.entity.name,
    kind: hit.entity.kind,
    aliases: hit.entity.aliases,
    titles: hit.entity.titles,
    ...(hit.entity.sharedId !== undefined && { sharedId: hit.entity.sharedId }),
    score: hit.score,
    events: hit.events,
    incidents: entityIncidents(hit, incidents).map((f, i) => ({ ...f, eventKeys: hit.entity.perIncident[i]!.eventKeys })),
  }));
  const events = results.events.map((hit) => {
    const f = eventFields(hit);
    return {
      key: f.key,
      incident: { id: hit.row.incident.id, tag: f.tag },
      eventId: hit.row.event.id,
      time: f.time,
      title: hit.row.event.title,
      score: hit.score,
    };
  });
  return `${safeJson({ query, entities, events })}\n`;
}
