// `itx validate` on the files a hostile or broken source produces: each gives one clear line and
// exit code 1, and a 1 GiB file is turned away by its size before a byte of it is read. Build first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPaths } from '../../src/load/index.js';
import { REPO_ROOT } from '../pty/harness.js';

let dir: string;
const file = (name: string) => path.join(dir, name);

const INCIDENT_HEAD = '{"schemaVersion": 1, "id": "limits", "title": "Limits", "sources": [], "events": [], ';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'itx-limits-'));
  writeFileSync(file('deep.json'), `${INCIDENT_HEAD}"notes": ${'['.repeat(100)}${']'.repeat(100)}}\n`);
  // A sparse file: 1 GiB long, no disk space used, nothing in it but zero bytes.
  writeFileSync(file('huge.json'), '');
  truncateSync(file('huge.json'), 1024 ** 3);
  // "é" cut after its first byte (0xC3) on line 2.
  writeFileSync(file('bad-utf8.json'), Buffer.concat([Buffer.from('{\n  "title": "caf'), Buffer.from([0xc3]), Buffer.from('"\n}\n')]));
  writeFileSync(file('proto.json'), `${INCIDENT_HEAD}"__proto__": {"polluted": "yes"}}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(...paths: string[]) {
  const result = spawnSync(process.execPath, ['bin/itx.js', 'validate', ...paths], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stderr.trimEnd().split('\n') };
}

describe('itx validate on a hostile file: one clear line, exit code 1', { timeout: 20_000 }, () => {
  test.each([
    ['nested 100 levels deep', 'deep.json', /^.*deep\.json:1:\d+: error: nested deeper than 64 levels; incident files need far fewer, so the file is not read$/],
    ['1 GiB', 'huge.json', /^.*huge\.json: error: cannot read: the file is 1 GiB, more than the 32 MiB limit per file; split it into smaller files$/],
    ['invalid UTF-8', 'bad-utf8.json', /^.*bad-utf8\.json:2:16: error: invalid UTF-8 at byte offset 17; save the file as UTF-8$/],
    ['a __proto__ key', 'proto.json', /^.*proto\.json:1:\d+: error: the key "__proto__" is not allowed \(it could reach an object prototype\)$/],
  ])('%s', (_, name, line) => {
    const result = validate(file(name));
    expect(result.status).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(line);
    expect(result.stdout).toBe('1 file, 0 incidents, 0 events, 1 error, 0 warnings\n');
  });

  test('all four at once: a line for each, in name order', () => {
    const result = validate(dir);
    expect(result.status).toBe(1);
    expect(result.lines.map((l) => path.basename(l.split(':')[0]!))).toEqual(['bad-utf8.json', 'deep.json', 'huge.json', 'proto.json']);
    expect(result.stdout).toBe('4 files, 0 incidents, 0 events, 4 errors, 0 warnings\n');
  });

  test('the __proto__ payload reaches no prototype', async () => {
    await loadPaths([file('proto.json')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
