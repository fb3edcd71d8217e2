import { entityCard } from '../../core/entities/index.js';
import { frameLayout } from '../layout.js';
import { entityCardLines } from '../present/entity-card-lines.js';
import { rowEntityTexts } from '../present/row-entities.js';
import type { SearchFacts } from '../present/search-lines.js';
import type { Line } from '../present/spans.js';
import { indexesOf } from './indexes.js';
import type { ExplorerState } from './types.js';

/** The lines of an entity's card at the current width and time mode. */
export function cardLines(state: ExplorerState, entityKey: string): Line[] {
  const entity = indexesOf(state).entities.get(entityKey);
  const incidents = state.loaded.map((l) => l.incident);
  const facts = { styles: state.incidents, incidents, mode: state.timeModes[state.timeMode]! };
  return entityCardLines(entity && entityCard(entity, incidents), facts, frameLayout(state.viewport).width);
}

/** What the search result lines need from the state. */
export function searchFacts(state: ExplorerState): SearchFacts {
  return { incidents: state.incidents, mode: state.timeModes[state.timeMode]!, fanged: state.fanged };
}

/**
 * The entities of the selected event for the detail pane, once the entity index is built (see
 * `prepare-entities`); undefined before, and the pane then lists the data's links alone.
 */
export function selectedRowEntities(state: ExplorerState): string[] | undefined {
  const index = state.view.rows[state.cursor];
  const row = index === undefined ? undefined : state.timeline.rows[index];
  return row && state.find.entitiesReady ? rowEntityTexts(indexesOf(state).entities, row) : undefined;
}
