import { describe, expect, test } from 'vitest';
import { NO_TACTIC } from '../../src/core/view.js';
import { frameLayout } from '../../src/tui/layout.js';
import { TACTIC_ITEMS } from '../../src/tui/state/pickers.js';
import { detailHeight, selectedDetail, selectedRow } from '../../src/tui/state/selectors.js';
import type { Action, ExplorerState } from '../../src/tui/state/types.js';
import { run, shownKeys } from './bundled.js';
import { fixtureState } from './fixture.js';

const times = (n: number, action: Action) => Array.from({ length: n }, () => action);
const key = (state: ExplorerState) => selectedRow(state)?.key;
const pickTactic = (shortname: string): Action[] => [
  { type: 'open', overlay: 'tactic-picker' },
  ...times(TACTIC_ITEMS.indexOf(shortname), { type: 'overlay-move', by: 1 }),
  { type: 'overlay-toggle' },
];

describe('moving', () => {
  test('j five times selects the sixth event; k goes back; the ends clamp', async () => {
    const start = await fixtureState();
    const moved = run(start, ...times(5, { type: 'move', by: 1 }));
    expect(moved.cursor).toBe(5);
    expect(key(moved)).toBe(shownKeys(start)[5]);
    expect(run(moved, { type: 'move', by: -1 }).cursor).toBe(4);
    expect(run(start, { type: 'move', by: -1 })).toBe(start);
    expect(run(start, ...times(40, { type: 'move', by: 1 })).cursor).toBe(25);
  });

  test('pages move by the list height and keep the selection on screen', async () => {
    const start = await fixtureState();
    const height = frameLayout(start.viewport).listHeight;
    const paged = run(start, { type: 'page', by: 1 });
    expect(paged.cursor).toBe(height);
    expect(paged.top).toBe(1);
    expect(run(paged, { type: 'page', by: -0.5 }).cursor).toBe(height - Math.floor(height / 2));
    expect(run(start, { type: 'page', by: 0.5 }).cursor).toBe(Math.floor(height / 2));
  });

  test('G goes to the last event at the bottom of the list, g back to the first', async () => {
    const start = await fixtureState();
    const last = run(start, { type: 'jump', to: 'last' });
    expect(last.cursor).toBe(25);
    // 26 events plus the unknown-time separator line, the last 12 of them shown.
    expect(last.top).toBe(27 - frameLayout(start.viewport).listHeight);
    const first = run(last, { type: 'jump', to: 'first' });
    expect([first.cursor, first.top]).toEqual([0, 0]);
  });

  test('events of unknown time come last, after the separator', async () => {
    const start = await fixtureState();
    expect(start.view.firstUnknown).toBe(24);
    expect(shownKeys(start).slice(24).sort()).toEqual(['cobalt-mail-hijack/c05', 'harbor-outage/h13']);
  });

  test('a smaller terminal keeps the selection visible', async () => {
    const deep = run(await fixtureState(), ...times(11, { type: 'move', by: 1 }));
    const small = run(deep, { type: 'resize', viewport: { columns: 40, rows: 12 } });
    const height = frameLayout(small.viewport).listHeight;
    expect(small.cursor).toBe(11);
    expect(small.top).toBeLessThanOrEqual(11);
    expect(small.top + height).toBeGreaterThan(11);
  });
});

