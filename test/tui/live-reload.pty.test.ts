// Live reload in a real pseudo-terminal: the explorer follows edits of its files. Needs `npm run build`.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/core/timeline.js';
import { loadPaths } from '../../src/load/index.js';
import { REPO_ROOT, spawnItx, type PtySession } from '../pty/harness.js';

// Generous: a reload waits for the 300 ms debounce, then reads and validates every file, on a machine that may be busy.
const RELOAD_MS = 20_000;
const TITLE = 'Live reload test: event appended';

let dir: string;
let session: PtySession | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'itx-live-'));
  cpSync(path.join(REPO_ROOT, 'data'), dir, { recursive: true });
});

afterEach(() => {
  session?.dispose();
  session = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Replaces a file the way editors save: a temporary file beside it, renamed over it. */
function saveAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.swp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/**
 * The bundled data as loaded from the copy: the number of incidents and events, and the file of the
 * first event's incident with a copy of that event appended (same time, so it is listed right
 * after the selected first event, on screen without scrolling).
 */
async function planEdit(): Promise<{ incidents: number; events: number; file: string; original: string; appended: string }> {
  const load = await loadPaths([dir]);
  const first = buildTimeline(load.incidents).rows[0]!;
  const file = load.incidents[first.incidentIndex]!.file;
  const original = readFileSync(file, 'utf8');
  const data = JSON.parse(original) as { events: { id: string; title: string }[] };
  const copy = { ...data.events.find((e) => e.id === first.event.id)!, id: 'live-reload-test', title: TITLE };
  const appended = JSON.stringify({ ...data, events: [...data.events, copy] }, null, 2);
  return { incidents: load.incidents.length, events: buildTimeline(load.incidents).rows.length, file, original, appended };
}

describe('live reload in a terminal', { timeout: 90_000 }, () => {
  test('an event appended to a file appears without a key; a broken file drops out with a notice; q exits at once', async () => {
    const plan = await planEdit();
    const itx = (session = spawnItx([dir], { cols: 80, rows: 24, timeoutMs: RELOAD_MS }));
    await itx.waitForText(`1/${plan.events}`);

    saveAtomically(plan.file, plan.appended);
    const grown = await itx.waitForText(`reloaded: ${plan.incidents} incidents, ${plan.events + 1} events (+1)`);
    expect(grown[0]).toContain(`${plan.events + 1}/${plan.events + 1} events`);
    expect(grown.some((line) => line.includes(TITLE))).toBe(true);
    // The selection stayed on the first event.
    expect(grown.find((line) => line.startsWith('>'))).not.toContain(TITLE);

    saveAtomically(plan.file, plan.appended.replace('{', '{ this is not JSON'));
    const broken = await itx.waitForText(`reload: 1 file has errors (itx validate for details); kept ${plan.incidents - 1} incidents`);
    expect(broken[0]).toContain(`${plan.incidents - 1} incidents`);
    expect(broken.some((line) => line.includes(TITLE))).toBe(false);
    // The explorer still takes keys.
    itx.press('j');
    await itx.waitForText(/ 2\/\d+$/m);

    itx.press('q');
    // Watchers closed: nothing keeps the process alive after the screen is gone.
    const ended = await Promise.race([itx.exited, new Promise((resolve) => setTimeout(resolve, 10_000, 'still running 10 s after q'))]);
    expect(ended).toEqual({ exitCode: 0 });
    expect(itx.isAlternateScreen()).toBe(false);
  });

  test('with --no-watch a change waits for R', async () => {
    const plan = await planEdit();
    const itx = (session = spawnItx([dir, '--no-watch'], { cols: 80, rows: 24, timeoutMs: RELOAD_MS }));
    await itx.waitForText(`1/${plan.events}`);
    saveAtomically(plan.file, plan.appended);
    // Three debounce periods: a watcher would have reloaded by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(itx.lines()[0]).toContain(`${plan.events}/${plan.events} events`);

    itx.press('R');
    const reloaded = await itx.waitForText(`reloaded: ${plan.incidents} incidents, ${plan.events + 1} events (+1)`);
    expect(reloaded.some((line) => line.includes(TITLE))).toBe(true);
    itx.press('q');
    expect(await itx.exited).toEqual({ exitCode: 0 });
  });
});
