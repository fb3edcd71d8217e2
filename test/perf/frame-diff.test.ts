// The bundle's Ink writes only what changed between frames (scripts/frame-diff.mjs, wired in by
// scripts/ink-patches.mjs). Whatever it sends, a terminal must end up showing exactly the new
// frame with the cursor below it: checked with a real terminal emulator (@xterm/headless) on
// frames that scroll, change, shrink and grow, with styles, full-width rows and wide text.
import fc from 'fast-check';
import xterm from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { frameDifference } from '../../scripts/frame-diff.mjs';

const COLS = 30;
const ROWS = 12;

/** An emulator with `frame` written as log-update writes it: from the top, each line ending in a newline. */
async function terminalShowing(frame: string): Promise<xterm.Terminal> {
  const terminal = new xterm.Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true, scrollback: 0 });
  await write(terminal, frame.replace(/\n/g, '\r\n'));
  return terminal;
}

const write = (terminal: xterm.Terminal, text: string) => new Promise<void>((resolve) => terminal.write(text, resolve));

/** Every cell: character, inverse, bold, dim, underline and colour; then the cursor. */
function screenOf(terminal: xterm.Terminal): string[] {
  const buffer = terminal.buffer.active;
  const cell = buffer.getNullCell();
  const rows: string[] = [];
  for (let y = 0; y < ROWS; y++) {
    let row = '';
    for (let x = 0; x < COLS; x++) {
      buffer.getLine(y)!.getCell(x, cell);
      row += `${cell.getChars() || ' '}${cell.isInverse() ? 'i' : ''}${cell.isBold() ? 'b' : ''}${cell.isDim() ? 'd' : ''}${cell.isUnderline() ? 'u' : ''}${cell.getFgColor()}|`;
    }
    rows.push(row);
  }
  rows.push(`cursor ${buffer.cursorY}:${buffer.cursorX}`);
  return rows;
}

const text = fc.stringMatching(/^[a-z0-9 ─…]{0,10}$/);
const styled = fc
  .tuple(text, fc.constantFrom('', '\x1b[7m', '\x1b[1m', '\x1b[33m', '\x1b[2m', '\x1b[1;94m', '\x1b[38;5;208m', '\x1b[4m'), fc.constantFrom('\x1b[22m\x1b[27m\x1b[39m\x1b[24m', '\x1b[0m', '\x1b[m'))
  .map(([t, style, end]) => (style ? `${style}${t}${end}` : t));
const fullWidth = fc.constantFrom('─'.repeat(COLS), 'x'.repeat(COLS), `\x1b[7m${'y'.repeat(COLS)}\x1b[27m`);
const line = fc.oneof({ arbitrary: fc.array(styled, { maxLength: 3 }).map((parts) => cut(parts.join(''))), weight: 5 }, { arbitrary: fullWidth, weight: 1 });
const lines = fc.array(line, { minLength: 1, maxLength: ROWS - 1 });

// Keeps at most COLS visible characters (escape codes are not counted).
function cut(s: string): string {
  let visible = 0;
  return s.replace(/\x1b\[[0-9;]*m|./gu, (m) => (m.startsWith('\x1b') ? m : visible++ < COLS ? m : ''));
}

/** A frame and the next one: the list scrolled by one row either way, rows changed, or anything. */
const framePair = lines.chain((first) =>
  fc.tuple(
    fc.constant(first),
    fc.oneof(
      fc.tuple(line, fc.nat()).map(([added, n]) => { const at = n % first.length; return [...first.slice(1, at + 1), added, ...first.slice(at + 1)]; }),
      fc.tuple(line, fc.nat()).map(([added, n]) => { const at = n % first.length; return [...first.slice(0, at), added, ...first.slice(at, -1)]; }),
      fc.tuple(line, fc.nat()).map(([changed, n]) => first.map((l, i) => (i === n % first.length ? changed : l))),
      lines,
    ),
  ),
);

const frame = (rows: string[]) => `${rows.join('\n')}\n`;

describe('frameDifference', () => {
  it('leaves the terminal showing exactly the new frame, cursor below it', async () => {
    await fc.assert(
      fc.asyncProperty(framePair, async ([before, after]) => {
        const terminal = await terminalShowing(frame(before));
        const update = frameDifference(frame(before), frame(after), ROWS);
        expect(update).toBeDefined();
        await write(terminal, update!);
        expect(screenOf(terminal)).toEqual(screenOf(await terminalShowing(frame(after))));
      }),
      { numRuns: 300 },
    );
  });

  it('moves a scrolled list with the terminal instead of rewriting it', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `event number ${i} in the list`);
    const update = frameDifference(frame(['header', ...rows.slice(0, 8), 'j/k move 1/10']), frame(['header', ...rows.slice(1, 9), 'j/k move 2/10']), 24)!;
    // Moving the rows, the new bottom row and the counter's digit: under a third of rewriting the 10 rows.
    expect(update.length).toBeLessThan(80);
  });

  it('leaves full-screen frames and frames without a final newline to a full redraw', () => {
    expect(frameDifference('a\nb', 'a\nc', 24)).toBeUndefined();
    expect(frameDifference(frame(['a', 'b', 'c']), frame(['a', 'b', 'd']), 3)).toBeUndefined();
  });
});
