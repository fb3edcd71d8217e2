// Run by scripts/code-cache.mjs in a pseudo-terminal at 80x24: starts the explorer on the bundled
// data through the launcher, as `node bin/itx.js` does, and once its first frame is written saves
// V8's code cache of the bundle, which then holds every function the start-up compiled.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { loadBundle, codeCacheFile, CACHE } = createRequire(import.meta.url)('../bin/itx.js');

// The CLI reads its arguments from process.argv: none, as `itx` alone.
process.argv.splice(2);
const { source, script, run } = loadBundle({ useCache: false });

const write = process.stdout.write;
let saved = false;
process.stdout.write = function firstFrame(chunk, ...rest) {
  const result = write.call(this, chunk, ...rest);
  // The frame is one write of the whole screen; what comes before it (entering the alternate
  // screen, hiding the cursor) is a few bytes. The cache is taken once the frame's code has run.
  if (!saved && String(chunk).length > 200) {
    saved = true;
    setImmediate(() => {
      writeFileSync(CACHE, codeCacheFile(source, script.createCachedData()));
      process.exit(0);
    });
  }
  return result;
};

run().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
