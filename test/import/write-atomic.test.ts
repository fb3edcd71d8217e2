import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileAtomic } from '../../src/load/write-atomic.js';

describe('writeFileAtomic', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'itx-atomic-'));

  it('writes a new file and leaves no temporary file behind', () => {
    const d = dir();
    writeFileAtomic(join(d, 'a.json'), '{"a":1}\n');
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(d)).toEqual(['a.json']);
  });

  it('refuses to replace an existing file without force, leaving it and the folder as they were', () => {
    const d = dir();
    const path = join(d, 'a.json');
    writeFileSync(path, 'original');
    expect(() => writeFileAtomic(path, 'new')).toThrow(FileExistsError);
    expect(() => writeFileAtomic(path, 'new')).toThrow(`${path} already exists; pass --force to overwrite it`);
    expect(readFileSync(path, 'utf8')).toBe('original');
    expect(readdirSync(d)).toEqual(['a.json']);
  });

  it('replaces an existing file with force', () => {
    const d = dir();
    const path = join(d, 'a.json');
    writeFileSync(path, 'original');
    writeFileAtomic(path, 'new', { force: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['a.json']);
  });

  it('reports a folder that does not exist', () => {
    expect(() => writeFileAtomic(join(dir(), 'missing', 'a.json'), 'x')).toThrow(/ENOENT/);
  });
});
