import { readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** Watching files for changes; `close` stops it (idempotent). */
export interface PathWatcher {
  close(): void;
}

/** How changes are gathered into one call. */
export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs (editors write a file several times). */
  debounceMs?: number;
  /** Longest wait from the first change, so a file written without pause is still followed. */
  maxWaitMs?: number;
}

// The names the loader reads in a folder (src/load/find-inputs.ts), and names without a dot, which may be folders.
const INPUT_NAME = /\.(json|txt|md|markdown)$|^[^.]+$/i;

// Dot files are left out, as the loader leaves them: editors' swap files, atomic writes' temporaries, the marks sidecar.
function isInputName(name: string): boolean {
  return !name.startsWith('.') && INPUT_NAME.test(name);
}

// macOS and Windows watch a tree natively; elsewhere Node follows each file of a tree on its own
// and loses a file replaced by rename (as editors save), so each folder is watched instead.
const NATIVE_RECURSIVE = process.platform === 'darwin' || process.platform === 'win32';

/**
 * Calls `onChange` after the files at `paths` change: a file given by name is watched through its
 * folder (so a save by rename is seen), a folder with everything below it (new subfolders too).
 * The watchers never keep the process alive, and a path that cannot be watched is skipped.
 */
export function watchPaths(paths: readonly string[], onChange: () => void, options: WatchOptions = {}): PathWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  // Each watched folder with the identity (device and inode) of the folder it was opened on.
  const watchers = new Map<string, { watcher: FSWatcher; identity: string }>();
  let timer: NodeJS.Timeout | undefined;
  let firstChange = 0;
  let closed = false;

  const fire = () => {
    timer = undefined;
    if (closed) return;
    watchFolders();
    onChange();
  };
  const changed = () => {
    if (closed) return;
    const now = Date.now();
    if (timer === undefined) firstChange = now;
    else clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, firstChange + maxWaitMs - now)));
    timer.unref();
  };
  const unwatch = (folder: string) => {
    watchers.get(folder)?.watcher.close();
    watchers.delete(folder);
  };
  const watchFolder = (folder: string, { recursive, accepts }: Wanted) => {
    const identity = identityOf(folder);
    if (identity === undefined) return unwatch(folder);
    // A folder removed and made again under the same name is a new folder to watch.
    if (watchers.get(folder)?.identity === identity) return;
    unwatch(folder);
    try {
      const watcher = watch(folder, { persistent: false, recursive }, (_event, name) => {
        if (name === null) return changed();
        // A recursive watcher names files below the folder ("sub/a.json"); nothing in a dot folder (.git) counts.
        const parts = name.toString().split(/[\\/]/);
        if (!parts.slice(0, -1).some((part) => part.startsWith('.')) && accepts(parts.at(-1)!)) changed();
      });
      // A folder removed or unreadable: dropped here, looked for again at the next change.
      watcher.on('error', () => {
        if (watchers.get(folder)?.watcher === watcher) unwatch(folder);
        changed();
      });
      watchers.set(folder, { watcher, identity });
    } catch {
      // Gone, unreadable, or out of watches (inotify's limit): the rest are still followed, and R reloads.
    }
  };
  // (Re)creates the watchers: at the start, and after each change, so new subfolders are followed.
  const watchFolders = () => {
    const wanted = new Map<string, Wanted>();
    const want = (folder: string, recursive: boolean, accepts: (name: string) => boolean) => {
      const earlier = wanted.get(folder);
      wanted.set(folder, earlier ? { recursive: recursive || earlier.recursive, accepts: (n) => accepts(n) || earlier.accepts(n) } : { recursive, accepts });
    };
    for (const given of paths) {
      if (isFolder(given)) {
        for (const folder of NATIVE_RECURSIVE ? [given] : foldersBelow(given)) want(folder, NATIVE_RECURSIVE, isInputName);
      } else {
        const name = path.basename(given);
        want(path.dirname(given), false, (n) => n === name);
      }
    }
    for (const folder of [...watchers.keys()]) if (!wanted.has(folder)) unwatch(folder);
    for (const [folder, how] of wanted) watchFolder(folder, how);
  };

  watchFolders();
  return {
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      for (const { watcher } of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/** How one folder is watched, and which names in it count. */
interface Wanted {
  recursive: boolean;
  accepts: (name: string) => boolean;
}

function identityOf(folder: string): string | undefined {
  try {
    const info = statSync(folder);
    return info.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
  } catch {
    return undefined;
  }
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The folder and every folder below it, as the loader walks them (dot folders left out, each real folder once). */
function foldersBelow(root: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (folder: string) => {
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) return;
      seen.add(real);
      found.push(folder);
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(full))) visit(full);
      }
    } catch {
      // A folder removed meanwhile or unreadable: nothing below it to watch.
    }
  };
  visit(root);
  return found;
}
