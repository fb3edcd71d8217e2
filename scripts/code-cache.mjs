// V8's code cache of the bundle, made at build time. Most of itx's start-up was V8 parsing and
// compiling code that runs for the first time: the bundle's modules, loading the files, the
// explorer's state and Ink's first frame. Node 20 keeps no compiled code of an ES module between
// runs (module.enableCompileCache is Node 22's, and writes its cache at run time), but a
// `vm.Script` accepts a code cache: bin/itx.js compiles the bundle with the one made here, after a
// real start-up of the explorer has compiled everything its first frame needs.
//
// The cache holds V8's bytecode for this Node's V8 only; another Node rejects it and compiles as
// usual. If it cannot be made here (no pseudo-terminal), the build goes on without it: the CLI is
// the same, only slower to start.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WARM_UP = fileURLToPath(new URL('./code-cache-warm-up.mjs', import.meta.url));
const { CACHE } = createRequire(import.meta.url)('../bin/itx.js');
const TIMEOUT_MS = 60_000;

/** Deletes the cache of an earlier build, so that a failed build never leaves one beside the new bundle. */
export function removeCodeCache() {
  rmSync(CACHE, { force: true });
}

/** Starts the built explorer in a pseudo-terminal until it saves the cache; warns and goes on if it cannot. */
export async function writeCodeCache() {
  let pty;
  try {
    pty = (await import('@lydell/node-pty')).default;
  } catch (error) {
    return warn(`no pseudo-terminal (${error.message})`);
  }
  // Ink draws only the last frame when CI is set; colours on, as on a terminal.
  const env = { ...process.env, TERM: 'xterm-256color' };
  for (const name of ['CI', 'NO_COLOR', 'FORCE_COLOR']) delete env[name];
  const child = pty.spawn(process.execPath, [WARM_UP], { name: 'xterm-256color', cols: 80, rows: 24, cwd: ROOT, env });
  let output = '';
  child.onData((data) => {
    output = (output + data).slice(-2000);
  });
  const exitCode = await new Promise((resolve) => {
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    child.onExit(({ exitCode: code }) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  if (exitCode !== 0 || !existsSync(CACHE)) return warn(`the explorer's warm-up ended with ${exitCode}:\n${output}`);
}

function warn(why) {
  removeCodeCache();
  console.warn(`itx build: no code cache, start-up will be slower: ${why}`);
}
