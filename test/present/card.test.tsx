import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/text/index.js';
import type { ExplorerState } from '../../src/tui/state/types.js';
import { PresentationScreen } from '../../src/tui/views/PresentationScreen.js';
import { renderAt, type Rendered } from '../tui/render-at.js';
import { bundledState, onlyIncident, press } from './helpers.js';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function screen(state: ExplorerState): string[] {
  if (state.screen.kind !== 'present') throw new Error('not presenting');
  rendered = renderAt(<PresentationScreen state={state} screen={state.screen} color={false} />, state.viewport.columns, state.viewport.rows);
  return rendered.lines().map((l) => stripVTControlCharacters(l));
}

const presenting = async (columns: number, rows: number, ...keys: string[]) =>
  press(onlyIncident(await bundledState(columns, rows), 'telemessage-2025'), 'p', ...keys);

describe.each([
  [80, 24],
  [60, 20],
  [40, 12],
])('the card at %ix%i', (columns, rows) => {
  test('fits the terminal: one row shorter, nothing wider; header, progress and key hints in place', async () => {
    const lines = screen(await presenting(columns, rows, 'right'));
    expect(lines).toHaveLength(rows - 1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    expect(lines[0]).toMatch(/^ itx /);
    expect(lines.at(-1)).toMatch(/→ next .*Esc timeline +2\/13$/);
    expect(lines.join('\n')).toContain('Experts:');
  });
});

test('80x24: the whole first card shows, the title boxed, nothing to scroll', async () => {
  const lines = screen(await presenting(80, 24));
  const top = lines.findIndex((l) => l.startsWith('  ┌'));
  expect(lines[top]).toBe(`  ┌${'─'.repeat(74)}┐`);
  expect(lines[top + 1]).toBe(`  │ Reuters photo shows Mike Waltz using TeleMessage's TM SGNL at a cabinet  │`);
  expect(lines[top + 3]).toBe(`  └${'─'.repeat(74)}┘`);
  expect(lines[2]).toBe('  2025-04-30 (day) · T-4d from incident start');
  expect(lines.some((l) => /^ {2}Entities  Mike Waltz \(user\), JD Vance/.test(l))).toBe(true);
  expect(lines.some((l) => l.includes('more (j)'))).toBe(false);
  expect(lines.at(-1)).toMatch(/ 1\/13$/);
});

test('40x12: the title leads, unboxed, then the time; the rest is cut with how much is below, and j scrolls to the sources', async () => {
  const state = await presenting(40, 12);
  const lines = screen(state);
  expect(lines.slice(1, 4)).toEqual([' Reuters photo shows Mike Waltz using', " TeleMessage's TM SGNL at a cabinet", ' meeting']);
  expect(lines[4]).toMatch(/^ 2025-04-30 \(day\)/);
  expect(lines.join('\n')).not.toContain('┌');
  expect(lines.at(-2)).toMatch(/^ ↓ \d+ more \(j\)$/);
  rendered!.unmount();
  const scrolled = screen(press(state, ...Array(30).fill('j')));
  expect(scrolled.join('\n')).toContain('Sources');
  expect(scrolled.some((l) => l.includes('more (j)'))).toBe(false);
});

test('redacting: REDACTED in the header, placeholders on the card', async () => {
  const lines = screen(await presenting(80, 24, 'r'));
  expect(lines[0]).toMatch(/^ itx +REDACTED +1\/8 incidents/);
  const text = lines.join('\n');
  expect(text).not.toContain('Waltz');
  expect(text).toContain('│ Reuters photo shows Official 1 using');
});

test('help opens over the card and Esc returns to it', async () => {
  const state = await presenting(100, 120, '?');
  const help = screen(state).join('\n');
  expect(help).toContain('Presentation (p, itx present)');
  expect(help).toContain("redact people's names");
  rendered!.unmount();
  expect(screen(press(state, 'escape')).at(-1)).toMatch(/ 1\/13$/);
});

test('redacting a presentation pivoted to a person hides the name in the header too', async () => {
  const pivoted = press(await bundledState(80, 24), '/', 'w', 'a', 'l', 't', 'z', 'enter');
  expect(pivoted.filters.entity?.name).toBe('Mike Waltz');
  const plain = screen(press(pivoted, 'p'));
  expect(plain[0]).toContain('entity: Mike Waltz');
  rendered!.unmount();
  const lines = screen(press(pivoted, 'p', 'r'));
  expect(lines[0]).toMatch(/REDACTED .*entity: Official 1/);
  expect(lines.join('\n')).not.toContain('Waltz');
});
