// Fuzzy search per query on the 100k-event corpus (20k entities), beside `fzf --filter` on the same names.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeIncident, rng } from './generate.mjs';
import { cpuMs, median } from './lib/stats.mjs';

/** Queries as a responder types them: names, a typo, part of a name, words from event text, nothing. */
export const QUERIES = ['keiko', 'kowalski', 'kowalsky', 'nadia okafor', 'larsen health', 'moreau', 'brenan', 'gateway', 'qqqxxzz', 'jonas'];

/** True when `fzf` runs here. */
export function hasFzf() {
  return spawnSync('fzf', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Times `search(index, query)` (entities, then events; limit 10) for each query, `runs` times
 * after one warm-up, on `incidents` synthetic incidents in memory. Returns per-query medians
 * (wall and CPU ms), the keystroke times of typing each query letter by letter, and the names.
 */
export async function timeItxSearch(corePath, incidents, perIncident, runs) {
  const core = await import(pathToFileURL(corePath).href);
  const r = rng(42);
  const loaded = Array.from({ length: incidents }, (_, n) => ({ incident: makeIncident(n, perIncident, r), original: null, file: `incident-${n}.json`, tacticLabels: {} }));
  const { rows } = core.buildTimeline(loaded);
  const indexes = core.indexesFor(loaded, rows);
  const index = indexes.search;
  core.search(index, 'warm up', 10);
  const perQuery = [];
  for (const query of QUERIES) {
    const wall = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      core.search(index, query, 10);
      cpu.push(cpuMs(startCpu));
      wall.push(performance.now() - start);
    }
    perQuery.push({ query, wall: median(wall), cpu: median(cpu) });
  }
  const keystrokes = [];
  for (const query of QUERIES) {
    for (let i = 1; i <= query.length; i++) {
      const start = performance.now();
      core.search(index, query.slice(0, i), 10);
      keystrokes.push(performance.now() - start);
    }
  }
  return { perQuery, keystrokes, names: indexes.entities.entities.map((e) => e.name), entities: indexes.entities.entities.length };
}

/** Times `fzf --filter QUERY` over the names (one process per query, as a script would run it), `runs` times per query. */
export function timeFzf(names, dir, runs) {
  const file = join(dir, 'entity-names.txt');
  writeFileSync(file, names.join('\n') + '\n');
  const perQuery = [];
  for (const query of QUERIES) {
    const wall = [];
    for (let i = 0; i < runs; i++) {
      const input = openSync(file, 'r');
      const start = performance.now();
      spawnSync('fzf', ['--filter', query], { stdio: [input, 'ignore', 'ignore'] });
      wall.push(performance.now() - start);
      closeSync(input);
    }
    perQuery.push({ query, wall: median(wall) });
  }
  // What starting fzf costs on its own, since each query above pays it.
  const startup = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync('fzf', ['--version']);
    startup.push(performance.now() - start);
  }
  return { perQuery, startup: median(startup) };
}
