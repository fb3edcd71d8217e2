import type { DataPath } from './data-path.js';
import { Locator } from './locate.js';
import { readFileCapped } from './read-input.js';
import type { FileReporter } from './reporter.js';
import type { TextPosition } from './text-position.js';
import { decodeUtf8 } from './utf8.js';

/**
 * Where an incident id was first loaded, kept without the file's text: holding every file's text
 * until the load ends, for the rare duplicate id, cost as much memory as the incidents themselves.
 */
export interface FirstSeen {
  /** The file as shown (sanitised). */
  file: string;
  /** Where the incident sits in its input. */
  at: DataPath;
  /** A JSON file to read again for the position, or the reporter of an input that cannot be read twice (stdin). */
  source: { path: string } | { reporter: FileReporter } | undefined;
}

/** Line and column of the first incident's id, if they can still be found. */
export async function positionOfFirst(first: FirstSeen, maxBytes: number): Promise<TextPosition | undefined> {
  const path = [...first.at, 'id'];
  if (first.source === undefined) return undefined;
  if ('reporter' in first.source) return first.source.reporter.positionOf(path);
  const read = await readFileCapped(first.source.path, maxBytes);
  if (!read.ok) return undefined;
  const decoded = decodeUtf8(read.bytes);
  return decoded.ok ? new Locator(decoded.text).locate(path) : undefined;
}
