import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { watchPaths, type PathWatcher } from '../../src/tui/watch-paths.js';

// File events arrive within milliseconds; the limits leave room for a busy machine.
const DEBOUNCE_MS = 100;
const WAIT_MS = 10_000;

let dir: string;
let watcher: PathWatcher | undefined;
let calls: number;
let waiting: (() => void)[];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'itx-watch-'));
  calls = 0;
  waiting = [];
});

afterEach(() => {
  watcher?.close();
  watcher = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function watch(paths: string[]): void {
  watcher = watchPaths(paths, () => {
    calls++;
    waiting.splice(0).forEach((resolve) => resolve());
  }, { debounceMs: DEBOUNCE_MS });
}

/** Resolves at the next call of onChange; rejects after WAIT_MS. */
function nextChange(): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no change reported within ${WAIT_MS} ms`)), WAIT_MS);
    waiting.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchPaths', { timeout: 30_000 }, () => {
  test('several writes in quick succession are one change', async () => {
    writeFileSync(path.join(dir, 'a.json'), '{}');
    watch([dir]);
    const change = nextChange();
    for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, 'a.json'), `{"n": ${i}}`);
    await change;
    await pause(DEBOUNCE_MS * 5);
    expect(calls).toBe(1);
  });

  test('a file in a folder made after the start is followed', async () => {
    watch([dir]);
    const made = nextChange();
    mkdirSync(path.join(dir, 'new'));
    await made;
    const written = nextChange();
    writeFileSync(path.join(dir, 'new', 'b.json'), '{}');
    await written;
    expect(calls).toBe(2);
  });

  test('a file given by name is followed through saves by rename; other names in its folder are not', async () => {
    const file = path.join(dir, 'one.json');
    writeFileSync(file, '{}');
    watch([file]);
    writeFileSync(path.join(dir, 'other.json'), '{}');
    writeFileSync(path.join(dir, '.one.json.swp'), '{}');
    await pause(DEBOUNCE_MS * 5);
    expect(calls).toBe(0);
    for (const text of ['{"a": 1}', '{"a": 2}']) {
      const saved = nextChange();
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
      await saved;
    }
    expect(calls).toBe(2);
  });

  test('dot files in a watched folder (swap files, the marks sidecar, dot folders) are not changes', async () => {
    mkdirSync(path.join(dir, '.git'));
    watch([dir]);
    writeFileSync(path.join(dir, '.itx-marks.json'), '{}');
    writeFileSync(path.join(dir, '.a.json.swp'), '{}');
    writeFileSync(path.join(dir, '.git', 'index'), 'x');
    await pause(DEBOUNCE_MS * 5);
    expect(calls).toBe(0);
  });

  test('nothing is reported after close', async () => {
    watch([dir]);
    watcher!.close();
    writeFileSync(path.join(dir, 'a.json'), '{}');
    await pause(DEBOUNCE_MS * 5);
    expect(calls).toBe(0);
  });
});
