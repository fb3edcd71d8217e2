import type { EntityKind } from '../../model/incident.js';
import type { ResolvedTime } from '../time.js';
import type { WordPostings } from './word-postings.js';

/** How an event involves an entity: linked by the data, or only named in its text (inferred). */
export interface EntityMention {
  /** Key of the timeline row ("incidentId/eventId"). */
  rowKey: string;
  /** True when the event only names the entity in its title or description. */
  inferred: boolean;
}

/** An entity named by one event, for the detail pane. */
export interface RowEntity {
  /** Key of the merged entity. */
  key: string;
  inferred: boolean;
  /** The entity's role in this event, when the link gives one. */
  role?: string;
}

/** What one incident says of a merged entity. */
export interface EntityInIncident {
  incidentId: string;
  /** Position of the incident in the load order. */
  incidentIndex: number;
  /** Roles from the incident's entity definitions and its event links, each once. */
  roles: string[];
  /** Rows of its events that involve the entity (linked and inferred), in timeline order. */
  eventKeys: string[];
  /** Number of events involving it: linked + inferred. */
  count: number;
  linked: number;
  inferred: number;
  /** Time of its first event (the first of known time, if any); absent when no event involves it. */
  firstTime?: ResolvedTime;
  /** Time of its last event of known time (else its last event). */
  lastTime?: ResolvedTime;
}

/** One real-world entity across every loaded incident. */
export interface MergedEntity {
  /** Stable key: its sharedId when the data gives one, else "kind:normalised-name". */
  key: string;
  /** Display name, from the first incident that defines it. */
  name: string;
  kind: EntityKind;
  /** Every other name it goes by in any incident. */
  aliases: string[];
  /** Titles given to it ("former US national security adviser"), each once. */
  titles: string[];
  sharedId?: string;
  /** One entry per incident that defines or mentions it, in load order. */
  perIncident: EntityInIncident[];
  /** The entity ids it has in the incidents that define it. */
  ids: { incidentIndex: number; entityId: string }[];
}

/** Entities merged across incidents, with their mentions in both directions. Built once per load. */
export interface EntityIndex {
  /** All merged entities, in order of first definition. */
  entities: readonly MergedEntity[];
  /** The entity with this key. */
  get(key: string): MergedEntity | undefined;
  /** The events that involve an entity, in timeline order. */
  eventsOfEntity(key: string): readonly EntityMention[];
  /** Row keys of the events involving an entity, for filtering the timeline to it (a pivot). */
  eventKeySet(key: string): ReadonlySet<string>;
  /** The entities an event involves: linked ones in the data's order, then inferred ones. */
  entitiesOfRow(rowKey: string): readonly RowEntity[];
  /** The merged entity an incident's entity id belongs to. */
  entityOf(incidentIndex: number, entityId: string): MergedEntity | undefined;
  /** The words of each row's title and description (rows numbered in timeline order), for the search prefilter. */
  eventWords: WordPostings;
}
