#!/usr/bin/env node
// Launcher. `npm run build` (run on install by `prepare`) bundles the CLI into dist/itx.js, a
// script holding one async function, and saves V8's code cache of it beside it (dist/itx.cache)
// after a start-up of the explorer: with it, the functions the first frame runs are not parsed and
// compiled again on every start (scripts/code-cache.mjs says why it is done this way). The cache
// is used only when it was made from these very bytes; one V8 rejects (another Node version)
// is ignored, and the CLI compiles as it would have without it. Nothing is written here.
// This file is CommonJS (bin/package.json): Node starts a CommonJS entry sooner than an ES module.
'use strict';
const { readFileSync } = require('node:fs');
const { isAscii } = require('node:buffer');
const { createRequire } = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');
const { crc32 } = require('node:zlib');

const BUNDLE = path.join(__dirname, '..', 'dist', 'itx.js');
const CACHE = path.join(__dirname, '..', 'dist', 'itx.cache');
// Before V8's data, three CRC-32s: of the bundle it was made from (V8 checks only the length of
// the source, and would run the cached code of a same-length edited bundle), of the data itself,
// and of the bundle's path (V8 takes the file name in stack traces from the cache, so a package
// moved after its build compiles without it rather than naming the place it was built).
const HEADER_BYTES = 12;

/** The cache file's contents for `data`, V8's code cache of the bundle `source` (bytes). */
function codeCacheFile(source, data) {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(crc32(source), 0);
  header.writeUInt32LE(crc32(data), 4);
  header.writeUInt32LE(crc32(BUNDLE), 8);
  return Buffer.concat([header, data]);
}

/** V8's data from the cache file when it was made from `source` where the bundle is now, else undefined. */
function codeCacheFor(source) {
  // zlib.crc32 came in Node 20.15 and 22.2: on a 22.0 or 22.1, no cache.
  if (typeof crc32 !== 'function') return undefined;
  let file;
  try {
    file = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  if (file.length <= HEADER_BYTES || file.readUInt32LE(0) !== crc32(source) || file.readUInt32LE(8) !== crc32(BUNDLE)) return undefined;
  const data = file.subarray(HEADER_BYTES);
  return file.readUInt32LE(4) === crc32(data) ? data : undefined;
}

/**
 * Compiles the bundle (with its code cache unless `useCache` is false) and returns the script and
 * `run`, which starts the CLI and resolves when its command is done.
 */
function loadBundle({ useCache = true } = {}) {
  const source = readFileSync(BUNDLE);
  const script = new vm.Script(isAscii(source) ? source.toString('latin1') : source.toString('utf8'), {
    filename: BUNDLE,
    cachedData: useCache ? codeCacheFor(source) : undefined,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const url = pathToFileURL(BUNDLE).href;
  const requireFromBundle = createRequire(BUNDLE);
  const importMeta = { url, resolve: (specifier) => pathToFileURL(requireFromBundle.resolve(specifier)).href };
  return { source, script, run: () => script.runInThisContext()(requireFromBundle, importMeta) };
}

module.exports = { loadBundle, codeCacheFile, CACHE };

if (require.main === module) {
  // The CLI reports its own errors; one that escapes it ends the process as an uncaught error.
  loadBundle()
    .run()
    .catch((error) => process.nextTick(() => { throw error; }));
}
