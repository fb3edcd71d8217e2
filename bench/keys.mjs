// Keystroke-to-frame latency and bytes per keystroke, in a pseudo-terminal, for itx and for less.
import { spawnPty } from './lib/pty.mjs';
import { isFullFrame } from './startup.mjs';

/** How long the terminal must stay quiet after a key for its frame to count as complete. */
const QUIET_MS = 40;

/** The position counter at the right of the explorer's hint line ("12/10000"), if shown. */
const position = (lines) => {
  for (const line of lines.slice(-2)) {
    const m = /(\d+)\/(\d+)\s*$/.exec(line);
    if (m) return Number(m[1]);
  }
  return undefined;
};

/**
 * Starts `command args` at cols x rows, waits for its first full frame, then presses `key`
 * `warmup + presses` times, one at a time: after each press, the time to the last byte of the
 * frame it caused (the output burst that ends in QUIET_MS of silence) and that burst's bytes.
 * `check` (optional) is asked after each press whether the screen shows the key's effect.
 */
export async function pressRepeatedly(command, args, { cols = 80, rows = 24, key = 'j', presses = 40, warmup = 5, check } = {}) {
  const session = spawnPty(command, args, { cols, rows });
  const latencies = [];
  const bytes = [];
  try {
    await session.waitFor(isFullFrame, `the first full frame of ${command} ${args.join(' ')}`, 180_000);
    await session.quiet(300);
    for (let i = 0; i < warmup + presses; i++) {
      const before = session.bytes();
      const screenBefore = session.lines();
      const pressedAt = performance.now();
      session.press(key);
      const lastAt = await session.settle(QUIET_MS, pressedAt);
      if (check && !check(screenBefore, session.lines())) {
        throw new Error(`${key} had no visible effect in ${command}; screen:\n${session.lines().join('\n')}`);
      }
      if (i < warmup) continue;
      bytes.push(session.bytes() - before);
      if (lastAt !== undefined) latencies.push(lastAt - pressedAt);
    }
  } finally {
    session.press('q');
    session.dispose();
  }
  return { latencies, bytes };
}

/** itx's j moves the selection one row down: its position counter goes up by one. */
export const selectionMovedDown = (before, after) => {
  const a = position(before);
  const b = position(after);
  return a === undefined || b === a + 1;
};

/**
 * Types `query` into the explorer's search overlay (opened with `/`), `rounds` times, timing each
 * keystroke to its frame. Returns `{ available: false }` when `/` changes nothing on screen.
 */
export async function typeSearch(args, query, { cols = 80, rows = 24, rounds = 3 } = {}) {
  const session = spawnPty(process.execPath, ['bin/itx.js', ...args], { cols, rows });
  const latencies = [];
  try {
    await session.waitFor(isFullFrame, 'the first full frame', 180_000);
    await session.quiet(300);
    for (let round = 0; round < rounds; round++) {
      const before = session.lines().join('\n');
      session.press('/');
      await session.settle(QUIET_MS, performance.now(), 2000);
      if (session.lines().join('\n') === before) return { available: false, latencies };
      for (const char of query) {
        const pressedAt = performance.now();
        session.press(char);
        const lastAt = await session.settle(QUIET_MS, pressedAt);
        if (lastAt !== undefined) latencies.push(lastAt - pressedAt);
      }
      session.press('\x1b');
      await session.quiet(200);
    }
  } finally {
    session.press('q');
    session.dispose();
  }
  return { available: true, latencies };
}
