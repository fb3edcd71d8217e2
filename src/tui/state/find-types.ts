import type { ResultItem } from '../../core/search/index.js';
import type { LineEdit, LineInput } from './line-edit.js';
import { actionGuard } from './action-guard.js';

/** The search overlay (`/`): the query line, the results of what it holds, and the chosen result. */
export interface SearchOverlay {
  kind: 'search';
  input: LineInput;
  /** Entities first, then events, for the query `searched`. */
  results: readonly ResultItem[];
  /** Position of the chosen result in `results`. */
  cursor: number;
  /** The query `results` are for: behind `input.text` from an edit until the search runs, a moment later. */
  searched: string;
  /**
   * True while searches are quick enough to run with the edit, in the frame that shows the
   * character; false at first, and whenever one was not: the character is then shown at once
   * and the results a moment later.
   */
  inline: boolean;
}

/** The entity card (`e`, or Tab on an entity result): one entity across every incident. */
export interface EntityCardOverlay {
  kind: 'entity-card';
  /** Key of the merged entity shown. */
  entityKey: string;
  /** First card line shown. */
  scroll: number;
  /** The search overlay the card was opened from; Esc goes back to it. */
  from?: SearchOverlay;
}

/** What searching leaves for the timeline. */
export interface FindState {
  /** The query last submitted with Enter, for n/N. */
  lastQuery: string;
  /** True once the entity index is built: until then the detail pane lists only the data's links. */
  entitiesReady: boolean;
}

/** Actions of search, the entity pivot, the entity card and n/N (handled in find.ts). */
export type FindAction =
  /** Insert typed or pasted text at the caret of the search line. */
  | { type: 'search-insert'; text: string }
  | { type: 'search-edit'; edit: LineEdit }
  /** Search for what the line holds, if the results are for an older query (dispatched after each edit's frame). */
  | { type: 'search-run' }
  /** How long the last search took, measured by the view: searches run with edits when quick. */
  | { type: 'search-pace'; inline: boolean }
  /** Enter: pivot to the chosen entity, or show the chosen event. */
  | { type: 'search-choose' }
  /** Tab in the search overlay: the card of the chosen entity result. */
  | { type: 'open-card' }
  /** Leave the card: back to the search it came from, else to the timeline. */
  | { type: 'card-back' }
  /** Pivot the timeline to the card's entity. */
  | { type: 'card-pivot' }
  /** n (1) and N (-1): the next or previous event in view matching the last query. */
  | { type: 'search-next'; direction: 1 | -1 }
  /** Build the entity index now (after the first frame, on loads small enough to do it unnoticed). */
  | { type: 'prepare-entities' };

/** True for the actions find.ts handles. */
export const isFindAction = actionGuard<FindAction>([
  'search-insert', 'search-edit', 'search-run', 'search-pace', 'search-choose', 'open-card', 'card-back', 'card-pivot', 'search-next', 'prepare-entities',
]);
