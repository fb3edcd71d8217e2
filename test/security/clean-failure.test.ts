// How itx fails. A user's mistake is one line saying what to do, with the documented exit code and
// never a stack trace. An unexpected error (a bug, planted here) is one line plus where the details
// are, exit code 3, the stack only with --debug; in the explorer the terminal is restored first.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleEntry } from '../pty/bundle-entry.js';
import { REPO_ROOT, spawnItx, type PtySession } from '../pty/harness.js';
import { FIXTURE } from '../tui/fixture.js';

// Inside the repository, so the bundle's packages resolve from node_modules.
const PLANTED = 'node_modules/.cache/itx-tests/planted-itx.mjs';
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const HINT = 'Run with --debug for details.';

beforeAll(() => bundleEntry(fileURLToPath(new URL('./fixtures/planted-itx.ts', import.meta.url)), PLANTED));

/** Runs a script with node in a pipe, from the repository root. */
function run(script: string, args: readonly string[], stdout: 'pipe' | number = 'pipe') {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [script, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env, stdio: ['ignore', stdout, 'pipe'] });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr };
}

describe("a user's mistake: one line, the documented exit code, no stack trace", { timeout: 20_000 }, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'itx-mistakes-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test.each([
    ['an unknown option', ['--frobnicate'], 2, /^itx: unknown option or argument: frobnicate$/m],
    ['an unknown command', ['valdate'], 2, /^itx: unknown command or file "valdate" \(did you mean "validate"\?\)$/m],
    ['an unknown time zone', ['timeline', '--tz', 'Mars/Olympus'], 2, /^itx: unknown time zone "Mars\/Olympus"/m],
    ['a missing file', ['timeline', 'no-such-file.json'], 1, /^no-such-file\.json: error: cannot read: no such file or directory$/m],
    ['an export into a missing folder', ['export', '--format', 'md', '-o', 'no-such-dir/brief.md'], 1, /^itx: cannot write no-such-dir\/brief\.md: no such file or directory$/m],
    ['an export over an existing file', ['export', '--format', 'md', '-o', 'package.json'], 1, /^itx: package\.json already exists/m],
  ] as const)('%s', (_, args, status, message) => {
    const result = run('bin/itx.js', args);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
  });

  test('standard output on a full disk: one line, exit code 1', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = run('bin/itx.js', ['timeline', FIXTURE], full);
      expect(result.stderr).toBe('itx: cannot write to standard output: no space left on the device\n');
      expect(result.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

describe('an unexpected error in a command: one line, where the details are, exit code 3', { timeout: 20_000 }, () => {
  test.each([
    ['thrown from a timer', 'timer', 'planted bug in a timer'],
    ['a rejected promise nobody awaited', 'rejection', 'planted bug in a promise'],
  ])('%s', (_, plant, message) => {
    const result = run(PLANTED, [plant, 'timeline', FIXTURE]);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`itx: unexpected error: ${message}\n${HINT}\n`);
  });

  test('--debug prints the stack instead of the hint', () => {
    const result = run(PLANTED, ['timer', 'timeline', FIXTURE, '--debug']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^itx: unexpected error: planted bug in a timer\n/);
    expect(result.stderr).toMatch(STACK_LINE);
    expect(result.stderr).not.toContain(HINT);
  });
});

// `stty -a` after itx ends shows the terminal modes it left: canonical input and echo must be back on.
const TERMINAL_MODES = "stty -a | tr -s ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '";

describe('an unexpected error in the explorer restores the terminal first', { timeout: 20_000 }, () => {
  const BANNER = 'shell screen before the explorer';
  let itx: PtySession | undefined;
  afterAll(() => itx?.dispose());

  const scratch = mkdtempSync(path.join(tmpdir(), 'itx-crash-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function crash(extra: string[]): Promise<PtySession> {
    const trigger = path.join(scratch, `crash-${extra.length}`);
    itx = spawnItx(['file', FIXTURE, ...extra], { script: PLANTED, banner: BANNER, thenRun: TERMINAL_MODES, env: { PLANT_TRIGGER: trigger } });
    await itx.waitForText(/\s1\/26$/m);
    expect(itx.isAlternateScreen()).toBe(true);
    writeFileSync(trigger, '');
    expect(await itx.exited).toEqual({ exitCode: 3 });
    return itx;
  }

  function expectRestored(session: PtySession): void {
    expect(session.isAlternateScreen()).toBe(false);
    expect(session.lines()[0]).toBe(BANNER);
    expect(session.text()).not.toContain('j/k move');
    // Raw mode was reset: the terminal is back in canonical mode with echo.
    expect(session.text()).toMatch(/^icanon echo $/m);
    // The cursor was shown again after the last time Ink hid it.
    const output = session.output();
    expect(output.lastIndexOf('\x1b[?25h')).toBeGreaterThan(output.lastIndexOf('\x1b[?25l'));
  }

  test('one line and where the details are, exit code 3', async () => {
    const session = await crash([]);
    expectRestored(session);
    expect(session.text()).toContain(`itx: unexpected error: planted bug in a callback\n${HINT}`);
    expect(session.text().split('unexpected error').length).toBe(2);
    expect(session.text()).not.toMatch(STACK_LINE);
    session.dispose();
  });

  test('with --debug, the stack trace', async () => {
    const session = await crash(['--debug']);
    expectRestored(session);
    expect(session.text()).toContain('itx: unexpected error: planted bug in a callback');
    expect(session.text()).toMatch(STACK_LINE);
    session.dispose();
  });
});
