// The CLI bundle as a classic script rather than an ES module, so that bin/itx.js can compile it
// with `vm.Script` and hand V8 the code cache made at build time (see scripts/code-cache.mjs):
// Node 20 keeps no compiled code of an ES module from one run to the next.
//
// esbuild bundles as ESM (Ink's yoga-layout awaits its WebAssembly at the top level, which no
// CommonJS output allows); this turns that into one async function expression, which the launcher
// calls with `require` and what `import.meta` would have been.
import { builtinModules } from 'node:module';
import vm from 'node:vm';

/** The name `import.meta` is replaced with in the bundle (pass it to esbuild's `define`). */
export const IMPORT_META = '__itxImportMeta';

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * esbuild plugin: Node's built-in modules are required where they are imported instead of being
 * left as `import` statements, which a script cannot hold. A module imported only by code that
 * runs later (the STIX writer's crypto, say) is then also loaded only then.
 */
export const builtinsAsRequire = {
  name: 'builtins-as-require',
  setup(b) {
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!BUILTINS.has(args.path)) return undefined;
      // The stand-in's own require() is the real one.
      return args.namespace === 'builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/**
 * Wraps esbuild's ESM output (built with `builtinsAsRequire`, `import.meta` defined as
 * IMPORT_META and `charset: 'ascii'`) into `(async function (require, IMPORT_META) { ... })`, in
 * ASCII only, so the launcher can read it as Latin-1 (a copy, where UTF-8 would be decoded) and V8
 * holds it as a one-byte string. Throws when the result is no valid script.
 */
export function toScript(esm, filename) {
  // esbuild escapes non-ASCII in strings and names; what is left is in regular expressions and
  // comments, where a \uXXXX escape means the same character. An escaped character (`\’`, an
  // identity escape) means itself, so its backslash goes.
  const ascii = esm.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  const script = `(async function (require, ${IMPORT_META}) {"use strict";\n${ascii}\n})`;
  // An `import` or `export` left in the bundle is a syntax error here, at build time.
  new vm.Script(script, { filename });
  return script;
}
