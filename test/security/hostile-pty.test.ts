// The corpus end to end: `itx <hostile dir>` in a pseudo-terminal read by a real terminal emulator.
// Nothing in the files may act on the terminal (title, clipboard, modes, replies, bells, the shell's
// screen), every hidden character must be on screen as a badge, and the good files beside the
// hostile ones must still work. Build first (`npm run build`).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnItx, type PtySession } from '../pty/harness.js';
import { auditTerminalOutput } from './escape-audit.js';
import { END_MARK, makeHostileDir } from './hostile-fixture.js';
import { NASTY_STRINGS } from './nasty-strings.js';

const BANNER = 'shell prompt before itx started';
let dir: string;
beforeAll(() => {
  dir = makeHostileDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The detail pane: the lines between its rule and the key hints. */
function detail(lines: string[]): string {
  const start = lines.findIndex((l) => l.startsWith('── detail'));
  return lines.slice(start + 1, -2).join('\n');
}

/** Walks the whole timeline with j, returning the screen at each event. */
async function walk(itx: PtySession, total: number): Promise<string[][]> {
  const seen: string[][] = [];
  for (let position = 1; position <= total; position++) {
    const lines = await itx.waitForText(new RegExp(`\\s${position}/${total}$`, 'm'));
    // The frame keeps its shape whatever the data: header on top, hints at the bottom, 23 lines.
    expect(lines[0], `at ${position}:\n${lines.join("\n")}`).toMatch(/^ itx {2}\d+ incidents/);
    expect(lines[1]).toMatch(/^ TIME +INC/);
    expect(lines[22]).toMatch(/^j\/k move .*q quit +\d+\/\d+$/);
    seen.push(lines);
    itx.press('j');
  }
  return seen;
}

describe('a directory of hostile files in the explorer at 80x24', { timeout: 60_000 }, () => {
  let itx: PtySession;
  let seen: string[][];
  /** The screen at the event whose title starts with `start`. */
  const at = (start: string) => seen.find((lines) => detail(lines).startsWith(start));
  let modesBefore: object;

  beforeAll(async () => {
    itx = spawnItx([dir], { cols: 80, rows: 24, banner: BANNER, timeoutMs: 20_000 });
    modesBefore = { ...itx.terminal.modes };
    const first = await itx.waitForText(/\s1\/\d+$/m);
    const total = Number(/\s1\/(\d+)$/m.exec(first.join('\n'))![1]);
    seen = await walk(itx, total);
  });
  afterAll(() => itx.dispose());

  test('every corpus string is on screen with its badges, and nothing after it was swallowed', () => {
    for (const nasty of NASTY_STRINGS) {
      const screen = at(`${nasty.name} `) ?? at(`${nasty.name}\n`);
      expect(screen, `event ${nasty.name} was never shown`).toBeDefined();
      const text = detail(screen!);
      for (const badge of nasty.shows) expect(text, nasty.name).toContain(badge);
      // An unterminated OSC runs to the end of its field, so only the text before it remains.
      if (!nasty.large) expect(text.replace(/\n/g, ''), nasty.name).toContain(END_MARK);
    }
  });

  test('hidden characters in other fields show as badges too', () => {
    const fields = at('Field event')!;
    expect(detail(fields)).toContain('<U+202E>LIF Fields with <U+202E>elif-live<U+202C>');
  });

  test('the good incident beside them is listed and navigable', async () => {
    const good = seen.filter((lines) => detail(lines).startsWith('Good event'));
    expect(good.map((lines) => detail(lines).split('\n')[0])).toEqual([
      'Good event one: phishing mail opened',
      'Good event two: alert raised by the SOC',
      'Good event three: mailbox rules removed',
    ]);
    expect(good[0]!.join('\n')).toMatch(/2023-02-01 GOOD +Initial Access +Good event one/);
  });

  test('nothing reached the terminal: no title, clipboard, OSC, DCS, reply, bell or mode change', () => {
    expect(itx.effects).toEqual({ titles: [], osc: [], dcs: [], replies: [], bells: 0 });
    // Ink wraps each frame in synchronized output (DEC mode 2026), so a frame still being written
    // may hold it on here; the test after `q` checks that it, too, ends as it began.
    const { synchronizedOutputMode: _during, ...modes } = { ...itx.terminal.modes };
    const { synchronizedOutputMode: _before, ...expected } = modesBefore as typeof modes & { synchronizedOutputMode: boolean };
    expect(modes).toEqual(expected);
    expect(auditTerminalOutput(itx.output(), { crlf: true })).toEqual([]);
  });

  test('after q the shell screen is as it was, with the load errors named safely', async () => {
    itx.press('q');
    // Data errors (a syntax error, unknown keys) keep exit code 1.
    expect(await itx.exited).toEqual({ exitCode: 1 });
    expect(itx.isAlternateScreen()).toBe(false);
    const lines = itx.lines();
    expect(lines[0]).toBe(BANNER);
    const screen = itx.text();
    expect(screen).toContain('invoice<U+202E>nosj.json');
    expect(screen).toMatch(/raw-escape-syntax-error\.json:1:\d+: error: invalid JSON/);
    expect(screen).not.toContain('j/k move');
    expect(itx.effects).toEqual({ titles: [], osc: [], dcs: [], replies: [], bells: 0 });
    // Ink wraps each frame in synchronized output (DEC mode 2026), so a frame still being written
    // may hold it on here; the test after `q` checks that it, too, ends as it began.
    const { synchronizedOutputMode: _during, ...modes } = { ...itx.terminal.modes };
    const { synchronizedOutputMode: _before, ...expected } = modesBefore as typeof modes & { synchronizedOutputMode: boolean };
    expect(modes).toEqual(expected);
    expect(auditTerminalOutput(itx.output(), { crlf: true })).toEqual([]);
  });
});
