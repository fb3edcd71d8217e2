// Times the entity and search indexes on a synthetic load: `node bench/search.mjs [incidents] [eventsPerIncident]`.
// 1000 x 100 gives 100k events and 20k entities. Prints timings; asserts nothing.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeIncident } from './generate.mjs';

const [incidents = 1000, perIncident = 100] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'itx-bench-search-'));
const outfile = join(dir, 'core.mjs');
await build({
  stdin: {
    contents: `export { buildTimeline } from './src/core/timeline.ts';
      export { buildEntityIndex } from './src/core/entities/index.ts';
      export { buildSearchIndex, search, nextMatch } from './src/core/search/index.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning',
});
const core = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true });

// Same PRNG as generate.mjs's corpus, so runs are comparable.
let seed = 42;
const r = () => {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const loaded = Array.from({ length: incidents }, (_, n) => ({
  incident: makeIncident(n, perIncident, r), original: null, file: `incident-${n}.json`, tacticLabels: {},
}));

// CPU time next to wall time: on a busy machine the wall clock also counts other processes.
const time = (label, fn) => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - start).toFixed(1).padStart(8);
  console.log(`${label.padEnd(38)} ${wall} ms wall ${((used.user + used.system) / 1000).toFixed(1).padStart(8)} ms cpu`);
  return value;
};
const { rows } = time(`timeline (${incidents * perIncident} events)`, () => core.buildTimeline(loaded));
const entities = time(`entity index (${incidents * 20} entities)`, () => core.buildEntityIndex(loaded, rows));
const index = time('search index', () => core.buildSearchIndex(entities, rows));
const mentions = entities.entities.reduce((n, e) => n + e.perIncident.reduce((m, p) => m + p.count, 0), 0);
console.log(`mentions: ${mentions}; heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

// The first query pays for compiling the search code: timed alone, then queries typed key by key, as the overlay sees them.
time('first query, cold ("m")', () => core.search(index, 'm', 10));
for (const word of ['smarsh', 'keiko kowalski', 'kowalsky', 'qqqxxzz', 'gateway']) {
  const wall = [];
  const cpu = [];
  let last;
  for (let i = 1; i <= word.length; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    last = core.search(index, word.slice(0, i), 10);
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const stats = (xs) => `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)} max ${Math.max(...xs).toFixed(1)}`;
  console.log(`"${word}" per keystroke (ms): wall ${stats(wall)}, cpu ${stats(cpu)}; ${last.entities.length} entities, ${last.events.length} events`);
}
time('n (next match) over all rows, cold', () => core.nextMatch(rows, 0, 'no such text', 1));
time('n (next match) over all rows, warm', () => core.nextMatch(rows, 0, 'no such text', 1));
