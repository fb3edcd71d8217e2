// Bundles the CLI into one file: one script to load at start-up instead of hundreds of modules,
// compiled with a code cache made here (scripts/bundle-script.mjs, scripts/code-cache.mjs).
// Start-up is measured by `npm run bench` (BENCHMARKS.md says what each step here saved).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { applyBundlePatches } from './bundle-patches.mjs';
import { IMPORT_META, builtinsAsRequire, toScript } from './bundle-script.mjs';
import { removeCodeCache, writeCodeCache } from './code-cache.mjs';
import { inkPatches } from './ink-patches.mjs';

const BUNDLE = 'dist/itx.js';

// Ink loads its React devtools bridge only when DEV=true; itx never ships it.
const noDevtools = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /devtools\.js$/ }, (args) =>
      args.importer.includes('/ink/') ? { path: 'ink-devtools', namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
  },
};

// compromise builds its whole lexicon when its module is evaluated (about 250 ms of CPU, a third
// of start-up), and only the report importer calls it. The bundle gets a stand-in that requires it
// on the first call, from its own file beside the bundle (dist/compromise.cjs), so that its 450 KB
// are not even parsed at start-up (another 25 ms).
const COMPROMISE_FILE = 'compromise.cjs';
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, () => ({ path: 'compromise', namespace: 'lazy-compromise' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({
      loader: 'js',
      contents: `
        let nlp;
        export default function lazyNlp(...args) {
          nlp ??= require('./${COMPROMISE_FILE}');
          return (nlp.default ?? nlp)(...args);
        }`,
    }));
  },
};

// Yoga (Ink's layout engine) fetches its WebAssembly from a data: URL when `fetch` exists, which
// starts Node's whole HTTP client (about 20 ms) to decode base64 it can decode directly.
const YOGA_FETCH = 'function ya(){return w||"function"!=typeof fetch?';
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(YOGA_FETCH)) {
        // Another yoga version: bundle it as it is (a little slower to start, same behaviour).
        return { contents: source, loader: 'js', warnings: [{ text: 'yoga-layout changed: its wasm is fetched as before' }] };
      }
      return { contents: source.replace(YOGA_FETCH, 'function ya(){return true?'), loader: 'js' };
    });
  },
};

removeCodeCache();
// The bundle is written by this script, not by esbuild (it is rewritten as a script first): on a
// fresh clone its folder does not exist yet.
await mkdir('dist', { recursive: true });
const bundled = await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: BUNDLE,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  plugins: [builtinsAsRequire, noDevtools, lazyCompromise, yogaWithoutFetch, inkPatches],
  // Required at run time from beside the bundle (see lazyCompromise).
  external: [`./${COMPROMISE_FILE}`],
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta': IMPORT_META },
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'warning',
});
await writeFile(BUNDLE, toScript(applyBundlePatches(bundled.outputFiles[0].text), BUNDLE));

// compromise's own CommonJS build, bundled into the one file the stand-in above requires.
await build({
  entryPoints: ['node_modules/compromise/builds/three/compromise-three.cjs'],
  outfile: `dist/${COMPROMISE_FILE}`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});

// Last, once both files are in place: the warm-up runs the built CLI.
await writeCodeCache();
