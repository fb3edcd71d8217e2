// CI-safe guard on loader speed: loads the 10k-event corpus and JSON.parses the same files in this
// process, and fails when the ratio of the two is more than twice the committed baseline
// (bench/baseline.json). A ratio, never an absolute time, so a slow or busy machine does not fail
// it; CPU time, medians and a warm-up keep other processes' noise out.
// ITX_UPDATE_PERF_BASELINE=1 npx vitest run test/perf/load-guard.test.ts records a new baseline.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.mjs';
import { loadPaths } from '../../src/load/index.js';

const BASELINE = path.join(import.meta.dirname, '../../bench/baseline.json');
const RUNS = 3;
const ALLOWED_SLOWDOWN = 2;

const dir = mkdtempSync(path.join(tmpdir(), 'itx-perf-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cpuMs = async (work: () => unknown): Promise<number> => {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('loader speed guard', () => {
  it('loads 10k events within twice the baseline ratio to JSON.parse', async () => {
    writeCorpus(dir, 100, 100);
    const files = readdirSync(dir).sort().map((name) => path.join(dir, name));
    const parseAll = () => files.reduce((events, file) => events + JSON.parse(readFileSync(file, 'utf8')).events.length, 0);
    let loaded = 0;
    const load = async () => {
      loaded = (await loadPaths([dir])).incidents.length;
    };
    // Warm-up: compiles the loader, the schema and the parser paths before anything is timed.
    expect(parseAll()).toBe(10_000);
    await load();
    expect(loaded).toBe(100);
    const loadTimes: number[] = [];
    const parseTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      loadTimes.push(await cpuMs(load));
      parseTimes.push(await cpuMs(parseAll));
    }
    const ratio = median(loadTimes) / median(parseTimes);
    if (process.env.ITX_UPDATE_PERF_BASELINE) {
      writeFileSync(BASELINE, `${JSON.stringify({ load10kRatio: Number(ratio.toFixed(2)), note: 'CPU time of loadPaths on the 10k-event corpus / JSON.parse of the same files, same process (test/perf/load-guard.test.ts)' }, null, 2)}\n`);
    }
    const baseline = (JSON.parse(readFileSync(BASELINE, 'utf8')) as { load10kRatio: number }).load10kRatio;
    const summary = `load ${median(loadTimes).toFixed(0)} ms, JSON.parse ${median(parseTimes).toFixed(0)} ms (CPU): ratio ${ratio.toFixed(1)}, baseline ${baseline}`;
    console.log(`loader speed guard: ${summary}`);
    expect(ratio, `loader is more than ${ALLOWED_SLOWDOWN}x slower than the baseline: ${summary}`).toBeLessThanOrEqual(baseline * ALLOWED_SLOWDOWN);
  }, 60_000);
});
