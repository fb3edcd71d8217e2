// Bundles the CLI into one ESM file: one module load at start-up instead of hundreds.
import { build } from 'esbuild';

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

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/itx.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  plugins: [noDevtools],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS (yargs helpers, react) needs require() inside ESM.
  banner: {
    js: "import { createRequire as __itxCreateRequire } from 'node:module'; const require = __itxCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
