// Load + validate + index per corpus, each run in a fresh process, beside plain JSON.parse of the same files.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './lib/bundle.mjs';
import { mb, median, ms, ratio } from './lib/stats.mjs';
import { verdict } from './report.mjs';

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

const pair = (wall, cpu) => `${ms(wall)} (CPU ${ms(cpu)})`;

/**
 * The table rows of loading each corpus (`[corpus, runs]` pairs): what the first frame needs,
 * everything indexed, and the peak RSS, each beside JSON.parse; the targets apply to `target`.
 * Also notes with each corpus's phases.
 */
export function loadRows(corpora, corePath, target, log) {
  const rows = [];
  const rssRows = [];
  const notes = [];
  for (const [corpus, runs] of corpora) {
    const { itx, floor } = measureLoad(corePath, corpus.dir, runs);
    const of = (list, key) => median(list.map((r) => (typeof key === 'function' ? key(r) : r[key])));
    const [w, c, fw, fc, rss] = [of(itx, 'work'), of(itx, 'cpuWork'), of(floor, 'work'), of(floor, 'cpuWork'), of(itx, 'maxRss')];
    const big = corpus === target;
    const floorText = `JSON.parse: ${pair(fw, fc)}`;
    const firstWall = of(itx, (r) => r.load + r.timeline);
    const firstCpu = of(itx, (r) => r.loadCpu + r.timelineCpu);
    rows.push({
      measure: `load + validate + timeline (what the first frame needs), ${corpus.name} events`,
      itx: pair(firstWall, firstCpu),
      floor: floorText,
      ratio: `${ratio(firstWall, fw)} (CPU ${ratio(firstCpu, fc)})`,
    });
    const ratioVerdict = w / fw < 4 ? 'met' : c / fc < 4 ? 'met on CPU time' : 'missed';
    rows.push({
      measure: `load + validate + index (timeline, entities, search), ${corpus.name} events (${mb(corpus.bytes)})`,
      itx: pair(w, c),
      floor: floorText,
      ratio: `${ratio(w, fw)} (CPU ${ratio(c, fc)})`,
      target: big ? '< 2 s and < 4× JSON.parse' : '',
      verdict: big ? `time ${verdict(w, c, 2000)}, ratio ${ratioVerdict}` : '',
    });
    rssRows.push({
      measure: `peak RSS, ${corpus.name} events`,
      itx: mb(rss),
      floor: `JSON.parse: ${mb(of(floor, 'maxRss'))}`,
      ratio: ratio(rss, of(floor, 'maxRss')),
      target: big ? '< 400 MB' : '',
      verdict: big ? (rss < 400e6 ? 'met' : 'missed') : '',
    });
    const phases = ['load', 'timeline', 'entities', 'search'].map((p) => `${p} ${pair(of(itx, p), of(itx, `${p}Cpu`))}`).join(', ');
    notes.push(`Load phases at ${corpus.name} (medians): ${phases}; peak RSS after loading ${mb(of(itx, 'loadPeakRss'))}.`);
    log(`  ${corpus.name}: ${pair(w, c)}, ${mb(rss)}; ${phases}`);
  }
  return { rows: [...rows, ...rssRows], notes };
}
