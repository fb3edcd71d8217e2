// Load + validate + index per corpus, each run in a fresh process, beside plain JSON.parse of the same files.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './lib/bundle.mjs';

const CHILD = fileURLToPath(new URL('./load-child.mjs', import.meta.url));

const child = (args) => JSON.parse(execFileSync(process.execPath, [CHILD, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 }));

/**
 * `runs` alternating runs of itx's loader (load, timeline, entity index, search index; phases in
 * ms, `work` and `cpuWork` their total wall and CPU time, `maxRss` bytes) and of the floor.
 */
export function measureLoad(corePath, dir, runs) {
  const itx = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    itx.push(child(['itx', corePath, dir]));
    floor.push(child(['parse', dir]));
  }
  return { itx, floor };
}
