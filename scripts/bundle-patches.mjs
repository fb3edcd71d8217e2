// Changes to esbuild's output that keep work off the start-up path, for code another plugin already
// rewrites as it is loaded (esbuild lets one plugin load a file, so they cannot both change it
// there). Each must match exactly once, or the build stops: a change that silently stopped
// applying would only show as a slower start.

const PATCHES = [
  {
    // string-width (Ink's) builds its emoji expression when it is loaded: the first expression
    // with \p{RGI_Emoji} loads ICU's emoji data, about 16 ms of start-up. Only a string with a
    // character beyond the one-cell ones (see scripts/one-cell.mjs) needs it, which the explorer's
    // first frame on the bundled data does not have; it is now made on that string's first use.
    why: 'string-width builds its emoji expression on first use',
    find: /\n\s*(\w+) = (new RegExp\("\^\\\\p\{RGI_Emoji\}\$", "v"\));/,
    apply: (source, [declaration, name, expression]) => {
      const use = `if (${name}.test(segment)`;
      if (source.split(use).length !== 2) return undefined;
      return source.replace(declaration, '').replace(use, `if ((${name} ??= ${expression}).test(segment)`);
    },
  },
];

/** `source` (the bundle) with every patch above applied; throws when one no longer applies. */
export function applyBundlePatches(source) {
  let patched = source;
  for (const patch of PATCHES) {
    const found = patch.find.exec(patched);
    const result = found && patched.split(found[0]).length === 2 ? patch.apply(patched, found) : undefined;
    if (result === undefined) throw new Error(`bundle patch "${patch.why}" no longer applies: check it against the bundled packages`);
    patched = result;
  }
  return patched;
}
