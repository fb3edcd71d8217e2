// Start-up to the first full frame in a pseudo-terminal, beside the floor `node -e 0`.
import { cpuMsOf } from './lib/proc.mjs';
import { spawnPty } from './lib/pty.mjs';

/**
 * A frame is full when its top line (the header) and its key hint line are drawn; the explorer
 * leaves the screen's last row empty (its frame is one line shorter than the screen), so the hint
 * line is one of the last two rows.
 */
export const isFullFrame = (lines) => lines[0].trim() !== '' && lines.slice(-2).some((line) => line.trim() !== '');

/**
 * Milliseconds from spawning `node bin/itx.js ...args` at 80x24 to its first full frame, `runs`
 * times: `wall`, and `cpu`, the CPU time the process had used by then (10 ms resolution).
 */
export async function itxStartup(args, runs, { cols = 80, rows = 24, script = 'bin/itx.js' } = {}) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const session = spawnPty(process.execPath, [script, ...args], { cols, rows });
    try {
      const at = await session.waitFor(isFullFrame, 'the first full frame', 180_000);
      const used = cpuMsOf(session.pid);
      wall.push(at - session.started);
      if (used !== undefined) cpu.push(used);
      session.press('q');
      await Promise.race([session.exited, new Promise((r) => setTimeout(r, 5000))]);
    } finally {
      session.dispose();
    }
  }
  return { wall, cpu };
}

/** Milliseconds from spawning `node -e 0` in the same kind of pseudo-terminal to its exit, `runs` times. */
export async function nodeFloor(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const session = spawnPty(process.execPath, ['-e', '0']);
    const { at } = await session.exited;
    times.push(at - session.started);
    session.dispose();
  }
  return times;
}
