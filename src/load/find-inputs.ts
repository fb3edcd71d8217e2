import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** One thing to read: a file (JSON or a report) or standard input. */
export type Input = { kind: 'file'; path: string; format: 'json' | 'report' } | { kind: 'stdin' };

/** A path given by the user that could not be used. */
export interface MissingPath {
  path: string;
  message: string;
}

const REPORT = /\.(txt|md|markdown)$/i;
// Documentation and schemas that live beside incident files are not incidents.
const NOT_INCIDENTS = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$|\.schema\.json$/i;

/** Expands the user's paths into inputs: files as given, directories walked recursively in name order, "-" as stdin. */
export async function findInputs(paths: readonly string[]): Promise<{ inputs: Input[]; missing: MissingPath[] }> {
  const inputs: Input[] = [];
  const missing: MissingPath[] = [];
  for (const given of paths) {
    if (given === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    try {
      const info = await stat(given);
      if (info.isDirectory()) await walk(given, inputs, new Set([await realpath(given)]));
      else inputs.push({ kind: 'file', path: given, format: REPORT.test(given) ? 'report' : 'json' });
    } catch (error) {
      missing.push({ path: given, message: describeFsError(error) });
    }
  }
  return { inputs, missing };
}

async function walk(dir: string, inputs: Input[], seen: Set<string>): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || NOT_INCIDENTS.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) {
      // A symlink back up the tree would loop forever; visit each real directory once.
      const real = await realpath(full);
      if (seen.has(real)) continue;
      seen.add(real);
      await walk(full, inputs, seen);
    } else if (isFile && entry.name.toLowerCase().endsWith('.json')) {
      inputs.push({ kind: 'file', path: full, format: 'json' });
    } else if (isFile && REPORT.test(entry.name)) {
      inputs.push({ kind: 'file', path: full, format: 'report' });
    }
  }
}

/** A file-system error in plain words, without Node's error codes and syscall names. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    case 'EIO':
      return 'input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
