// Every printing command on the hostile directory: what reaches stdout and stderr carries no raw
// escape, control, bidi or invisible character; JSON keeps the exact data, escaped. Build first.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../pty/harness.js';
import { auditTerminalOutput } from './escape-audit.js';
import { makeHostileDir } from './hostile-fixture.js';

let dir: string;
beforeAll(() => {
  dir = makeHostileDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built binary in a pipe; the JSON of the 1 MB OSC file is bigger than spawnSync's default buffer. */
function itx(args: readonly string[]): { stdout: string; stderr: string; status: number | null } {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, ['bin/itx.js', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

// DIR stands for the hostile directory.
const COMMANDS: readonly string[][] = [
  ['timeline', 'DIR'],
  ['timeline', 'DIR', '--format', 'json'],
  ['validate', 'DIR'],
  ['validate', 'DIR', '--format', 'json'],
  ['search', 'bank', 'DIR'],
  ['search', 'bank', 'DIR', '--format', 'json'],
  ['compare', 'DIR'],
  ['compare', 'DIR', '--format', 'json'],
  ['export', 'DIR', '--format', 'md'],
  ['export', 'DIR', '--format', 'json'],
  ['export', 'DIR', '--format', 'csv', '--no-bom'],
  ['export', 'DIR', '--format', 'stix'],
  ['export', 'DIR', '--format', 'navigator'],
];

describe.each(COMMANDS.map((args) => [args.join(' '), args] as const))('itx %s', { timeout: 20_000 }, (_, args) => {
  test('prints nothing that acts on a terminal, names the broken files, exits 1', () => {
    const run = itx(args.map((a) => (a === 'DIR' ? dir : a)));
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(0);
    // CSV ends its lines with CRLF, as RFC 4180 says.
    expect(auditTerminalOutput(run.stdout, { crlf: args.includes('csv') })).toEqual([]);
    expect(auditTerminalOutput(run.stderr)).toEqual([]);
    // validate --format json reports on stdout, everything else on stderr; the RLO file name as a badge.
    expect(run.stdout + run.stderr).toContain('invoice<U+202E>nosj.json');
    if (args.some((a) => ['json', 'stix', 'navigator'].includes(a))) expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

test('JSON output keeps the exact strings (as \\u escapes in the text)', () => {
  const run = itx(['timeline', dir, '--format', 'json']);
  expect(run.stdout).toContain('\\u001b]52;c;cm0gLXJmIH4K\\u0007');
  expect(run.stdout).toContain('\\u202e');
  const parsed = JSON.stringify(JSON.parse(run.stdout));
  expect(parsed).toContain('invoice\u202efdp.exe');
});

test('validate names every broken file on its own line', () => {
  const run = itx(['validate', dir]);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines.find((l) => l.includes('raw-escape-syntax-error.json'))).toMatch(/:1:\d+: error: invalid JSON: Bad control character/);
  expect(lines.find((l) => l.includes('hostile-key.json'))).toMatch(/error: unknown field "\\u001b\]0;key title\\u0007"/);
  expect(lines.find((l) => l.includes('invoice<U+202E>nosj.json'))).toMatch(/error: unknown field "unexpected"/);
});
