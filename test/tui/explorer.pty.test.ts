// The explorer in a real pseudo-terminal, read through a terminal emulator. Needs `npm run build`.
import { afterEach, describe, expect, test } from 'vitest';
import { KEYS, spawnItx, type PtySession } from '../pty/harness.js';
import { FIXTURE } from './fixture.js';

const BANNER = 'shell output before itx started';
let session: PtySession | undefined;

function start(cols = 80, rows = 24): PtySession {
  session = spawnItx([FIXTURE], { cols, rows, banner: BANNER, env: { TZ: 'America/New_York' } });
  return session;
}

afterEach(() => {
  session?.dispose();
  session = undefined;
});

/** The position indicator at the end of the key hint line, e.g. "6/26". */
const at = (n: number, of = 26) => new RegExp(`\\s${n}/${of}$`, 'm');
const markerRow = (lines: string[]) => lines.findIndex((l) => l.startsWith('>'));
const detailTitle = (lines: string[]) => lines[lines.findIndex((l) => l.includes(' detail ')) + 1];

// A generous limit for a loaded CI machine; each test normally takes 1–3 s.
describe('explorer in a terminal', { timeout: 15_000 }, () => {
  test('first frame, moving with j/G/g, and q back to the shell screen', async () => {
    const itx = start();
    const first = await itx.waitForText(at(1));
    expect(itx.isAlternateScreen()).toBe(true);
    expect(first[0]).toMatch(/itx\s+3 incidents\s+26\/26 events\s+UTC\s*$/);
    expect(first[1]).toMatch(/TIME\s+INC\s+TACTIC/);
    const rows = first.filter((l) => /^[> ]\d{4}-\d\d|^[> ][~≤≥]/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(markerRow(first)).toBe(2);
    expect(detailTitle(first)).toBe('Vulnerable portal plugin exploited');
    expect(first[22]).toMatch(/^j\/k move .*q quit\s+1\/26$/);
    expect(first[23]).toBe('');

    // Five presses in one chunk, as key repeat over SSH delivers them.
    itx.press('jjjjj');
    const moved = await itx.waitForText(at(6));
    expect(markerRow(moved)).toBe(7);
    expect(moved[7]).toContain(detailTitle(moved)!.slice(0, 20));
    expect(detailTitle(moved)).not.toBe(detailTitle(first));

    itx.press('G');
    const last = await itx.waitForText(at(26));
    expect(last[markerRow(last)]).toContain('Password reuse suspected');
    expect(last.some((l) => l.includes('— unknown time —'))).toBe(true);
    itx.press('g');
    expect(markerRow(await itx.waitForText(at(1)))).toBe(2);

    itx.press('q');
    expect(await itx.exited).toEqual({ exitCode: 0 });
    expect(itx.isAlternateScreen()).toBe(false);
    expect(itx.text()).toContain(BANNER);
    expect(itx.text()).not.toContain('1/26');
  });

  test('tactic filter, clearing it, the time modes, and Ctrl-C back to the shell screen', async () => {
    const itx = start();
    await itx.waitForText(at(1));
    itx.press('t');
    await itx.waitForText('TA0001 Initial Access');
    itx.press('jj', KEYS.space, KEYS.enter);
    const filtered = await itx.waitForText('tactic: Initial Access');
    expect(filtered[0]).toContain('4/26 events');
    const rows = filtered.filter((l) => /^[> ][\d~≤≥u]/.test(l) && !l.includes('unknown time —'));
    expect(rows.length).toBe(4);
    expect(rows.every((l) => l.includes('Initial Access'))).toBe(true);

    itx.press('x');
    expect((await itx.waitForText('26/26 events'))[0]).not.toContain('tactic:');

    // The third event, "Macro runs a loader", happened at 14:20 UTC on the harbor incident's first day.
    itx.press('jj', 'z');
    const zoned = await itx.waitForText('America/New_York');
    expect(zoned[markerRow(zoned)]).toMatch(/^>2024-03-01 09:20 .*Macro runs/);
    itx.press('z');
    const relative = await itx.waitForText('T+ relative');
    expect(relative[markerRow(relative)]).toMatch(/^>T\+\d+d .*Macro runs/);
    itx.press('z');
    const utc = await itx.waitForText(/UTC\s*$/m);
    expect(utc[markerRow(utc)]).toMatch(/^>2024-03-01 14:20 .*Macro runs/);

    itx.press(KEYS.ctrlC);
    expect(await itx.exited).toEqual({ exitCode: 0 });
    expect(itx.isAlternateScreen()).toBe(false);
    expect(itx.text()).toContain(BANNER);
  });

  test('resize to 60x20 and back keeps a sane screen; SIGTERM restores the shell screen', async () => {
    const itx = start();
    await itx.waitForText(at(1));
    itx.resize(60, 20);
    const small = await itx.waitFor((l) => l[18]!.endsWith('1/26') && l[0]!.includes('26/26 ev'), 'the 60x20 frame');
    expect(small[0]).toMatch(/^ itx /);
    expect(small.slice(0, 19).every((l) => l.length <= 60)).toBe(true);
    expect(small[19]).toBe('');
    itx.resize(80, 24);
    const back = await itx.waitFor((l) => l[22]!.endsWith('1/26') && l[0]!.includes('26/26 events'), 'the 80x24 frame');
    expect(back[1]).toMatch(/TIME\s+INC\s+TACTIC/);
    expect(new Set(back.slice(0, 23)).size).toBeGreaterThan(20);

    itx.kill('SIGTERM');
    // The explorer restores the screen, then ends by the signal as its parent expects.
    expect(await itx.exited).toEqual({ exitCode: 0, signal: 15 });
    expect(itx.isAlternateScreen()).toBe(false);
    expect(itx.text()).toContain(BANNER);
  });
});
