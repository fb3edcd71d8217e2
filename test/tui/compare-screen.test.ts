// The compare screen (c) as reducer actions, on the bundled incidents.
import { describe, expect, test } from 'vitest';
import { compareLayout, comparisonFor } from '../../src/tui/state/compare.js';
import type { CompareScreenState } from '../../src/tui/state/compare-types.js';
import { selectedRow } from '../../src/tui/state/selectors.js';
import type { ExplorerState } from '../../src/tui/state/types.js';
import { bundledState, press, run, typeKeys } from './bundled.js';

const screen = (state: ExplorerState) => state.screen as CompareScreenState;
const selectedAction = (state: ExplorerState) => compareLayout(state, screen(state)).actions[screen(state).selected!];

describe('compare screen', () => {
  test('c compares every incident in view, the first action in view selected; Esc and q go back', async () => {
    const start = await bundledState();
    const opened = run(start, ...press('c'));
    expect(opened.screen).toMatchObject({ kind: 'compare', columnOffset: 0, scroll: 0, selected: 0 });
    expect(comparisonFor(opened).incidents).toHaveLength(8);
    expect(comparisonFor(opened).durations.map((d) => d.label)).toContain('Time to contain');
    expect(run(opened, ...press('escape')).screen.kind).toBe('timeline');
    expect(run(opened, ...press('q')).screen.kind).toBe('timeline');
    expect(run(opened, ...press('q')).quit).toBe(false);
  });

  test('the incident filter and a pivot choose the incidents compared', async () => {
    const start = await bundledState();
    const two = run(start, { type: 'set-filters', filters: { tactics: [], incidents: [0, 3] } }, ...press('c'));
    expect(comparisonFor(two).incidents.map((i) => i.id)).toEqual([start.loaded[0]!.incident.id, start.loaded[3]!.incident.id]);
    const waltz = run(start, ...press('/'), ...typeKeys('waltz'), ...press('enter', 'c'));
    expect(comparisonFor(waltz).incidents.map((i) => i.id).sort()).toEqual(['signal-chat-2025', 'telemessage-2025']);
  });

  test('j/k select actions in reading order, within the actions there are', async () => {
    const opened = run(await bundledState(), ...press('c'));
    const count = compareLayout(opened, screen(opened)).actions.length;
    expect(screen(run(opened, ...press('j', 'j')))!.selected).toBe(2);
    expect(screen(run(opened, ...press('j', 'j', 'k')))!.selected).toBe(1);
    expect(screen(run(opened, ...press('k')))!.selected).toBe(0);
    expect(screen(run(opened, ...press('G')))!.selected).toBe(count - 1);
    expect(screen(run(opened, ...press('G', 'g')))).toMatchObject({ selected: 0, scroll: 0 });
  });

  test('h/l page the incident columns, three at a time at 80 columns, two at 60; the selection follows the page', async () => {
    const wide = run(await bundledState(80, 24), ...press('c'));
    expect(screen(run(wide, ...press('l'))).columnOffset).toBe(3);
    expect(screen(run(wide, ...press('l', 'l', 'l'))).columnOffset).toBe(5);
    expect(screen(run(wide, ...press('l', 'h'))).columnOffset).toBe(0);
    const paged = run(wide, ...press('l'));
    expect(selectedAction(paged)!.column).toBeGreaterThanOrEqual(3);
    const narrow = run(await bundledState(60, 20), ...press('c'));
    expect(screen(run(narrow, ...press('right'))).columnOffset).toBe(2);
  });

  test('PgDn/PgUp scroll by pages and select an action in the new window', async () => {
    const opened = run(await bundledState(), ...press('c'));
    const down = run(opened, ...press('pagedown'));
    const layout = compareLayout(down, screen(down));
    expect(screen(down).scroll).toBeGreaterThan(0);
    const line = layout.body.findIndex((l) => l.targets.some((t) => t.action === screen(down).selected));
    expect(line).toBeGreaterThanOrEqual(layout.scroll);
    expect(line).toBeLessThan(layout.scroll + layout.bodyHeight);
    expect(screen(run(down, ...press('pageup'))).scroll).toBe(0);
  });

  test('Enter on an action with an event shows that event on the timeline, clearing a filter that hides it', async () => {
    const start = await bundledState();
    const rowOf = (key: string) => start.timeline.rows.find((r) => r.key === key)!;
    let state = run(start, ...press('c'));
    // An action whose event has no Impact tactic, so the filter below hides it.
    while (!selectedAction(state)?.eventKey || rowOf(selectedAction(state)!.eventKey!).event.tactics?.includes('impact')) state = run(state, ...press('j'));
    const key = selectedAction(state)!.eventKey!;
    const shown = run(state, ...press('enter'));
    expect(shown.screen.kind).toBe('timeline');
    expect(selectedRow(shown)!.key).toBe(key);
    expect(shown.notice).toBeUndefined();
    const impactOnly = run(start, { type: 'set-filters', filters: { tactics: ['impact'], incidents: [] } });
    const revealed = run({ ...impactOnly, screen: state.screen }, ...press('enter'));
    expect(selectedRow(revealed)!.key).toBe(key);
    expect(revealed.filters.tactics).toEqual([]);
    expect(revealed.notice).toBe('the tactic filter cleared to show it');
  });

  test('? opens the help over the comparison, and Esc returns to it', async () => {
    const opened = run(await bundledState(), ...press('c', 'j'));
    const help = run(opened, ...press('?'));
    expect(help.overlay?.kind).toBe('help');
    const back = run(help, ...press('escape'));
    expect(back.overlay).toBeUndefined();
    expect(back.screen).toEqual(opened.screen);
  });
});
