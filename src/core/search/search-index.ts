import type { FuseResult } from 'fuse.js';
import { WordIds, WordPostings, type EntityIndex, type MergedEntity } from '../entities/index.js';
import type { TimelineRow } from '../timeline.js';
import { makeCollection, type Collection } from './collection.js';
import { entityDoc, eventDoc, type EntityDoc, type EventDoc, type SearchField } from './documents.js';

/** A field of a hit that the query matched, with the matched ranges (inclusive [start, end]). */
export interface FieldMatch {
  field: SearchField;
  /** The matched value (for an array field, the one element that matched). */
  value: string;
  indices: readonly (readonly [number, number])[];
}

/** An entity found by a query. Lower scores are better (0 = exact). */
export interface EntityHit {
  entity: MergedEntity;
  score: number;
  matches: FieldMatch[];
  /** Number of incidents that define or mention it. */
  incidents: number;
  /** Number of events involving it, linked and inferred, across all incidents. */
  events: number;
}

/** An event found by a query. Lower scores are better. */
export interface EventHit {
  row: TimelineRow;
  score: number;
  matches: FieldMatch[];
}

/** What a query found: entities, ranked, then events. */
export interface SearchResults {
  entities: EntityHit[];
  events: EventHit[];
}

/** The fuzzy index over one load's entities and events; built by `buildSearchIndex`. */
export interface SearchIndex {
  readonly entities: readonly MergedEntity[];
  readonly rows: readonly TimelineRow[];
  readonly entityDocs: Collection<EntityDoc>;
  readonly eventDocs: Collection<EventDoc>;
}

// Names decide; aliases nearly as much; a title or role that mentions the query ("owned by
// Smarsh") must not outrank the entity of that name.
const ENTITY_KEYS = [
  { name: 'name', weight: 4 },
  { name: 'aliases', weight: 3 },
  { name: 'kind', weight: 0.5 },
  { name: 'roles', weight: 0.5 },
  { name: 'title', weight: 1 },
];
const EVENT_KEYS = [
  { name: 'title', weight: 2 },
  { name: 'description', weight: 1 },
];

/** Tuning of `buildSearchIndex`. */
export interface SearchIndexOptions {
  /** Collections up to this size are scanned whole by fuse.js; larger ones are prefiltered by words. */
  fullScanLimit?: number;
}

/** Builds the search index of a load's merged entities and timeline rows. Call once per load, off the first frame's path. */
export function buildSearchIndex(entities: EntityIndex, rows: readonly TimelineRow[], options: SearchIndexOptions = {}): SearchIndex {
  const entityDocs = entities.entities.map(entityDoc);
  const entityWords = () => {
    const postings = new WordPostings();
    const ids = new WordIds();
    entityDocs.forEach((d, i) => {
      for (const text of [d.name, ...d.aliases, d.kind, ...d.roles, ...d.title]) postings.addText(i, text, ids);
    });
    return postings;
  };
  return {
    entities: entities.entities,
    rows,
    entityDocs: makeCollection(entityDocs, ENTITY_KEYS, entityWords, options.fullScanLimit),
    // The entity index already split every event's text into words.
    eventDocs: makeCollection(rows.map(eventDoc), EVENT_KEYS, () => entities.eventWords, options.fullScanLimit),
  };
}

/** The match ranges of a fuse.js result, by field. */
export function fieldMatches<T>(result: FuseResult<T>): FieldMatch[] {
  return (result.matches ?? []).map((m) => ({ field: m.key as SearchField, value: m.value ?? '', indices: m.indices }));
}
