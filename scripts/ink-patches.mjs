// Fixes to Ink 6.8 applied when the CLI is bundled (the source in node_modules stays as published).
// Each replaces one exact piece of Ink's code; if Ink changes so that a piece is not found, the
// build stops, so that nobody ships a fix that silently stopped applying.
import { readFile } from 'node:fs/promises';

/** One fix: the file it applies to, why, and the code it replaces. */
const PATCHES = [
  {
    file: /ink[\\/]build[\\/]log-update\.js$/,
    // Incremental rendering moves the cursor back up one row too few when the last frame ended in a
    // newline (any frame shorter than the screen), so every line lands one row low and the screen
    // scrolls. The cursor then sits below the frame, a full frame's height from its top.
    why: 'incremental rendering: return to the top of a frame that ended in a newline',
    from: `        else {
            buffer.push(ansiEscapes.cursorUp(previousVisible - 1));
        }`,
    to: `        else {
            buffer.push(ansiEscapes.cursorUp(previousOutput.endsWith('\\n') ? previousVisible : previousVisible - 1));
        }`,
  },
  {
    file: /ink[\\/]build[\\/]output\.js$/,
    // Each frame made a new Output with empty caches, so every line of every frame was split into
    // styled characters and measured again, though a key press changes a few lines. One cache for
    // all frames, emptied when it grows large, keeps that work to the lines that changed.
    why: 'output caches shared by all frames',
    from: `    caches = new OutputCaches();`,
    to: `    caches = sharedCaches();`,
    append: `
const MAX_CACHED = 20000;
let shared;
function sharedCaches() {
    if (!shared || shared.styledChars.size + shared.widths.size + shared.blockWidths.size > MAX_CACHED) shared = new OutputCaches();
    return shared;
}
`,
  },
];

/** esbuild plugin applying the fixes above. */
export const inkPatches = {
  name: 'ink-patches',
  setup(build) {
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(patch.from)) {
          return { errors: [{ text: `ink patch "${patch.why}" no longer applies to ${args.path}: check it against this Ink version` }] };
        }
        return { contents: source.replace(patch.from, patch.to) + (patch.append ?? ''), loader: 'js' };
      });
    }
  },
};
