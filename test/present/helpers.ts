// Shared by the presentation and marks tests: the bundled incidents in the explorer's state.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { initialState } from '../../src/tui/state/init.js';
import type { Action, ExplorerState } from '../../src/tui/state/types.js';
import type { Line } from '../../src/tui/present/spans.js';
import { DATA, loadBundled, run } from '../tui/bundled.js';

export { DATA, loadBundled, run };

/** The explorer's state on the bundled incidents at a terminal size, with the folder named as the source. */
export async function bundledState(columns = 80, rows = 24): Promise<ExplorerState> {
  return initialState((await loadBundled()).incidents, { columns, rows }, 'UTC', [DATA]);
}

/** Presses keys by name, as the input hook dispatches them. */
export const press = (state: ExplorerState, ...names: string[]): ExplorerState => run(state, ...names.map((name): Action => ({ type: 'key', name })));

/** Only the events of one incident, chosen in the incident picker as a user would. */
export function onlyIncident(state: ExplorerState, id: string): ExplorerState {
  const index = state.incidents.findIndex((s) => s.id === id);
  return run(state, { type: 'set-filters', filters: { ...state.filters, incidents: [index] } });
}

/** A line's text. */
export const textOf = (line: Line): string => line.map((s) => s.text).join('');

/** A copy of the bundled incidents in a fresh temporary folder (tests never write into data/). */
export function dataCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'itx-present-'));
  cpSync(DATA, dir, { recursive: true });
  return dir;
}
