import { expect, test } from 'vitest';
import { displayWidth } from '../../src/text/index.js';
import { listColumns, rowCells } from '../../src/tui/present/list-columns.js';
import { fixtureState } from './fixture.js';

test('columns fill the width exactly and narrow terminals drop the tactic and stage columns', () => {
  for (const width of [120, 80, 60, 40, 20]) {
    const c = listColumns(width, 16, 3);
    const used = 1 + c.time + 1 + c.tag + 1 + (c.tactic && c.tactic + 1) + (c.stage && c.stage + 1) + c.title;
    expect(used, `width ${width}`).toBe(width);
  }
  expect(listColumns(120, 16, 3).stage).toBeGreaterThan(0);
  expect(listColumns(80, 16, 3)).toMatchObject({ stage: 0, tactic: 16 });
  expect(listColumns(40, 16, 3)).toMatchObject({ stage: 0, tactic: 0, time: 10 });
});

test('a title with line breaks stays on its row', async () => {
  const row = (await fixtureState()).timeline.rows[0]!;
  const broken = { ...row, event: { ...row.event, title: 'first line\n  second line' } };
  const cells = rowCells(broken, '2024-03-01', 'HO', listColumns(80, 10, 2));
  expect(cells.title).not.toContain('\n');
  expect(cells.title.trimEnd()).toBe('first line second line');
  expect(displayWidth(cells.title)).toBe(listColumns(80, 10, 2).title);
});
