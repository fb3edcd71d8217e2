import type { MergedEntity } from '../../core/entities/index.js';
import { nextMatch, resultItems, search } from '../../core/search/index.js';
import { oneLine } from '../present/list-columns.js';
import { cardLines } from './find-selectors.js';
import { overlayHeight } from './selectors.js';
import { EMPTY_LINE, editLine, insertText, type LineInput } from './line-edit.js';
import { indexesOf } from './indexes.js';
import { revealEvent, withNotice, type Run } from './reveal.js';
import type { EntityCardOverlay, FindAction, SearchOverlay } from './find-types.js';
import type { ExplorerState } from './types.js';

/** Most entities, and most events, the overlay lists for one query. */
export const RESULT_LIMIT = 20;

/** The search, pivot, card and n/N transitions. */
export function findReducer(state: ExplorerState, action: FindAction, run: Run): ExplorerState {
  switch (action.type) {
    case 'search-insert':
      return editSearch(state, (input) => insertText(input, action.text));
    case 'search-edit':
      return editSearch(state, (input) => editLine(input, action.edit));
    case 'search-run':
      return state.overlay?.kind === 'search' ? ready({ ...state, overlay: searched(state, state.overlay) }) : state;
    case 'search-pace':
      return state.overlay?.kind === 'search' && state.overlay.inline !== action.inline ? { ...state, overlay: { ...state.overlay, inline: action.inline } } : state;
    case 'search-choose':
      return choose(state, run);
    case 'open-card':
      return openCard(state);
    case 'card-back':
      return state.overlay?.kind === 'entity-card' ? { ...state, overlay: state.overlay.from } : state;
    case 'card-pivot': {
      const entity = state.overlay?.kind === 'entity-card' ? indexesOf(state).entities.get(state.overlay.entityKey) : undefined;
      return entity ? pivotTo(state, entity, run) : state;
    }
    case 'search-next':
      return searchNext(state, action.direction, run);
    case 'prepare-entities':
      return ready(state);
  }
}

/** The search overlay as `/` opens it: empty, with the search index built (once per load). */
export function openSearch(state: ExplorerState): SearchOverlay {
  void indexesOf(state).search;
  return { kind: 'search', input: EMPTY_LINE, results: [], cursor: 0, searched: '', inline: true };
}

/** Moves the chosen search result, or scrolls the entity card. */
export function moveFindOverlay(state: ExplorerState, overlay: SearchOverlay | EntityCardOverlay, by: number): SearchOverlay | EntityCardOverlay {
  if (overlay.kind === 'search') {
    const current = searched(state, overlay);
    const cursor = Math.max(0, Math.min(current.results.length - 1, current.cursor + by));
    return cursor === current.cursor ? current : { ...current, cursor };
  }
  const lines = cardLines(state, overlay.entityKey).length;
  const scroll = Math.max(0, Math.min(lines - overlayHeight(state), overlay.scroll + by));
  return scroll === overlay.scroll ? overlay : { ...overlay, scroll };
}

// Notes that the entity index is built (building it if need be): the detail pane then lists inferred mentions.
function ready(state: ExplorerState): ExplorerState {
  if (state.find.entitiesReady) return state;
  void indexesOf(state).entities;
  return { ...state, find: { ...state.find, entitiesReady: true } };
}

/**
 * The overlay with results for the query it holds, searching only when they are for an older one.
 * While searches are quick (`inline`) an edit searches at once, one frame per key; otherwise it
 * changes only the line, so the character shows at once, and the search follows (`search-run`,
 * dispatched after the frame). Keys that act on results bring them up to date first.
 */
export function searched(state: ExplorerState, overlay: SearchOverlay): SearchOverlay {
  if (overlay.searched === overlay.input.text) return overlay;
  const results = resultItems(search(indexesOf(state).search, overlay.input.text, RESULT_LIMIT));
  return { ...overlay, results, cursor: 0, searched: overlay.input.text };
}

