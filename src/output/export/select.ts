import { buildEntityIndex, type EntityIndex, type MergedEntity } from '../../core/entities/index.js';
import { buildSearchIndex, search } from '../../core/search/index.js';
import { buildTimeline, type Timeline, type TimelineRow } from '../../core/timeline.js';
import { filterTimeline } from '../../core/view.js';
import type { LoadedIncident } from '../../model/loaded.js';

/** What an export keeps: the explorer's filters, as `itx timeline` reads them from the command line. */
export interface ExportFilters {
  /** Tactic shortnames (or the no-tactic marker); an event passes with any of them. */
  tactics: readonly string[];
  /** Incident positions in load order; empty for all. */
  incidents: readonly number[];
  /** The chosen entity (its events, linked and inferred, pass), if any. */
  entity?: MergedEntity;
  /** Row keys of the marked events, when only those are wanted. */
  marked?: ReadonlySet<string>;
}

/** The events and incidents an export covers, with the indexes every format shares. */
export interface ExportSelection {
  /** Every loaded incident, in load order (renderers look incidents up by position). */
  loaded: readonly LoadedIncident[];
  timeline: Timeline;
  /** The events that pass the filters, in timeline order. */
  rows: TimelineRow[];
  /** Positions of the incidents covered, in load order. */
  incidents: number[];
  /** True when a filter picks events (tactic, entity, marks), not just incidents. */
  eventsFiltered: boolean;
  entities: EntityIndex;
  filters: ExportFilters;
}

/** The merged timeline and entity index of a load, built once for choosing an entity and selecting. */
export interface ExportIndexes {
  timeline: Timeline;
  entities: EntityIndex;
}

/** Builds the timeline and merged entities of the loaded incidents. */
export function exportIndexes(loaded: readonly LoadedIncident[]): ExportIndexes {
  const timeline = buildTimeline(loaded);
  return { timeline, entities: buildEntityIndex(loaded, timeline.rows) };
}

/** The best-ranked entity for a query, as `itx search` ranks them; undefined when none matches. */
export function findEntity(indexes: ExportIndexes, query: string): MergedEntity | undefined {
  const index = buildSearchIndex(indexes.entities, indexes.timeline.rows);
  return search(index, query, 1).entities[0]?.entity;
}

/**
 * The events passing every filter and the incidents they belong to. Without an event filter every
 * chosen incident is covered, even one with no events.
 */
export function selectForExport(loaded: readonly LoadedIncident[], indexes: ExportIndexes, filters: ExportFilters): ExportSelection {
  const { timeline, entities } = indexes;
  const { entity, marked } = filters;
  const view = filterTimeline(timeline, {
    tactics: filters.tactics,
    incidents: filters.incidents,
    ...(marked && { marked }),
    ...(entity && { entity: { key: entity.key, name: entity.name, eventKeys: entities.eventKeySet(entity.key) } }),
  });
  const rows = view.rows.map((i) => timeline.rows[i]!);
  const eventsFiltered = filters.tactics.length > 0 || entity !== undefined || marked !== undefined;
  const covered = eventsFiltered
    ? new Set(rows.map((r) => r.incidentIndex))
    : new Set(filters.incidents.length > 0 ? filters.incidents : loaded.map((_, i) => i));
  const incidents = [...covered].sort((a, b) => a - b);
  return { loaded, timeline, rows, incidents, eventsFiltered, entities, filters };
}
