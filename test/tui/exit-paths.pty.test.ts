// Every way the explorer can end leaves the shell's screen as it was: crashes and signals too.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { bundleEntry } from '../pty/bundle-entry.js';
import { spawnItx, type PtySession } from '../pty/harness.js';
import { FIXTURE } from './fixture.js';

const BANNER = 'shell output before the explorer started';
// Inside the repository, so the entry's packages resolve from node_modules.
const ENTRY = 'node_modules/.cache/itx-tests/crash-entry.mjs';
let session: PtySession | undefined;

beforeAll(() => bundleEntry(fileURLToPath(new URL('./fixtures/crash-entry.ts', import.meta.url)), ENTRY));

afterEach(() => {
  session?.dispose();
  session = undefined;
});

function start(mode: string): PtySession {
  session = spawnItx([mode, FIXTURE], { script: ENTRY, banner: BANNER });
  return session;
}

function expectShellScreen(itx: PtySession): void {
  expect(itx.isAlternateScreen()).toBe(false);
  expect(itx.text()).toContain(BANNER);
  expect(itx.text()).not.toContain('j/k move');
}

// A generous limit for a loaded CI machine; each test normally takes 1–3 s.
describe('the explorer restores the terminal', { timeout: 15_000 }, () => {
  test('when a view throws while rendering', async () => {
    const itx = start('render-error');
    expect(await itx.exited).toEqual({ exitCode: 3 });
    expectShellScreen(itx);
    expect(itx.text()).toMatch(/explorer failed: .+/);
  });

  test('when an error escapes a callback', async () => {
    const itx = start('uncaught');
    await itx.waitForText(/\s1\/26$/m);
    expect(itx.isAlternateScreen()).toBe(true);
    itx.kill('SIGUSR2');
    expect(await itx.exited).toEqual({ exitCode: 3 });
    expectShellScreen(itx);
    expect(itx.text()).toContain('explorer failed: boom from a callback');
  });

  test('when the SSH link drops (SIGHUP), ending by that signal', async () => {
    const itx = start('none');
    await itx.waitForText(/\s1\/26$/m);
    itx.kill('SIGHUP');
    expect(await itx.exited).toEqual({ exitCode: 0, signal: 1 });
    expectShellScreen(itx);
  });
});