function editSearch(state: ExplorerState, edit: (input: LineInput) => LineInput): ExplorerState {
  const overlay = state.overlay;
  if (overlay?.kind !== 'search') return state;
  const input = edit(overlay.input);
  if (input === overlay.input) return state;
  const edited = { ...overlay, input };
  return { ...state, overlay: overlay.inline ? searched(state, edited) : edited };
}

function choose(state: ExplorerState, run: Run): ExplorerState {
  if (state.overlay?.kind !== 'search') return state;
  const overlay = searched(state, state.overlay);
  const query = overlay.input.text.trim();
  const closed: ExplorerState = { ...state, overlay: undefined, find: { ...state.find, lastQuery: query || state.find.lastQuery } };
  const item = overlay.results[overlay.cursor];
  if (!item) return query ? withNotice(closed, `nothing matches "${query}"`) : closed;
  if (item.kind === 'entity') return pivotTo(closed, item.hit.entity, run);
  return revealEvent(closed, item.hit.row.key, run);
}

/**
 * Shows only the events involving an entity, linked or inferred, across every incident: the
 * incident filter goes (a pivot is about all incidents), the tactic filter stays.
 */
export function pivotTo(state: ExplorerState, entity: MergedEntity, run: Run): ExplorerState {
  const eventKeys = indexesOf(state).entities.eventKeySet(entity.key);
  const name = oneLine(entity.name);
  const filters = { ...state.filters, incidents: [], entity: { key: entity.key, name, eventKeys } };
  const pivoted = run({ ...state, overlay: undefined, focus: 'list' }, { type: 'set-filters', filters });
  const incidents = entity.perIncident.filter((p) => p.count > 0).length;
  const counted = `${eventKeys.size} event${eventKeys.size === 1 ? '' : 's'} in ${incidents} incident${incidents === 1 ? '' : 's'}`;
  const hidden = eventKeys.size - pivoted.view.rows.length;
  return withNotice(pivoted, `${name}: ${counted}${hidden > 0 ? `, ${hidden} hidden by the tactic filter` : ''}; x clears`);
}

// Tab on an entity result: its card, and Esc back to the results.
function openCard(state: ExplorerState): ExplorerState {
  if (state.overlay?.kind !== 'search') return state;
  const overlay = searched(state, state.overlay);
  const item = overlay.results[overlay.cursor];
  if (item?.kind !== 'entity') return state;
  return ready({ ...state, overlay: { kind: 'entity-card', entityKey: item.hit.entity.key, scroll: 0, from: overlay } });
}

/** The card `e` opens on the timeline: of the pivot's entity, else of the selected event's first entity; none without either. */
export function openCardOverlay(state: ExplorerState): EntityCardOverlay | undefined {
  const key = state.filters.entity?.key ?? firstEntityOfSelection(state);
  return key === undefined ? undefined : { kind: 'entity-card', entityKey: key, scroll: 0 };
}

// Without a pivot, `e` shows the first entity the selected event involves.
function firstEntityOfSelection(state: ExplorerState): string | undefined {
  const index = state.view.rows[state.cursor];
  const row = index === undefined ? undefined : state.timeline.rows[index];
  return row ? indexesOf(state).entities.entitiesOfRow(row.key)[0]?.key : undefined;
}

function searchNext(state: ExplorerState, direction: 1 | -1, run: Run): ExplorerState {
  const query = state.find.lastQuery;
  if (!query) return withNotice(state, 'no search yet: / searches');
  const rows = state.view.rows.map((i) => state.timeline.rows[i]!);
  const found = nextMatch(rows, state.cursor, query, direction);
  if (!found) return withNotice(state, `no match for "${query}" in view`);
  const moved = run(state, { type: 'move', by: found.index - state.cursor });
  return found.wrapped ? withNotice(moved, 'search wrapped') : moved;
}
