// Presentation mode and marks in a real pseudo-terminal, read through a terminal emulator. Needs `npm run build`.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { MARKS_FILE_NAME } from '../../src/load/marks-file.js';
import { KEYS, spawnItx, type PtySession } from '../pty/harness.js';
import { DATA, dataCopy } from './helpers.js';

let session: PtySession | undefined;

/** Starts itx on a copy of the bundled data, with state kept in a temporary folder: nothing is written into data/. */
function start(args: string[]): PtySession {
  session?.dispose();
  const state = mkdtempSync(path.join(tmpdir(), 'itx-state-'));
  session = spawnItx(args, { cols: 80, rows: 24, env: { XDG_STATE_HOME: state, TZ: 'UTC' } });
  return session;
}

afterEach(() => {
  session?.dispose();
  session = undefined;
});

/** The presentation's key hints ending in its progress, e.g. "Esc timeline   7/23" (the timeline's position looks the same). */
const progress = (n: number, of: number) => new RegExp(`Esc timeline +${n}/${of}$`, 'm');
const selected = (lines: string[]) => lines.find((l) => l.startsWith('>')) ?? '';

describe('presentation in a terminal', { timeout: 20_000 }, () => {
  test('itx present --incident steps through the cards; r hides the officials; q quits', async () => {
    const itx = start(['present', dataCopy(), '--incident', 'telemessage-2025']);
    const first = await itx.waitForText(progress(1, 13));
    expect(itx.isAlternateScreen()).toBe(true);
    expect(first.join('\n')).toMatch(/│ Reuters photo shows Mike Waltz using TeleMessage's TM SGNL at a cabinet +│/);
    expect(first.at(-2)).toMatch(/^→ next +← back +r redact .*Esc timeline +1\/13$/);

    itx.press(KEYS.right);
    expect((await itx.waitForText(progress(2, 13))).join('\n')).toContain('Experts: TM SGNL');
    itx.press('h');
    await itx.waitForText(progress(1, 13));

    itx.press('r');
    const redacted = await itx.waitForText('REDACTED');
    const text = redacted.join('\n');
    expect(text).not.toContain('Mike Waltz');
    expect(text).not.toContain('Waltz');
    expect(text).toContain('Reuters photo shows Official 1 using');
    expect(text).toMatch(/chats with Official 2, Official 3\s+and Official 4/);
    itx.press('r');
    await itx.waitFor((lines) => !lines.join('\n').includes('REDACTED') && lines.join('\n').includes('Mike Waltz'), 'names shown again');

    itx.press('q');
    expect(await itx.exited).toEqual({ exitCode: 0 });
    expect(itx.isAlternateScreen()).toBe(false);
  });

  test("in the explorer: / smarsh Enter, then p steps through Smarsh's events as cards; r hides the officials' names", async () => {
    const itx = start([dataCopy()]);
    await itx.waitForText(/\s1\/106$/m);
    itx.press('/');
    await itx.waitForText('Search:');
    itx.press('smarsh');
    await itx.waitForText('[Smarsh]');
    itx.press(KEYS.enter);
    const pivot = await itx.waitForText('entity: Smarsh');
    const count = Number(/ (\d+)\/106 events/.exec(pivot[0]!)?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);

    itx.press('p');
    const card = await itx.waitForText(progress(1, count));
    expect(card.join('\n')).toMatch(/│ TeleMessage suspends “all services” +│/);
    expect(card.join('\n')).toContain('Mike Waltz');
    itx.press('r');
    const redacted = (await itx.waitForText('REDACTED')).join('\n');
    expect(redacted).not.toContain('Mike Waltz');
    expect(redacted).toContain('Official 1');

    itx.press(KEYS.space);
    expect((await itx.waitForText(progress(2, count))).join('\n')).toContain('Smarsh says TeleMessage is investigating');
    itx.press(KEYS.escape);
    const back = await itx.waitForText('TIME');
    expect(selected(back)).toContain('Smarsh says TeleMessage');
    expect(back[0]).toContain('entity: Smarsh');
  });

  test('m marks, M shows only the marked event, and a restart shows it still marked', async () => {
    const copy = dataCopy();
    const first = start([copy]);
    await first.waitForText(/\s1\/106$/m);
    first.press('j', 'm');
    const marked = await first.waitForText('marked (M shows only marked events)');
    const title = selected(marked).replace(/^.*\*/, '').trim();
    expect(selected(marked)).toMatch(/ \*\S/);
    first.press('M');
    const only = await first.waitForText('marked only');
    expect(only.filter((l) => /^[> ](~|≤ |≥ |\d{4}-)/.test(l))).toHaveLength(1);
    expect(only[0]).toContain('1/106 events');
    first.press('q');
    expect(await first.exited).toEqual({ exitCode: 0 });
    expect(JSON.parse(readFileSync(path.join(copy, MARKS_FILE_NAME), 'utf8')).version).toBe(1);
    expect(existsSync(path.join(DATA, MARKS_FILE_NAME))).toBe(false);

    const again = start([copy]);
    const restarted = await again.waitForText(/\s1\/106$/m);
    const row = restarted.find((l) => l.includes(title.slice(0, 20)));
    expect(row).toMatch(/ \*\S/);
    again.press('M');
    const onlyAgain = await again.waitForText('marked only');
    expect(selected(onlyAgain)).toContain(title.slice(0, 20));
  });
});
