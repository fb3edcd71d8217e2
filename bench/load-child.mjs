// One measurement in a fresh process, so peak RSS belongs to it alone:
//   node bench/load-child.mjs itx <core.mjs> <dir>    load + validate + index with itx's code
//   node bench/load-child.mjs parse <dir>            the floor: read the same files and JSON.parse them
// Prints one JSON line: wall and CPU ms per phase, and peak RSS in bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, ...rest] = process.argv.slice(2);
const phases = {};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let last = t0;
let lastCpu = cpu0;
// Wall ms of the phase in `name`, its CPU ms in `name + 'Cpu'`, the peak RSS so far in `name + 'PeakRss'`.
const mark = (name) => {
  const now = performance.now();
  phases[name] = now - last;
  last = now;
  const used = process.cpuUsage(lastCpu);
  phases[`${name}Cpu`] = (used.user + used.system) / 1000;
  phases[`${name}PeakRss`] = process.resourceUsage().maxRSS * 1024;
  lastCpu = process.cpuUsage();
};

if (mode === 'parse') {
  const dir = rest[0];
  let n = 0;
  for (const name of readdirSync(dir).sort()) {
    const value = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    n += value.events.length;
  }
  mark('parse');
  phases.events = n;
} else {
  const [corePath, dir] = rest;
  const core = await import(pathToFileURL(corePath).href);
  const cpuLoad = process.cpuUsage();
  const t1 = performance.now();
  last = t1;
  lastCpu = cpuLoad;
  // As the explorer and `itx search` load: the indexes will be built.
  const result = await core.loadPaths([dir], { splitWords: true });
  mark('load');
  const { rows } = core.buildTimeline(result.incidents);
  mark('timeline');
  const indexes = core.indexesFor(result.incidents, rows);
  void indexes.entities;
  mark('entities');
  void indexes.search;
  mark('search');
  phases.events = rows.length;
  phases.diagnostics = result.diagnostics.length;
  // Module evaluation is start-up, not loading: counted apart.
  phases.moduleLoad = t1 - t0;
  const used = process.cpuUsage(cpuLoad);
  phases.cpuWork = (used.user + used.system) / 1000;
  phases.work = performance.now() - t1;
}
const used = process.cpuUsage(cpu0);
phases.cpu = (used.user + used.system) / 1000;
phases.wall = performance.now() - t0;
if (phases.work === undefined) {
  phases.work = phases.wall;
  phases.cpuWork = phases.cpu;
}
phases.maxRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify(phases) + '\n');
