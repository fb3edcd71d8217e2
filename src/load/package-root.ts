import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder of the itx package (the nearest ancestor holding itx's package.json), found once. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && isItx(manifest)) return (root = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the itx package folder (package.json with name "itx")');
    dir = parent;
  }
}

function isItx(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'itx';
  } catch {
    return false;
  }
}

/** The bundled incidents folder, loaded when no path is given. */
export function bundledDataDir(): string {
  return path.join(packageRoot(), 'data');
}
