import { mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { NO_MARKS, parseMarks, serializeMarks, type Marks } from '../core/marks.js';
import type { Diagnostic } from '../model/loaded.js';
import { sanitize } from '../text/index.js';
import { describeFsError } from './find-inputs.js';
import { formatBytes } from './limits.js';
import { parseJson } from './parse-json.js';
import { scanJson } from './scan-json.js';
import type { TextPosition } from './text-position.js';
import { writeFileAtomic } from './write-atomic.js';

/** Name of the marks sidecar beside the data the user points at. */
export const MARKS_FILE_NAME = '.itx-marks.json';

// Marks are a few ids per event; anything this large is not a marks file.
const MAX_MARKS_BYTES = 4 * 1024 * 1024;
const MAX_DEPTH = 8;

/** Where marks live, and what reading them found. */
export interface MarksRead {
  marks: Marks;
  /** A corrupt sidecar is reported here (as a warning) and set aside; never fatal. */
  diagnostics: Diagnostic[];
}

/**
 * The sidecar for the data at these paths: `.itx-marks.json` in the first path's directory (the
 * path itself when it is one). The bundled incidents (no paths) and stdin have no folder of the
 * user's to write into, so their marks go to $XDG_STATE_HOME/itx/marks.json
 * (default ~/.local/state/itx/marks.json). See docs/marks.md.
 */
export function marksFilePath(paths: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const first = paths[0];
  if (first === undefined || first === '-') {
    const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(homedir(), '.local', 'state');
    return path.join(state, 'itx', 'marks.json');
  }
  return path.join(isDirectory(first) ? first : path.dirname(first), MARKS_FILE_NAME);
}

/**
 * Reads the marks sidecar. A missing file means no marks. A file that is not valid marks is
 * reported and renamed to `<name>.corrupt-<UTC timestamp>`, so the next save does not destroy it.
 */
export function readMarksFile(file: string, now: Date = new Date()): MarksRead {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_MARKS_BYTES) return setAside(file, undefined, `the file is ${formatBytes(size)}, more than the ${formatBytes(MAX_MARKS_BYTES)} a marks file can be`, now);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { marks: NO_MARKS, diagnostics: [] };
    return { marks: NO_MARKS, diagnostics: [warning(file, 0, 0, `cannot read the marks file: ${describeFsError(error)}; marks start empty`)] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (scanJson(text, MAX_DEPTH).tooDeepAt !== undefined) return setAside(file, undefined, 'it is nested deeper than a marks file is', now);
  const json = parseJson(text);
  if (!json.ok) return setAside(file, json.position, json.message, now);
  const parsed = parseMarks(json.value);
  if (!parsed.ok) return setAside(file, undefined, parsed.message, now);
  return { marks: parsed.marks, diagnostics: [] };
}

/** Saves marks atomically (a reader never sees half a file), creating the folder when needed. */
export function writeMarksFile(file: string, marks: Marks): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, serializeMarks(marks), { force: true });
}

/** The name a corrupt sidecar is moved to: `.itx-marks.json.corrupt-20250505T120000Z`. */
export function corruptName(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `${file}.corrupt-${stamp}`;
}

function setAside(file: string, at: TextPosition | undefined, problem: string, now: Date): MarksRead {
  const target = corruptName(file, now);
  let outcome: string;
  try {
    renameSync(file, target);
    outcome = `set aside as ${path.basename(target)}`;
  } catch (error) {
    outcome = `could not be set aside (${describeFsError(error)}) and will be replaced when marks are saved`;
  }
  const message = `not a valid marks file: ${problem}; it was ${outcome}, and marks start empty`;
  return { marks: NO_MARKS, diagnostics: [warning(file, at?.line ?? 0, at?.column ?? 0, message)] };
}

function warning(file: string, line: number, column: number, message: string): Diagnostic {
  return { file: sanitize(file, { maxLength: 1000 }), line, column, severity: 'warning', message: sanitize(message) };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
