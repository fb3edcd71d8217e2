import type { Diagnostic } from '../../model/loaded.js';
import type { Note, TimeSpec } from '../../model/incident.js';
import { readTime } from './dates.js';
import type { Pos } from './tree.js';

/** The id of the source every imported fact cites: the report itself. */
export const REPORT_SOURCE_ID = 'report';

/** What the import did with the report's sections and keys. */
export interface ImportSummary {
  /** Sections and keys that became fields of the incident. */
  mapped: string[];
  /** Sections and keys with no field of their own, kept as notes. */
  kept: string[];
  /** Sections and keys with nothing in them, so nothing to keep. */
  skipped: string[];
}

/** Shared state of one import: diagnostics, the summary, notes and the prose entities are read from. */
export class ImportContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly summary: ImportSummary = { mapped: [], kept: [], skipped: [] };
  readonly notes: Note[] = [];
  /** Prose in reading order, for entity extraction. */
  readonly prose: string[] = [];
  /** Weekdays already reported as needing a reference date (one warning each). */
  private readonly weekdaysWarned = new Set<string>();

  constructor(
    readonly file: string,
    readonly referenceDate: string | undefined,
  ) {}

  /** Records a warning at a place in the report. */
  warn(pos: Pos | undefined, message: string, path?: string): void {
    this.report('warning', pos, message, path);
  }

  /** Records an error at a place in the report. */
  error(pos: Pos | undefined, message: string, path?: string): void {
    this.report('error', pos, message, path);
  }

  private report(severity: Diagnostic['severity'], pos: Pos | undefined, message: string, path?: string): void {
    this.diagnostics.push({
      file: this.file,
      line: pos?.line ?? 0,
      column: pos?.column ?? 0,
      severity,
      message,
      ...(path !== undefined && { path }),
    });
  }

  /** Notes that a section or key became part of the incident. */
  mapped(name: string): void {
    if (!this.summary.mapped.includes(name)) this.summary.mapped.push(name);
  }

  /** Notes that a section or key was empty. */
  skipped(name: string): void {
    if (!this.summary.skipped.includes(name)) this.summary.skipped.push(name);
  }

  /** Keeps text that has no field of its own as a note under its heading. */
  keep(heading: string, text: string): void {
    if (!text.trim()) return this.skipped(heading);
    const existing = this.notes.find((n) => n.heading === heading);
    if (existing) existing.text = `${existing.text}\n\n${text}`;
    else this.notes.push({ heading, text });
    if (!this.summary.kept.includes(heading)) this.summary.kept.push(heading);
  }

  /** Adds prose that names people and organisations. */
  read(text: string): void {
    if (text.trim()) this.prose.push(text);
  }

  /**
   * Reads a time from wording, reporting impossible dates and weekdays that need `--reference-date`;
   * undefined when the wording names no time.
   */
  time(wording: string, pos: Pos, path: string): TimeSpec | undefined {
    const reading = readTime(wording, this.referenceDate);
    for (const problem of reading.problems) {
      this.warn(pos, `${problem}; the date is left out (kept in the text). Correct it in the report`, path);
    }
    if (reading.unresolvedWeekday && !this.weekdaysWarned.has(reading.unresolvedWeekday.toLowerCase())) {
      this.weekdaysWarned.add(reading.unresolvedWeekday.toLowerCase());
      this.warn(
        pos,
        `"${reading.unresolvedWeekday}" names a weekday but no date; pass --reference-date YYYY-MM-DD (the report's publication date) to resolve it. Kept as unknown with the wording`,
        path,
      );
    }
    if (!reading.spec && reading.problems.length > 0) return { text: wording.trim() };
    return reading.spec;
  }
}
