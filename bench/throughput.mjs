// `itx timeline --format json` on a corpus, beside the floor: read, JSON.parse and JSON.stringify the same files.
import { runNode } from './lib/run-node.mjs';

const FLOOR = `
  const { readdirSync, readFileSync } = require('node:fs');
  const dir = process.argv[1];
  const all = readdirSync(dir).sort().map((f) => JSON.parse(readFileSync(dir + '/' + f, 'utf8')));
  process.stdout.write(JSON.stringify(all, null, 2));
`;

/** `runs` timings of itx's JSON timeline of `dir` and of the floor ({ wall, cpu, maxRss } each). */
export function timelineJson(dir, runs) {
  const itx = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    itx.push(runNode(['bin/itx.js', 'timeline', '--format', 'json', dir]));
    floor.push(runNode(['-e', FLOOR, dir]));
  }
  return { itx, floor };
}
