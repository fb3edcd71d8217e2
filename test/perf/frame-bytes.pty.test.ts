// The built explorer writes only what a key changed (scripts/frame-diff.mjs in the bundle's Ink):
// after every key the screen must be exactly what a full redraw (ITX_FULL_REDRAW=1) shows, and a
// j must cost under 1 KB at 80x24 (the full redraw costs about 2.5 KB). Needs `npm run build`.
import { afterEach, describe, expect, test } from 'vitest';
import { KEYS, spawnItx, type PtySession } from '../pty/harness.js';

const sessions: PtySession[] = [];
afterEach(() => {
  sessions.splice(0).forEach((s) => s.dispose());
});

const start = (env: Record<string, string> = {}, cols = 80, rows = 24) => {
  const session = spawnItx([], { cols, rows, env });
  sessions.push(session);
  return session;
};

const counter = (lines: string[]) => /(\d+)\/\d+\s*$/.exec(lines.slice(-2).join('\n'))?.[1];

/** Presses a key, waits for its output to begin, then until the screen stops changing (100 ms without output). */
async function pressAndSettle(session: PtySession, key: string): Promise<string[]> {
  const start = session.bytesWritten();
  session.press(key);
  for (let waited = 0; session.bytesWritten() === start && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  let bytes = -1;
  while (bytes !== session.bytesWritten()) {
    bytes = session.bytesWritten();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return session.lines();
}

describe('bytes per key in the built explorer', { timeout: 60_000 }, () => {
  test('every screen equals a full redraw of it, through scrolling, overlays and back', async () => {
    const diffed = start();
    const redrawn = start({ ITX_FULL_REDRAW: '1' });
    await Promise.all([diffed.waitForText(/1\/\d+\s*$/m), redrawn.waitForText(/1\/\d+\s*$/m)]);
    const keys = [...'jjjjjjjjjjjjjjjjjjjj', 'k', 'k', 'k', 'G', 'g', KEYS.pageDown, '?', KEYS.escape, 't', 'j', KEYS.escape, 'z', 'j', KEYS.tab, 'j', KEYS.tab, 'j'];
    for (const key of keys) {
      const [a, b] = await Promise.all([pressAndSettle(diffed, key), pressAndSettle(redrawn, key)]);
      expect(a, `after ${JSON.stringify(key)}`).toEqual(b);
    }
  });

  test('j costs under 1 KB at 80x24, scrolling included', async () => {
    const itx = start();
    await itx.waitForText(/1\/\d+\s*$/m);
    const costs: number[] = [];
    for (let i = 0; i < 30; i++) {
      const before = itx.bytesWritten();
      const lines = await pressAndSettle(itx, 'j');
      expect(counter(lines)).toBe(String(i + 2));
      costs.push(itx.bytesWritten() - before);
    }
    // Past the first dozen presses every j scrolls the list.
    const median = [...costs].sort((a, b) => a - b)[15]!;
    expect(median).toBeLessThan(1000);
  });
});
