import type { Diagnostic } from '../model/loaded.js';
import { sanitize } from '../text/index.js';
import { formatDataPath, type DataPath } from './data-path.js';
import type { Locator } from './locate.js';
import type { TextPosition } from './text-position.js';

/** Most diagnostics shown per input; a hostile file could otherwise produce millions. */
export const MAX_DIAGNOSTICS_PER_FILE = 200;

/** Collects the diagnostics of one input, placing each at the line:col of the value it concerns. */
export class FileReporter {
  /** The input's name as shown to the user, sanitised (file names are untrusted too). */
  readonly file: string;
  /** Errors reported so far, shown or not. */
  errors = 0;
  private readonly shown: Diagnostic[] = [];
  private omittedErrors = 0;
  private omittedWarnings = 0;

  constructor(file: string, private readonly locator?: Locator) {
    this.file = sanitize(file, { maxLength: 1000 });
  }

  /** Reports a problem with the value at `path` (or with the member named `key` of the object there). */
  at(path: DataPath, severity: Diagnostic['severity'], message: string, key?: string): void {
    if (this.full(severity)) return;
    this.push(this.locator?.locate(path, key), severity, message, formatDataPath(path));
  }

  /** Reports a problem at a known position in the text, or with the whole input when there is none. */
  push(position: TextPosition | undefined, severity: Diagnostic['severity'], message: string, path?: string): void {
    if (this.full(severity)) return;
    const text = path ? `${path}: ${message}` : message;
    this.shown.push({
      file: this.file,
      line: position?.line ?? 0,
      column: position?.column ?? 0,
      severity,
      // Messages quote the input (values, keys, parser excerpts): sanitise them like any file text.
      message: sanitize(text, { maxLength: 2000 }),
      ...(path ? { path: sanitize(path, { maxLength: 500 }) } : {}),
    });
  }

  /** Adds a diagnostic made elsewhere (by the report importer), already sanitised. */
  add(diagnostic: Diagnostic): void {
    if (!this.full(diagnostic.severity)) this.shown.push(diagnostic);
  }

  /** Position of a value, when the input has positions. */
  positionOf(path: DataPath): TextPosition | undefined {
    return this.locator?.locate(path);
  }

  /** The diagnostics to show, ending with a count of those left out when there were too many. */
  get diagnostics(): Diagnostic[] {
    const omitted = this.omittedErrors + this.omittedWarnings;
    if (omitted === 0) return this.shown;
    const message = `${omitted} more problems (${this.omittedErrors} errors, ${this.omittedWarnings} warnings) not shown; fix the ones above first`;
    return [...this.shown, { file: this.file, line: 0, column: 0, severity: this.omittedErrors > 0 ? 'error' : 'warning', message }];
  }

  // Counts every problem; true when this one is past the cap and only counted.
  private full(severity: Diagnostic['severity']): boolean {
    if (severity === 'error') this.errors++;
    if (this.shown.length < MAX_DIAGNOSTICS_PER_FILE) return false;
    if (severity === 'error') this.omittedErrors++;
    else this.omittedWarnings++;
    return true;
  }
}
