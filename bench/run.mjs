// `npm run bench`: every figure of issue 8 beside its floor, measured in the same run; prints a
// Markdown table and writes it into BENCHMARKS.md. Options: --quick (fewer runs, for a first
// look), --no-write (print only), --keep (leave the temporary corpora).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpora, writeTimelineText } from './corpora.mjs';
import { QUERIES, hasFzf, timeFzf, timeItxSearch } from './fuzzy.mjs';
import { pressRepeatedly, selectionMovedDown, typeSearch } from './keys.mjs';
import { loadRows } from './load.mjs';
import { ROOT, bundleCore } from './lib/bundle.mjs';
import { loadNow, machine } from './lib/machine.mjs';
import { runNode } from './lib/run-node.mjs';
import { bytes, mb, median, ms, percentile, ratio } from './lib/stats.mjs';
import { commandExists } from './lib/which.mjs';
import { section, verdict, writeSection } from './report.mjs';
import { itxStartup, nodeFloor } from './startup.mjs';
import { timelineJson } from './throughput.mjs';

const flags = new Set(process.argv.slice(2));
const quick = flags.has('--quick');
const runs = (n) => (quick ? Math.max(2, Math.ceil(n / 2)) : n);
const SEARCH_QUERY = 'kowalski k';

const info = machine();
const loadBefore = loadNow();
const dir = mkdtempSync(join(tmpdir(), 'itx-bench-'));
const rows = [];
const notes = [];
const log = (text) => process.stderr.write(`${text}  (load ${loadNow()})\n`);
const pair = (wall, cpu) => (Number.isFinite(cpu) ? `${ms(wall)} (CPU ${ms(cpu)})` : ms(wall));
const p5095 = (xs) => `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 95))}`;

