import { expect, test } from 'vitest';
import { formatTime } from '../../src/core/time-format.js';
import { displayWidth } from '../../src/text/index.js';
import { TimeColumn } from '../../src/tui/present/time-column.js';
import { fixtureState } from './fixture.js';

test('the column width is the widest text of the mode, found without formatting every row', async () => {
  const state = await fixtureState();
  const times = new TimeColumn(state.timeline.rows, state.timeModes);
  state.timeModes.forEach((mode, m) => {
    const all = state.timeline.rows.map((row) => formatTime(row.time, mode, row.origin));
    expect(times.width(m), mode.kind).toBe(Math.max(...all.map(displayWidth)));
    all.forEach((text, i) => expect(times.text(i, m)).toBe(text));
  });
});
