// Keystroke-to-frame latency and bytes per keystroke, in a pseudo-terminal, for itx and for less.
import { cpuMsOf } from './lib/proc.mjs';
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
 * Starts `command args` at cols x rows, waits for its first full frame and for it to go idle,
 * then presses `key` `warmup + presses` times, one at a time, timing each press to its frame: to
 * the output that makes `check(screenBefore, screenNow)` true when given, else to the last byte
 * of the output burst (followed by QUIET_MS of silence); and the bytes the press cost.
 * `cpuPerPress` is the CPU time the program used per timed press (from /proc; 10 ms ticks,
 * averaged), which a busy machine disturbs far less than the latency.
 */
export async function pressRepeatedly(command, args, { cols = 80, rows = 24, key = 'j', presses = 40, warmup = 5, check } = {}) {
  const session = spawnPty(command, args, { cols, rows });
  const latencies = [];
  const bytes = [];
  let cpuPerPress = NaN;
  try {
    await session.waitFor(isFullFrame, `the first full frame of ${command} ${args.join(' ')}`, 180_000);
    await idle(session);
    let cpuStart;
    for (let i = 0; i < warmup + presses; i++) {
      if (i === warmup) cpuStart = cpuMsOf(session.pid);
      const before = session.bytes();
      const screenBefore = session.lines();
      const pressedAt = performance.now();
      session.press(key);
      const frameAt = check
        ? await session.waitFor((now) => check(screenBefore, now), `the effect of ${key}`, 30_000)
        : await session.settle(QUIET_MS, pressedAt);
      await session.quiet(QUIET_MS);
      if (i < warmup) continue;
      bytes.push(session.bytes() - before);
      if (frameAt !== undefined) latencies.push(frameAt - pressedAt);
    }
    const cpuEnd = cpuMsOf(session.pid);
    if (cpuStart !== undefined && cpuEnd !== undefined) cpuPerPress = (cpuEnd - cpuStart) / presses;
  } finally {
    session.press('q');
    session.dispose();
  }
  return { latencies, bytes, cpuPerPress };
}

/** The time of the last output after `since`, once output has stopped and the program uses no more CPU. */
async function settleAndIdle(session, since, timeoutMs = 10_000) {
  let lastAt = await session.settle(QUIET_MS, since, timeoutMs);
  for (;;) {
    const cpu = cpuMsOf(session.pid);
    const bytes = session.bytes();
    await new Promise((resolve) => setTimeout(resolve, 60));
    if (cpuMsOf(session.pid) === cpu && session.bytes() === bytes) return lastAt;
    lastAt = (await session.settle(QUIET_MS, lastAt ?? since)) ?? lastAt;
  }
}

/** Waits until the program has used no CPU for 300 ms (work after its first frame, such as building an index, is done). */
async function idle(session, limitMs = 120_000) {
  const start = performance.now();
  let last = cpuMsOf(session.pid);
  while (performance.now() - start < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = cpuMsOf(session.pid);
    if (now === undefined || now === last) return;
    last = now;
  }
}

/** itx's j moves the selection one row down: its position counter goes up by one. */
export const selectionMovedDown = (before, after) => {
  const a = position(before);
  const b = position(after);
  return a === undefined || b === a + 1;
};

/**
 * Types `query` into the explorer's search overlay (opened with `/`), `rounds` times, timing each
 * keystroke to its last frame (the overlay may echo the character before its results), and `/`
 * to the overlay (`opens`: the first one builds the search index). Returns `{ available: false }`
 * when `/` changes nothing on screen. `cpuPerKey`: the program's CPU time per typed character.
 */
export async function typeSearch(args, query, { cols = 80, rows = 24, rounds = 3, script = 'bin/itx.js' } = {}) {
  const session = spawnPty(process.execPath, [script, ...args], { cols, rows });
  const latencies = [];
  const opens = [];
  const cpuPerKey = [];
  try {
    await session.waitFor(isFullFrame, 'the first full frame', 180_000);
    await idle(session);
    for (let round = 0; round < rounds; round++) {
      const before = session.lines().join('\n');
      const pressedAt = performance.now();
      session.press('/');
      const openedAt = await settleAndIdle(session, pressedAt, 120_000);
      if (session.lines().join('\n') === before) return { available: false, latencies, opens };
      opens.push(openedAt - pressedAt);
      const cpuStart = cpuMsOf(session.pid);
      for (const char of query) {
        const pressedAt = performance.now();
        session.press(char);
        // The overlay may show the character first and the results a little later: wait for both.
        const lastAt = await settleAndIdle(session, pressedAt);
        if (lastAt !== undefined) latencies.push(lastAt - pressedAt);
      }
      const cpuEnd = cpuMsOf(session.pid);
      if (cpuStart !== undefined && cpuEnd !== undefined) cpuPerKey.push((cpuEnd - cpuStart) / query.length);
      session.press('\x1b');
      await session.quiet(200);
    }
  } finally {
    session.press('q');
    session.dispose();
  }
  return { available: true, latencies, opens, cpuPerKey: cpuPerKey.reduce((a, b) => a + b, 0) / cpuPerKey.length };
}