try {
  log(`corpora in ${dir}`);
  const corpora = writeCorpora(dir);
  const [c1k, c10k, c100k] = corpora;
  const corePath = await bundleCore();

  // 1. Start-up to the first full frame.
  log('start-up');
  const floorWall = median(await nodeFloor(runs(7)));
  const floorCpu = median(Array.from({ length: runs(5) }, () => runNode(['-e', '0']).cpu));
  const floorText = `node -e 0: ${pair(floorWall, floorCpu)}`;
  for (const [label, args, n, target] of [
    ['bundled data', [], 7, 300],
    ['1k events', [c1k.dir], 5],
    ['10k events', [c10k.dir], 3],
    ['100k events', [c100k.dir], 3],
  ]) {
    const { wall, cpu } = await itxStartup(args, runs(n));
    const w = median(wall);
    const c = median(cpu);
    rows.push({
      measure: `start-up to first full frame, 80x24, ${label}`,
      itx: pair(w, c),
      floor: floorText,
      ratio: ratio(w, floorWall),
      target: target ? `< ${target} ms` : '',
      verdict: target ? verdict(w, c, target) : '',
    });
    log(`  ${label}: ${pair(w, c)}`);
  }

  // 2. Load + validate + index, and peak RSS.
  log('load');
  const loading = loadRows([[c1k, runs(5)], [c10k, runs(5)], [c100k, runs(3)]], corePath, c100k, log);
  rows.push(...loading.rows);
  notes.push(...loading.notes);

  // 3. Keystrokes: scroll latency, search typing latency, bytes per j.
  log('keys');
  const hasLess = commandExists('less');
  const text10k = writeTimelineText(c10k.dir, join(dir, '10k.txt'));
  const text100k = writeTimelineText(c100k.dir, join(dir, '100k.txt'));
  const lessRun = (file, size) => (hasLess ? pressRepeatedly('less', ['-S', file], size) : undefined);
  const notInstalled = 'less not installed';
  for (const [corpus, text, target] of [[c10k, text10k], [c100k, text100k, 20]]) {
    const itx = await pressRepeatedly(process.execPath, ['bin/itx.js', corpus.dir], { presses: runs(40), check: selectionMovedDown });
    const less = await lessRun(text, { presses: runs(40) });
    const p95 = percentile(itx.latencies, 95);
    rows.push({
      measure: `j to frame, p50 / p95, 80x24, ${corpus.name} events`,
      itx: `${p5095(itx.latencies)} (CPU ${ms(itx.cpuPerPress)} per j)`,
      floor: less ? `less -S: ${p5095(less.latencies)}` : notInstalled,
      ratio: less ? ratio(p95, percentile(less.latencies, 95)) : '',
      target: target ? `p95 < ${target} ms` : '',
      verdict: target ? verdict(p95, NaN, target) : '',
    });
    log(`  j ${corpus.name}: ${p5095(itx.latencies)}`);
  }
  const typed = await typeSearch([c100k.dir], SEARCH_QUERY, { rounds: runs(3) });
  if (typed.available) {
    rows.push({
      measure: '`/` to the search overlay, 100k events: the first time (builds the entity and search indexes), then the median',
      itx: `${ms(typed.opens[0])}, then ${ms(median(typed.opens.slice(1)))}`,
      floor: '',
      ratio: '',
      target: '',
      verdict: '',
    });
  }
  rows.push({
    measure: `search keystroke to frame, p50 / p95, typing "${SEARCH_QUERY}", 100k events`,
    itx: typed.available ? p5095(typed.latencies) : 'not available: search overlay not in the explorer yet',
    floor: '',
    ratio: '',
    target: 'p95 < 50 ms',
    verdict: typed.available ? verdict(percentile(typed.latencies, 95), NaN, 50) : 'not measured',
  });
  for (const [cols, lines, target] of [[80, 24, 1000], [200, 60]]) {
    const size = { cols, rows: lines, presses: runs(40) };
    const itx = await pressRepeatedly(process.execPath, ['bin/itx.js', c10k.dir], { ...size, check: selectionMovedDown });
    const less = await lessRun(text10k, size);
    const b = median(itx.bytes);
    rows.push({
      measure: `bytes written per j, ${cols}x${lines}, 10k events (median)`,
      itx: bytes(b),
      floor: less ? `less -S: ${bytes(median(less.bytes))}` : notInstalled,
      ratio: less ? ratio(b, median(less.bytes)) : '',
      target: target ? `< ${bytes(target)}` : '',
      verdict: target ? (b < target ? 'met' : 'missed') : '',
    });
    log(`  bytes per j ${cols}x${lines}: ${bytes(b)}`);
  }

  // 4. Fuzzy search per query.
  log('fuzzy search');
  const fuzzy = await timeItxSearch(corePath, c100k.incidents, c100k.perIncident, runs(5));
  const itxQuery = median(fuzzy.perQuery.map((q) => q.wall));
  const itxQueryCpu = median(fuzzy.perQuery.map((q) => q.cpu));
  const fzf = hasFzf() ? timeFzf(fuzzy.names, dir, runs(5)) : undefined;
  const fzfQuery = fzf ? median(fzf.perQuery.map((q) => q.wall)) : NaN;
  rows.push({
    measure: `fuzzy search per query, ${fuzzy.entities} entities + 100k events (median of ${QUERIES.length} queries)`,
    itx: pair(itxQuery, itxQueryCpu),
    floor: fzf ? `fzf --filter on the names: ${ms(fzfQuery)} (process start ${ms(fzf.startup)})` : 'fzf not installed',
    ratio: fzf ? ratio(itxQuery, fzfQuery) : '',
    target: '',
    verdict: '',
  });
  rows.push({
    measure: 'search per keystroke in the core alone (no frames), typing each query letter by letter, p50 / p95',
    itx: p5095(fuzzy.keystrokes),
    floor: '',
    ratio: '',
    target: '',
    verdict: '',
  });
  notes.push(`Per query (itx wall ms): ${fuzzy.perQuery.map((q) => `${q.query} ${q.wall.toFixed(0)}`).join(', ')}${fzf ? `; fzf: ${fzf.perQuery.map((q) => `${q.query} ${q.wall.toFixed(0)}`).join(', ')}` : ''}.`);

  // 5. JSON timeline throughput.
  log('timeline json');
  const json = timelineJson(c100k.dir, runs(3));
  const jw = median(json.itx.map((r) => r.wall));
  const jc = median(json.itx.map((r) => r.cpu));
  const fw = median(json.floor.map((r) => r.wall));
  const fc = median(json.floor.map((r) => r.cpu));
  const perSecond = (events, t) => `${Math.round(events / (t / 1000)).toLocaleString('en')} events/s`;
  rows.push({
    measure: '`itx timeline --format json`, 100k events',
    itx: `${pair(jw, jc)}: ${perSecond(c100k.events, jw)}, ${mb(median(json.itx.map((r) => r.maxRss)))} peak`,
    floor: `read + JSON.parse + JSON.stringify: ${pair(fw, fc)}: ${perSecond(c100k.events, fw)}`,
    ratio: `${ratio(jw, fw)} (CPU ${ratio(jc, fc)})`,
    target: '',
    verdict: '',
  });

  notes.unshift(
    'Medians of several runs; wall time is what a user waits, CPU time (in parentheses) is what the process itself used, which holds better on a busy machine.',
    'A key\'s time runs from writing it to the pseudo-terminal to the frame that shows its effect: for j, the frame whose position counter moved on; for a search keystroke, the last frame before output stops and the process goes idle (while searches are quick the overlay searches with the keystroke, in one frame; otherwise it shows the character first, then the results). Keys are pressed one at a time, after the explorer has gone idle. CPU per key is the explorer\'s own, from /proc.',
    'less runs as `less -S` on the same corpus\'s `itx timeline` text; fzf as one `fzf --filter QUERY` process per query over the entity names, so its time includes its start.',
    `Corpora: ${corpora.map((c) => `${c.name} = ${c.incidents} incidents × ${c.perIncident} events, ${mb(c.bytes)}`).join('; ')}; 20 entities per incident (bench/generate.mjs, seed 42).`,
  );
  const result = { machine: info, date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', loadBefore, loadAfter: loadNow(), rows, notes };
  process.stdout.write(`\n${section(result)}\n`);
  if (!flags.has('--no-write')) {
    writeSection(join(ROOT, 'BENCHMARKS.md'), section(result));
    log('wrote BENCHMARKS.md');
  }
} finally {
  if (!flags.has('--keep')) rmSync(dir, { recursive: true, force: true });
}
