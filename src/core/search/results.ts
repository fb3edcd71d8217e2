import type { EntityHit, EventHit, SearchResults } from './search-index.js';

/** One line of the search overlay: an entity or an event. */
export type ResultItem = { kind: 'entity'; hit: EntityHit } | { kind: 'event'; hit: EventHit };

/** The results as one list, entities first, for a cursor that moves through both with ↑/↓. */
export function resultItems(results: SearchResults): ResultItem[] {
  return [
    ...results.entities.map((hit): ResultItem => ({ kind: 'entity', hit })),
    ...results.events.map((hit): ResultItem => ({ kind: 'event', hit })),
  ];
}