describe('filters', () => {
  test('the tactic picker applies Initial Access and keeps the selected event', async () => {
    const start = await fixtureState();
    const onPhish = run(start, { type: 'select-key', key: 'beacon-leak/b01' });
    const filtered = run(onPhish, ...pickTactic('initial-access'), { type: 'overlay-apply' });
    expect(filtered.overlay).toBeUndefined();
    expect(filtered.filters.tactics).toEqual(['initial-access']);
    expect(shownKeys(filtered).sort()).toEqual(
      ['beacon-leak/b01', 'cobalt-mail-hijack/c01', 'harbor-outage/h01', 'harbor-outage/h13'].sort(),
    );
    expect(key(filtered)).toBe('beacon-leak/b01');
  });

  test('several tactics are a union; the no-tactic bucket selects events without any', async () => {
    const start = await fixtureState();
    const union = run(start, ...pickTactic('exfiltration'), { type: 'overlay-move', by: -99 }, { type: 'overlay-move', by: TACTIC_ITEMS.indexOf('impact') }, { type: 'overlay-toggle' }, { type: 'overlay-apply' });
    expect(union.filters.tactics).toEqual(['exfiltration', 'impact']);
    expect(shownKeys(union).sort()).toEqual(['beacon-leak/b03', 'harbor-outage/h06', 'harbor-outage/h07']);
    const none = run(start, ...pickTactic(NO_TACTIC), { type: 'overlay-apply' });
    expect(none.view.rows.length).toBe(12);
    expect(none.view.rows.every((i) => (none.timeline.rows[i]!.event.tactics ?? []).length === 0)).toBe(true);
  });

  test('Esc cancels the picker without changing the view', async () => {
    const start = await fixtureState();
    const cancelled = run(start, ...pickTactic('impact'), { type: 'close' });
    expect(cancelled.filters).toEqual(start.filters);
    expect(cancelled.view).toBe(start.view);
  });

  test('when the selected event leaves the view the next later one is selected', async () => {
    const start = await fixtureState();
    const onH02 = run(start, { type: 'select-key', key: 'harbor-outage/h02' });
    const filtered = run(onH02, { type: 'set-filters', filters: { tactics: ['initial-access'], incidents: [] } });
    const before = shownKeys(start).indexOf('harbor-outage/h02');
    const expected = shownKeys(start).slice(before).find((k) => shownKeys(filtered).includes(k));
    expect(key(filtered)).toBe(expected);
  });

  test('clearing the filters brings every event back and keeps the selection', async () => {
    const start = await fixtureState();
    const filtered = run(start, { type: 'set-filters', filters: { tactics: ['impact'], incidents: [] } }, { type: 'move', by: 1 });
    const cleared = run(filtered, { type: 'clear-filters' });
    expect(cleared.view.rows.length).toBe(26);
    expect(key(cleared)).toBe(key(filtered));
  });

  test('the incident picker shows only the ticked incidents', async () => {
    const start = await fixtureState();
    const picked = run(start, { type: 'open', overlay: 'incident-picker' }, { type: 'overlay-move', by: 1 }, { type: 'overlay-toggle' }, { type: 'overlay-apply' });
    expect(picked.filters.incidents).toEqual([1]);
    expect(shownKeys(picked).every((k) => k.startsWith('beacon-leak/'))).toBe(true);
    expect(picked.view.rows.length).toBe(8);
  });

  test('a filter that matches nothing leaves an empty view without a selection', async () => {
    const start = await fixtureState();
    const empty = run(start, { type: 'set-filters', filters: { tactics: ['resource-development'], incidents: [] } });
    expect(empty.view.rows).toEqual([]);
    expect(selectedRow(empty)).toBeUndefined();
    expect(run(empty, { type: 'move', by: 1 }, { type: 'jump', to: 'last' }).cursor).toBe(0);
  });
});

describe('time, focus and detail', () => {
  test('z cycles UTC, the local zone and relative time', async () => {
    const start = await fixtureState();
    const modes = [0, 1, 2, 3].map((n) => run(start, ...times(n, { type: 'cycle-time-mode' })));
    expect(modes.map((s) => s.timeModes[s.timeMode]!.kind)).toEqual(['utc', 'zone', 'relative', 'utc']);
    expect(start.timeModes[1]).toEqual({ kind: 'zone', zone: 'America/New_York' });
  });

  test('Tab moves focus; the detail scrolls within its length and resets on a new selection', async () => {
    const start = await fixtureState();
    const onLong = run(start, { type: 'select-key', key: 'harbor-outage/h07' }, { type: 'toggle-focus' });
    expect(onLong.focus).toBe('detail');
    const max = selectedDetail(onLong).length - detailHeight(onLong);
    expect(max).toBeGreaterThan(2);
    expect(run(onLong, { type: 'scroll-detail', by: 1 }).detailScroll).toBe(1);
    expect(run(onLong, { type: 'scroll-detail', by: Infinity }).detailScroll).toBe(max);
    expect(run(onLong, { type: 'scroll-detail', by: Infinity }, { type: 'scroll-detail', by: -Infinity }).detailScroll).toBe(0);
    const scrolled = run(onLong, { type: 'scroll-detail', by: 2 }, { type: 'toggle-focus' }, { type: 'move', by: 1 });
    expect(scrolled.focus).toBe('list');
    expect(scrolled.detailScroll).toBe(0);
  });

  test('q and Ctrl-C set quit', async () => {
    expect(run(await fixtureState(), { type: 'quit' }).quit).toBe(true);
  });
});
