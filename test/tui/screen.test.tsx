import { stripVTControlCharacters } from 'node:util';
import chalk from 'chalk';
import { afterEach, describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/text/index.js';
import { KEYMAP } from '../../src/tui/keymap.js';
import { TimeColumn } from '../../src/tui/present/time-column.js';
import { reducer } from '../../src/tui/state/reducer.js';
import type { ExplorerState } from '../../src/tui/state/types.js';
import { Explorer } from '../../src/tui/Explorer.js';
import { TimelineScreen } from '../../src/tui/views/TimelineScreen.js';
import { fixtureState } from './fixture.js';
import { renderAt, settle, type Rendered } from './render-at.js';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function screen(state: ExplorerState, color = false): string[] {
  const times = new TimeColumn(state.timeline.rows, state.timeModes);
  rendered = renderAt(<TimelineScreen state={state} times={times} color={color} />, state.viewport.columns, state.viewport.rows);
  return rendered.lines().map((l) => stripVTControlCharacters(l));
}

function explorer(state: ExplorerState): Rendered {
  const times = new TimeColumn(state.timeline.rows, state.timeModes);
  rendered = renderAt(<Explorer initial={state} times={times} color={false} onQuit={() => {}} />, state.viewport.columns, state.viewport.rows);
  return rendered;
}

const eventRows = (lines: string[]) => lines.filter((l) => /^[> ](~|≤ |\d{4}-)/.test(l));

describe.each([
  [80, 24],
  [60, 20],
  [40, 12],
])('timeline at %ix%i', (columns, rows) => {
  test('one row shorter than the terminal, nothing wider than it, header and hints in place', async () => {
    const lines = screen(await fixtureState(columns, rows));
    expect(lines).toHaveLength(rows - 1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    expect(lines[0]).toMatch(/^ itx  3 inc(idents)?  26\/26 ev(ents)? +UTC/);
    expect(lines.at(-1)).toMatch(/^j\/k move .*q quit +1\/26$/);
    expect(eventRows(lines)[0]).toMatch(/^>~2024-02 +BL /);
  });

  test('CJK and emoji titles are cut by display width', async () => {
    const state = reducer(await fixtureState(columns, rows), { type: 'select-key', key: 'cobalt-mail-hijack/c01' });
    const row = screen(state).find((l) => l.startsWith('>'))!;
    expect(row).toContain('メール');
    expect(displayWidth(row)).toBeLessThanOrEqual(columns);
    // It fits whole at 80 columns; narrower, it is cut with "…" and never by half a wide character.
    expect(row.trimEnd()).toMatch(columns >= 80 ? /🔑$/ : /…$/);
  });
});

test.each([
  [20, 5],
  [12, 3],
  [1, 1],
])('a %ix%i terminal still gets a frame that fits, without errors', async (columns, rows) => {
  const state = await fixtureState(columns, rows);
  for (const key of ['G', 'tab', 't', 'escape', '?']) {
    const lines = screen(reducer(state, { type: 'key', name: key }));
    expect(lines.length).toBeLessThanOrEqual(Math.max(1, rows - 1));
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    rendered!.unmount();
  }
});

describe('what each size keeps', () => {
  test('80x24: 12 event rows, the stage in the tactic column, the full detail head', async () => {
    const lines = screen(await fixtureState(80, 24));
    expect(eventRows(lines)).toHaveLength(12);
    expect(lines[1]).toMatch(/^ TIME +INC +TACTIC\/STAGE +EVENT/);
    expect(lines.find((l) => l.includes('Tidal Response engaged'))).toMatch(/ HO +Response +Tidal/);
    const detail = lines.slice(lines.findIndex((l) => l.startsWith('── detail')) + 1);
    expect(detail[0]).toBe('Vulnerable portal plugin exploited');
    expect(detail.join('\n')).toContain('When       ~2024-02 (month only, approximate)');
    expect(detail.join('\n')).toContain('Tactics    TA0001 Initial Access');
    expect(detail.join('\n')).toContain('Techniques T1190 Exploit Public-Facing Application');
  });

  test('60x20: fewer rows and a shorter detail pane', async () => {
    const lines = screen(await fixtureState(60, 20));
    expect(eventRows(lines)).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('── detail'))).toHaveLength(1);
  });

  test('40x12: no detail pane and no tactic column; Tab shows the detail in the list\'s place', async () => {
    const start = await fixtureState(40, 12);
    const lines = screen(start);
    expect(lines.some((l) => l.includes('detail'))).toBe(false);
    expect(lines[1]).toMatch(/^ TIME +INC +EVENT/);
    rendered!.unmount();
    const detail = screen(reducer(start, { type: 'key', name: 'tab' }));
    expect(detail[1]).toMatch(/^━━ detail/);
    expect(detail[2]).toBe('Vulnerable portal plugin exploited');
  });

  test('unknown times sit after a labelled separator at the end', async () => {
    const lines = screen(reducer(await fixtureState(80, 24), { type: 'jump', to: 'last' }));
    const separator = lines.findIndex((l) => l.includes('— unknown time —'));
    expect(separator).toBeGreaterThan(0);
    expect(lines.slice(separator + 1, separator + 3).map((l) => l.slice(1, 8))).toEqual(['unknown', 'unknown']);
  });
});

