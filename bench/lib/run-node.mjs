// Runs a Node script as a child process and measures it: wall time, CPU time, peak RSS.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './bundle.mjs';

const PRELOAD = fileURLToPath(new URL('./usage-on-exit.mjs', import.meta.url));

/** Runs `node args...` with stdout to /dev/null; returns { wall, cpu, maxRss, status } (ms, ms, bytes). */
export function runNode(args, { env = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'itx-bench-usage-'));
  const usageFile = join(dir, 'usage.json');
  const out = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
      cwd: ROOT,
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, ...env, ITX_BENCH_USAGE: usageFile },
      maxBuffer: 64 * 1024 * 1024,
    });
    const wall = performance.now() - start;
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 2000)}`);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { wall, ...usage };
  } finally {
    closeSync(out);
    rmSync(dir, { recursive: true, force: true });
  }
}
