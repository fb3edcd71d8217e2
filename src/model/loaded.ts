import type { Incident } from './incident.js';
import type { SplitPlace } from './word-split.js';

/** A problem found in an input, with where it is. */
export interface Diagnostic {
  /** Path of the file as the user gave it (sanitised), or "-" for stdin. */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 0 when the problem concerns the whole file. */
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /** Path of the offending value in the data, e.g. "events[3].tactics[0]". */
  path?: string;
}

/** One incident as loaded: display-safe strings, tactics as v19 shortnames, and the original as read. */
export interface LoadedIncident {
  /** The incident with every string sanitised and tactics normalised; safe to show. */
  incident: Incident;
  /** The value exactly as parsed from the file, for exports that need the exact content. */
  original: unknown;
  /** The file it came from (sanitised for display). */
  file: string;
  /** Labels the data used for tactics, per event id, where they differ from the v19 shortnames. */
  tacticLabels: Record<string, string[]>;
  /** Where a word split made beside the load holds its event texts (not enumerable: not data). */
  readonly words?: SplitPlace;
}

/** What loading a set of paths produced. */
export interface LoadResult {
  incidents: LoadedIncident[];
  diagnostics: Diagnostic[];
  /** Number of files read. */
  files: number;
}