describe('overlays', () => {
  test('the tactic picker lists the 15 tactics in matrix order with counts, then "no tactic"', async () => {
    const lines = screen(reducer(await fixtureState(80, 24), { type: 'key', name: 't' }));
    const items = lines.filter((l) => /^[> ] \[[ x]\] /.test(l));
    expect(items).toHaveLength(16);
    expect(items[0]).toMatch(/^> \[ \] TA0043 Reconnaissance +1$/);
    expect(items[2]).toMatch(/TA0001 Initial Access +4$/);
    expect(items[6]).toMatch(/TA0005 Stealth +1$/);
    expect(items[7]).toMatch(/TA0112 Defense Impairment +0$/);
    expect(items[15]).toMatch(/—  +no tactic +12$/);
    expect(lines.at(-1)).toMatch(/Space toggle +Enter apply +Esc cancel/);
  });

  test('help is the keymap: every binding of the timeline is listed with its keys', async () => {
    const lines = screen(reducer(await fixtureState(100, 60), { type: 'key', name: '?' }));
    const text = lines.join('\n');
    expect(lines[1]).toMatch(/^Showing .*three-incidents\.json\.$/);
    for (const binding of KEYMAP.filter((b) => b.contexts[0] === 'list')) expect(text).toContain(binding.help);
    expect(lines.find((l) => l.includes('first event'))).toMatch(/^ {2}g, Home +first event/);
  });
});

describe('colour', () => {
  test('only the 16 basic colours, and none with colour off; the marker does not depend on it', async () => {
    const level = chalk.level;
    chalk.level = 3;
    try {
      const state = await fixtureState(80, 24);
      const times = new TimeColumn(state.timeline.rows, state.timeModes);
      rendered = renderAt(<TimelineScreen state={state} times={times} color />, 80, 24);
      const coloured = rendered.stdout.frames.at(-1)!;
      const codes = [...coloured.matchAll(/\x1b\[([\d;]+)m/g)].flatMap((m) => m[1]!.split(';').map(Number));
      expect(codes.some((c) => (c >= 30 && c <= 37) || (c >= 90 && c <= 97))).toBe(true);
      expect(codes.filter((c) => c === 38 || c === 48)).toEqual([]);
      rendered.unmount();
      rendered = renderAt(<TimelineScreen state={state} times={times} color={false} />, 80, 24);
      const plain = rendered.stdout.frames.at(-1)!;
      const plainCodes = [...plain.matchAll(/\x1b\[([\d;]+)m/g)].flatMap((m) => m[1]!.split(';').map(Number));
      expect(plainCodes.filter((c) => (c >= 30 && c <= 37) || (c >= 90 && c <= 97))).toEqual([]);
      expect(stripVTControlCharacters(plain).split('\n')[2]).toMatch(/^>/);
    } finally {
      chalk.level = level;
    }
  });
});

describe('the explorer with keys and resizes', () => {
  test('keys arriving in one chunk are each handled', async () => {
    const app = explorer(await fixtureState(80, 24));
    const lines = await app.type('jjjjj');
    expect(lines.at(-1)).toMatch(/ 6\/26$/);
    expect(await app.type('kk')).toContainEqual(expect.stringMatching(/ 4\/26$/));
  });

  test('t, Space, Enter in one chunk filters; x clears', async () => {
    const app = explorer(await fixtureState(80, 24));
    const filtered = await app.type('tjj \r');
    expect(filtered[0]).toContain('4/26 events  tactic: Initial Access');
    expect((await app.type('x'))[0]).toMatch(/26\/26 events +UTC/);
  });

  test('a resize re-lays out the frame', async () => {
    const app = explorer(await fixtureState(80, 24));
    await app.type('jjj');
    app.stdout.resize(40, 12);
    await settle();
    const small = app.lines().map((l) => stripVTControlCharacters(l));
    expect(small).toHaveLength(11);
    for (const line of small) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(small.at(-1)).toMatch(/ 4\/26$/);
  });
});
