import type { Diagnostic } from '../model/loaded.js';
import { sanitize } from '../text/index.js';
import { formatDataPath, type DataPath } from './data-path.js';
import type { Locator } from './locate.js';
import type { TextPosition } from './text-position.js';

/** Collects the diagnostics of one input, placing each at the line:col of the value it concerns. */
export class FileReporter {
  /** Everything reported so far, in order. */
  readonly diagnostics: Diagnostic[] = [];
  /** The input's name as shown to the user, sanitised (file names are untrusted too). */
  readonly file: string;

  constructor(file: string, private readonly locator?: Locator) {
    this.file = sanitize(file, { maxLength: 1000 });
  }

  /** Reports a problem with the value at `path` (or with the member named `key` of the object there). */
  at(path: DataPath, severity: Diagnostic['severity'], message: string, key?: string): void {
    const position = this.locator?.locate(path, key);
    this.push(position, severity, message, formatDataPath(path));
  }

  /** Reports a problem at a known position in the text, or with the whole input when there is none. */
  push(position: TextPosition | undefined, severity: Diagnostic['severity'], message: string, path?: string): void {
    const text = path ? `${path}: ${message}` : message;
    this.diagnostics.push({
      file: this.file,
      line: position?.line ?? 0,
      column: position?.column ?? 0,
      severity,
      // Messages quote the input (values, keys, parser excerpts): sanitise them like any file text.
      message: sanitize(text, { maxLength: 2000 }),
      ...(path ? { path: sanitize(path, { maxLength: 500 }) } : {}),
    });
  }

  /** Position of a value, when the input has positions. */
  positionOf(path: DataPath): TextPosition | undefined {
    return this.locator?.locate(path);
  }

  /** True once any error has been reported. */
  get failed(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}
