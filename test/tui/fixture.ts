// Shared by the explorer's tests: the three-incident fixture, loaded the way the CLI loads it.
import { fileURLToPath } from 'node:url';
import { loadPaths } from '../../src/load/index.js';
import type { LoadResult } from '../../src/model/loaded.js';
import { initialState } from '../../src/tui/state/init.js';
import type { ExplorerState } from '../../src/tui/state/types.js';

/** Path of the fixture: 3 incidents, 26 events, two of unknown time, CJK and emoji titles, every time fidelity. */
export const FIXTURE = fileURLToPath(new URL('./fixtures/three-incidents.json', import.meta.url));

/** A loader of `paths` as the CLI loads them, that loads once per test file and then returns the same result. */
export function loadOnce(paths: readonly string[]): () => Promise<LoadResult> {
  let cached: Promise<LoadResult> | undefined;
  return () => (cached ??= loadPaths(paths));
}

/** The fixture as `loadPaths` returns it (loaded once per test file). */
export const loadFixture = loadOnce([FIXTURE]);

/** The explorer's initial state on the fixture at a terminal size, with New York as the local zone. */
export async function fixtureState(columns = 80, rows = 24): Promise<ExplorerState> {
  const load = await loadFixture();
  return initialState(load.incidents, { columns, rows }, 'America/New_York', [FIXTURE]);
}
