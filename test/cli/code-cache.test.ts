// The launcher compiles the bundle with the code cache the build saved beside it (dist/itx.cache).
// A cache that does not belong to the bundle beside it must never change what runs: a stale one
// (the bundle edited or rebuilt since), one from another V8, a damaged one or one made where the
// package was before is ignored, and the CLI behaves exactly as without it. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itx } from './run-itx.js';

/** What bin/itx.js exports for the build's warm-up. */
interface Launcher {
  codeCacheFile(source: Buffer, data: Buffer): Buffer;
  CACHE: string;
}

const requireHere = createRequire(import.meta.url);
const REPO = path.resolve('.');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** A copy of the built package (launcher, built files without the cache, manifest, bundled data) in a folder of its own. */
function copyPackage(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'itx-code-cache-'));
  mkdirSync(path.join(root, 'bin'));
  mkdirSync(path.join(root, 'dist'));
  const built = readdirSync('dist').filter((file) => file !== 'itx.cache').map((file) => `dist/${file}`);
  for (const file of ['bin/itx.js', 'bin/package.json', 'package.json', ...built]) copyFileSync(file, path.join(root, file));
  symlinkSync(path.join(REPO, 'data'), path.join(root, 'data'));
  return root;
}

/** Runs the copy's launcher once with `args` and saves the code cache of what that run compiled, as the build does. */
function makeCache(root: string, args: string[]): void {
  const launcher = JSON.stringify(path.join(root, 'bin', 'itx.js'));
  const code = `
    const { writeFileSync } = require('node:fs');
    const { loadBundle, codeCacheFile, CACHE } = require(${launcher});
    process.argv.splice(2, Infinity, ...${JSON.stringify(args)});
    const { source, script, run } = loadBundle({ useCache: false });
    run().then(() => writeFileSync(CACHE, codeCacheFile(source, script.createCachedData())));`;
  const made = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
}

/** `node <root>/bin/itx.js ...args` in a pipe. */
function run(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'itx.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const launcherOf = (root: string) => requireHere(path.join(root, 'bin', 'itx.js')) as Launcher;

/**
 * What V8 made of the cache beside the copy's bundle, in a fresh process (V8 keeps what it
 * compiled in a process, and would not look at a cache for the same source twice): `false` used,
 * `true` rejected, `undefined` not given to V8 at all.
 */
function cacheVerdict(root: string): string {
  const code = `console.log(String(require(${JSON.stringify(path.join(root, 'bin', 'itx.js'))}).loadBundle().script.cachedDataRejected))`;
  return spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' }).stdout.trim();
}

describe('the code cache beside the bundle', () => {
  let root: string;
  let timeline: string;
  beforeAll(() => {
    root = copyPackage();
    timeline = itx(['timeline'], { env: { NO_COLOR: '1' } }).stdout;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('made by the build is accepted by this Node', () => {
    expect(cacheVerdict(REPO)).toBe('false');
  });

  it('made for the bundle beside it is used, and the CLI answers as without it', () => {
    makeCache(root, ['--version']);
    expect(cacheVerdict(root)).toBe('false');
    expect(run(root, ['--version'])).toMatchObject({ stdout: `${VERSION}\n`, status: 0 });
    expect(run(root, ['timeline'])).toMatchObject({ stdout: timeline, status: 0 });
  });

  it('is ignored once the bundle is edited, even keeping its length: the edited code runs', () => {
    makeCache(root, ['--version']);
    const bundle = path.join(root, 'dist', 'itx.js');
    const source = readFileSync(bundle, 'latin1');
    const edited = source.replace(`version: "${VERSION}"`, `version: "${VERSION.replace(/\d/g, '7')}"`);
    expect(edited.length).toBe(source.length);
    expect(edited).not.toBe(source);
    writeFileSync(bundle, edited, 'latin1');
    try {
      expect(run(root, ['--version'])).toMatchObject({ stdout: `${VERSION.replace(/\d/g, '7')}\n`, status: 0 });
    } finally {
      copyFileSync('dist/itx.js', bundle);
    }
  });

  it('from another V8 (data V8 rejects under a header that fits), damaged, or missing, is ignored', () => {
    const { codeCacheFile, CACHE } = launcherOf(root);
    const source = readFileSync(path.join(root, 'dist', 'itx.js'));
    const foreign = [
      codeCacheFile(source, new vm.Script('"another script"').createCachedData()),
      codeCacheFile(source, Buffer.alloc(4096, 0x5a)),
      Buffer.from('not a code cache'),
      Buffer.alloc(0),
    ];
    for (const file of foreign) {
      writeFileSync(CACHE, file);
      expect(cacheVerdict(root)).not.toBe('false');
      expect(run(root, ['--version'])).toMatchObject({ stdout: `${VERSION}\n`, status: 0 });
      expect(run(root, ['timeline'])).toMatchObject({ stdout: timeline, status: 0 });
    }
    rmSync(CACHE);
    expect(cacheVerdict(root)).toBe('undefined');
    expect(run(root, ['timeline'])).toMatchObject({ stdout: timeline, status: 0 });
  });

  it('made where the package was built is not used once the package is moved (V8 would name the old place in stack traces)', () => {
    const moved = copyPackage();
    try {
      makeCache(root, ['--version']);
      copyFileSync(path.join(root, 'dist', 'itx.cache'), path.join(moved, 'dist', 'itx.cache'));
      expect(cacheVerdict(moved)).toBe('undefined');
      expect(run(moved, ['--version'])).toMatchObject({ stdout: `${VERSION}\n`, status: 0 });
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });
});
