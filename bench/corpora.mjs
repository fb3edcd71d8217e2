// The benchmark's corpora: 1k, 10k and 100k events, plus each one's plain-text timeline for less.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './generate.mjs';
import { ROOT } from './lib/bundle.mjs';

/** Name, incidents and events per incident of each corpus (20 entities per incident). */
export const CORPORA = [
  { name: '1k', incidents: 10, perIncident: 100 },
  { name: '10k', incidents: 100, perIncident: 100 },
  { name: '100k', incidents: 1000, perIncident: 100 },
];

/** Writes every corpus under `dir`; returns them with `dir`, `bytes` and `events`. */
export function writeCorpora(dir) {
  return CORPORA.map((c) => {
    const at = join(dir, c.name);
    const bytes = writeCorpus(at, c.incidents, c.perIncident);
    return { ...c, dir: at, bytes, events: c.incidents * c.perIncident };
  });
}

/** Writes `itx timeline` (plain text) of `corpusDir` to `file`: the same text, for less to page. */
export function writeTimelineText(corpusDir, file) {
  const out = openSync(file, 'w');
  try {
    const result = spawnSync(process.execPath, ['bin/itx.js', 'timeline', corpusDir], { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
    if (result.status !== 0) throw new Error(`itx timeline ${corpusDir} exited ${result.status}: ${result.stderr}`);
  } finally {
    closeSync(out);
  }
  return file;
}
