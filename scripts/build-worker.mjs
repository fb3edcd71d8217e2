// Bundles the word-split worker (src/load/word-split/worker.ts) into dist/word-split-worker.js: a
// small file of its own, so the thread it runs on starts without loading the whole CLI.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/load/word-split/worker.ts'],
  outfile: 'dist/word-split-worker.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});
