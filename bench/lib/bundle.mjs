// Bundles the loader and core (the same esbuild settings as the CLI) for the benchmark's child processes.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ENTRY = `
  export { loadPaths } from './src/load/index.ts';
  export { buildTimeline } from './src/core/timeline.ts';
  export { indexesFor, search } from './src/core/search/index.ts';
`;

/**
 * Writes `bench-core.mjs` (loadPaths, buildTimeline, indexesFor, search) into dist/, beside the
 * word-split worker the loader starts for large loads (`npm run build` makes it), and returns its path.
 */
export async function bundleCore() {
  const outfile = join(ROOT, 'dist', 'bench-core.mjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}
