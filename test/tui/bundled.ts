// Shared by the explorer's tests on the bundled incidents: loaded as the explorer loads them, and actions to apply.
import { fileURLToPath } from 'node:url';
import { reducer } from '../../src/tui/state/reducer.js';
import { initialState } from '../../src/tui/state/init.js';
import type { Action, ExplorerState } from '../../src/tui/state/types.js';
import { loadOnce } from './fixture.js';

/** The bundled incidents folder. */
export const DATA = fileURLToPath(new URL('../../data', import.meta.url));

/** The bundled incidents as the CLI loads them (loaded once per test file). */
export const loadBundled = loadOnce([DATA]);

/** The explorer's initial state on the bundled incidents at a terminal size, UTC as the local zone. */
export async function bundledState(columns = 80, rows = 24): Promise<ExplorerState> {
  return initialState((await loadBundled()).incidents, { columns, rows }, 'UTC');
}

/** Applies actions in order. */
export const run = (state: ExplorerState, ...actions: Action[]): ExplorerState => actions.reduce(reducer, state);

/** Key actions for each character of a text, as typed one at a time. */
export const typeKeys = (text: string): Action[] => [...text].map((c) => ({ type: 'key', name: c === ' ' ? 'space' : c }));

/** The keys of named presses ("enter", "backspace", "ctrl-w"). */
export const press = (...names: string[]): Action[] => names.map((name) => ({ type: 'key', name }));

/** Row keys of the events in view. */
export const shownKeys = (state: ExplorerState): string[] => state.view.rows.map((i) => state.timeline.rows[i]!.key);
