// Test entries (a planted bug, a program that crashes on cue) bundled the way scripts/build.mjs
// bundles dist/itx.js: one file starts much faster than hundreds of modules.
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './harness.js';

/**
 * Bundles `entry` (an absolute path) to `outfile`, a path relative to the repository and inside it,
 * so the bundle's packages resolve from node_modules.
 */
export async function bundleEntry(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile: path.join(REPO_ROOT, outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    // As scripts/build.mjs: Ink's optional devtools stay out, and bundled CommonJS gets require().
    plugins: [
      {
        name: 'no-devtools',
        setup(b) {
          b.onResolve({ filter: /devtools\.js$/ }, (args) => (args.importer.includes('/ink/') ? { path: 'ink-devtools', namespace: 'empty' } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
        },
      },
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __itxCreateRequire } from 'node:module'; const require = __itxCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
}
