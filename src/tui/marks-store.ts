import path from 'node:path';
import type { Marks } from '../core/marks.js';
import { describeFsError } from '../load/find-inputs.js';
import { marksFilePath, readMarksFile, writeMarksFile } from '../load/marks-file.js';
import type { Diagnostic } from '../model/loaded.js';
import { sanitize } from '../text/index.js';
import type { SaveMarks } from './effects/use-save-marks.js';

/** The marks sidecar as the explorer uses it: what it held at start, what reading it found, how to save. */
export interface MarksStore {
  /** The sidecar's path. */
  file: string;
  initial: Marks;
  /** A corrupt (now set aside) or unreadable sidecar, for the stderr report. */
  diagnostics: Diagnostic[];
  /** The same, in a few words for the status line of the first frame. */
  notice?: string;
  /** Writes the marks atomically; returns what went wrong instead of throwing. */
  save: SaveMarks;
}

/**
 * Opens the sidecar of the data at `paths` (see marksFilePath): reads it, a corrupt one being
 * set aside, and saves every change atomically. Marks of events no longer in the data stay in
 * the file, so an edit of the incident files that drops an event for a moment loses nothing.
 */
export function openMarksStore(paths: readonly string[], env: NodeJS.ProcessEnv = process.env): MarksStore {
  const file = marksFilePath(paths, env);
  const read = readMarksFile(file);
  const shownFile = sanitize(path.basename(file));
  const save: SaveMarks = (marks) => {
    try {
      writeMarksFile(file, marks);
      return undefined;
    } catch (error) {
      return `marks not saved to ${sanitize(file, { maxLength: 200 })}: ${describeFsError(error)}`;
    }
  };
  const problem = read.diagnostics[0];
  return { file, initial: read.marks, diagnostics: read.diagnostics, ...(problem && { notice: noticeFor(shownFile, problem.message) }), save };
}

/** "marks.json was not valid: set aside as marks.json.corrupt-20250505T120000Z; marks start empty". */
function noticeFor(file: string, message: string): string {
  const aside = /set aside as (\S+?),/.exec(message);
  if (aside) return `${file} was not valid: set aside as ${aside[1]}; marks start empty`;
  return `${file}: ${message}`;
}
