// The search overlay, the entity card and the compare screen as drawn, at 80x24 and 60x20.
import { stripVTControlCharacters } from 'node:util';
import chalk from 'chalk';
import { afterEach, describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/text/index.js';
import { Explorer } from '../../src/tui/Explorer.js';
import { TimeColumn } from '../../src/tui/present/time-column.js';
import { bundledState } from './bundled.js';
import { renderAt, settle, type Rendered } from './render-at.js';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

async function explorer(columns: number, rows: number, color = false): Promise<Rendered> {
  const state = await bundledState(columns, rows);
  const times = new TimeColumn(state.timeline.rows, state.timeModes);
  rendered = renderAt(<Explorer initial={state} times={times} color={color} onQuit={() => {}} />, columns, rows);
  return rendered;
}

/**
 * Types each argument as one chunk (one key, or a word at once as a fast typist or a paste sends
 * it), then lets the search that follows a typed query run and draw.
 */
async function type(r: Rendered, ...chunks: string[]): Promise<string[]> {
  for (const chunk of chunks) {
    await r.type(chunk);
    for (let i = 0; i < 10 && r.lines().some((l) => l.includes('searching…')); i++) await settle();
  }
  return r.lines().map((l) => stripVTControlCharacters(l));
}

function fits(lines: string[], columns: number, rows: number): void {
  expect(lines).toHaveLength(rows - 1);
  for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
}

describe.each([
  [80, 24],
  [60, 20],
])('at %ix%i', (columns, rows) => {
  test('search overlay: the query with its caret, Mike Waltz with 2 incidents, matches bracketed, events after', async () => {
    const lines = await type(await explorer(columns, rows), '/', 'waltz');
    fits(lines, columns, rows);
    expect(lines[1]).toBe('Search: waltz');
    expect(lines[2]).toMatch(/^1 entity, \d+ events$/);
    expect(lines[3]).toBe('Entities');
    expect(lines[4]).toMatch(/^> Mike \[Waltz\]  person · 2 incidents, \d+ events/);
    expect(lines[5]).toBe('Events');
    expect(lines.slice(6, 10).every((l) => /^ {2}(~|≤ |≥ )?\d{4}-\d\d-\d\d +(SIG|TM) /.test(l) && l.includes('[Waltz]'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^↑\/↓ choose +Enter go +Tab card +Esc cancel/);
  });

  test('entity card: kind, title, and per incident roles, first and last time and event counts; j scrolls', async () => {
    const r = await explorer(columns, rows);
    const lines = await type(r, '/', 'waltz', '\t');
    fits(lines, columns, rows);
    expect(lines[1]).toBe('Mike Waltz');
    expect(lines[2]).toBe('Kind     person');
    expect(lines.some((l) => /^Events +\d+ events: \d+ linked, \d+ inferred in 2 incidents$/.test(l))).toBe(true);
    expect(lines.some((l) => /^SIG Journalist added/.test(l))).toBe(true);
    expect(lines.some((l) => /^First +2025-03-1\d$/.test(l))).toBe(true);
    const end = await type(r, 'jjjjjjjjjj');
    expect(end.slice(1, -1).filter((l) => l.startsWith('Events')).length).toBeGreaterThanOrEqual(1);
    expect(end.some((l) => /^TM TeleMessage/.test(l))).toBe(true);
    expect(end.at(-1)).toMatch(/^j\/k scroll +Enter pivot +Esc back/);
  });

  test('compare: durations on top, incidents as paged columns, h/l move a page', async () => {
    const r = await explorer(columns, rows);
    const lines = await type(r, 'c');
    fits(lines, columns, rows);
    const perPage = columns === 80 ? 3 : 2;
    expect(lines[1]).toMatch(/^INCIDENT +CHC /);
    expect(lines[2]).toMatch(/^── Durations ─+$/);
    expect(lines[3]).toMatch(/^Dwell time +9 d /);
    expect(lines.some((l) => l.startsWith('Time to contain'))).toBe(true);
    expect(lines.some((l) => /^── Containment ─+$/.test(l))).toBe(true);
    expect(lines.at(-2)).toMatch(new RegExp(`^incidents 1–${perPage} of 8  ←/→ more`));
    expect(lines.at(-1)).toMatch(/^j\/k action +h\/l incidents +Enter event/);
    const paged = await type(r, 'l');
    expect(paged.at(-2)).toMatch(new RegExp(`^incidents ${perPage + 1}–${2 * perPage} of 8`));
    expect(paged[1]).not.toContain('CHC');
  });
});

test('without colour the matched characters are still marked; with colour they are also yellow', async () => {
  const level = chalk.level;
  chalk.level = 3;
  try {
    const plain = await explorer(80, 24, false);
    await type(plain, '/', 'smarsh');
    const frame = plain.stdout.frames.at(-1)!;
    expect(frame).not.toMatch(/\x1b\[3\dm/);
    expect(stripVTControlCharacters(frame)).toContain('[Smarsh]');
    plain.unmount();
    const coloured = await explorer(80, 24, true);
    await type(coloured, '/', 'smarsh');
    expect(coloured.stdout.frames.at(-1)!).toMatch(/\x1b\[33m\[Smarsh\]/);
  } finally {
    chalk.level = level;
  }
});

test('event text is defanged in the list and the overlay, highlights placed on what is shown', async () => {
  const r = await explorer(100, 30);
  const lines = await type(r, '/', 'avsvmcloud');
  expect(lines.some((l) => l.includes('[avsvmcloud][.]com'))).toBe(true);
  const list = await type(r, '\r');
  expect(list.some((l) => l.startsWith('>') && l.includes('subdomains of avsvmcloud[.]'))).toBe(true);
  expect(list.some((l) => l.includes('avsvmcloud[.]com seized'))).toBe(true);
  expect(list.join('\n')).not.toContain('avsvmcloud.com');
});
