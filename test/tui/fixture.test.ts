import { expect, test } from 'vitest';
import { loadFixture } from './fixture.js';

test('the explorer fixture loads cleanly: 3 incidents, 26 events', async () => {
  const load = await loadFixture();
  expect(load.diagnostics).toEqual([]);
  expect(load.incidents.map((l) => l.incident.events.length)).toEqual([13, 8, 5]);
});
