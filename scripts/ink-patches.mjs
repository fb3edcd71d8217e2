// Fixes to Ink 6.8 applied when the CLI is bundled (the source in node_modules stays as published).
// Each replaces one exact piece of Ink's code; if Ink changes so that a piece is not found, the
// build stops, so that nobody ships a fix that silently stopped applying.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ONE_CELL_TEXT } from './one-cell.mjs';

const FRAME_DIFF = JSON.stringify(fileURLToPath(new URL('./frame-diff.mjs', import.meta.url)));

/** One fix: the file it applies to (`only`: that one path), why, the code it replaces, and code to put before or after the file's. */
const PATCHES = [
  {
    file: /ink[\\/]build[\\/]log-update\.js$/,
    // Each frame erased every line and wrote them all again (2.5 KB per key at 80x24, 9 KB at
    // 200x60, and a flicker over slow links). It now writes what changed: see frame-diff.mjs.
    // ITX_FULL_REDRAW=1 brings the old way back, for a terminal that lacks line insert/delete.
    why: 'write only what changed between frames',
    from: `        else {
            previousOutput = str;
            const returnPrefix = buildReturnToBottomPrefix(cursorWasShown, previousLineCount, previousCursorPosition);
            stream.write(returnPrefix +
                ansiEscapes.eraseLines(previousLineCount) +
                str +
                cursorSuffix);`,
    to: `        else {
            const changes = previousLineCount > 0 && !process.env.ITX_FULL_REDRAW ? frameDifference(previousOutput, str, stream.rows || Infinity) : undefined;
            previousOutput = str;
            const returnPrefix = buildReturnToBottomPrefix(cursorWasShown, previousLineCount, previousCursorPosition);
            stream.write(returnPrefix +
                (changes ?? ansiEscapes.eraseLines(previousLineCount) + str) +
                cursorSuffix);`,
    prepend: `import { frameDifference } from ${FRAME_DIFF};\n`,
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
  {
    file: /ink[\\/]build[\\/]output\.js$/,
    // Every line inside a box that clips (overflow: hidden) was cut to the box with slice-ansi,
    // even a line that fits it whole: a tenth of a frame's time, for nothing.
    why: 'leave lines that fit their clip uncut',
    from: `                        return sliceAnsi(line, from, to);`,
    to: `                        return from === 0 && to === width ? line : sliceAnsi(line, from, to);`,
  },
  {
    file: /ink[\\/]build[\\/]render-node-to-output\.js$/,
    // Every text node's width was measured again on every frame; Ink's own measureText keeps the
    // widths it has seen, so unchanged rows cost nothing to measure.
    why: 'text widths measured once',
    from: `                const currentWidth = widestLine(text);`,
    to: `                const currentWidth = measureText(text).width;`,
    prepend: `import measureText from './measure-text.js';\n`,
  },
  {
    file: /node_modules[\\/]string-width[\\/]index\.js$/,
    // Only Ink's (version 8); the older copies inside wrap-ansi and cliui are left alone.
    only: fileURLToPath(new URL('../node_modules/string-width/index.js', import.meta.url)),
    // Beyond ASCII, every string was split into graphemes and each tested against the emoji
    // regular expression, whose first use alone compiles for tens of milliseconds at start-up:
    // the explorer's separators, ellipses and arrows took that path on every frame.
    why: 'one-cell characters measured without segmentation',
    from: `	if (/^[\\u0020-\\u007E]*$/.test(string)) {
		return string.length;
	}`,
    to: `	if (/^[\\u0020-\\u007E]*$/.test(string) || ONE_CELL.test(string)) {
		return string.length;
	}`,
    append: `\nconst ONE_CELL = new RegExp(${JSON.stringify(ONE_CELL_TEXT)});\n`,
  },
];

/** esbuild plugin applying the fixes above, each file's in order. */
export const inkPatches = {
  name: 'ink-patches',
  setup(build) {
    const files = [...new Set(PATCHES.map((patch) => patch.file.source))];
    for (const file of files) {
      const patches = PATCHES.filter((patch) => patch.file.source === file);
      build.onLoad({ filter: new RegExp(file) }, async (args) => {
        const applicable = patches.filter((patch) => patch.only === undefined || patch.only === args.path);
        if (applicable.length === 0) return undefined;
        let source = await readFile(args.path, 'utf8');
        for (const patch of applicable) {
          if (!source.includes(patch.from)) {
            return { errors: [{ text: `ink patch "${patch.why}" no longer applies to ${args.path}: check it against this Ink version` }] };
          }
          source = (patch.prepend ?? '') + source.replace(patch.from, patch.to) + (patch.append ?? '');
        }
        return { contents: source, loader: 'js' };
      });
    }
  },
};
