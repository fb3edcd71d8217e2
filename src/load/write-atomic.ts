import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The target exists and overwriting was not asked for. */
export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  constructor(readonly path: string) {
    super(`${path} already exists; pass --force to overwrite it`);
  }
}

/**
 * Writes a file atomically: the data goes to a temporary file in the same directory, then takes the
 * target's name in one step, so a reader never sees half a file. Without `force` an existing file is
 * never replaced (the check and the write are one step too: a hard link fails if the name is taken).
 */
export function writeFileAtomic(path: string, data: string, options: { force?: boolean } = {}): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.force) {
      renameSync(temp, path);
      return;
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new FileExistsError(path);
      // Some file systems have no hard links; fall back to check-then-rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      if (exists(path)) throw new FileExistsError(path);
      renameSync(temp, path);
    }
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place, or never created.
    }
  }
}

function exists(path: string): boolean {
  try {
    closeSync(openSync(path, 'r'));
    return true;
  } catch {
    return false;
  }
}
