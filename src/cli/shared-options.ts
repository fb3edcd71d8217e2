import { supportsColor } from 'chalk';
import type { Argv } from 'yargs';
import type { TimeMode } from '../core/time-format.js';
import { isZone, parseIso } from '../core/time.js';
import { didYouMean } from '../core/did-you-mean.js';
import { loadPaths, type LoadOptions } from '../load/index.js';
import type { LoadResult } from '../model/loaded.js';
import { formatDiagnostic } from '../output/diagnostics.js';
import { EXIT, UsageError } from './exit.js';

/** Arguments every data command takes. */
export interface PathsArgs {
  paths?: string[];
  referenceDate?: string;
}

// yargs' parser swallows a lone "-" (it reads it as an empty group of short options), so it is
// swapped for a token no one can type before parsing and swapped back in the paths.
const STDIN_TOKEN = '\u0000stdin';

/** The command line with each lone "-" protected from the option parser (undone by withPaths). */
export function protectStdinDash(args: readonly string[]): string[] {
  return args.map((arg) => (arg === '-' ? STDIN_TOKEN : arg));
}

/** Adds the `[paths..]` positional: files, directories or "-" for stdin; the bundled incidents when absent. */
export function withPaths<T>(yargs: Argv<T>): Argv<T & PathsArgs> {
  return yargs.positional('paths', {
    describe: 'incident files (.json), directories, or - for stdin; default: the bundled incidents',
    type: 'string',
    array: true,
    coerce: (paths: string[]) => paths.map((p) => (p === STDIN_TOKEN ? '-' : p)),
  }).option('reference-date', {
    type: 'string',
    describe: 'for reports (.txt/.md): the date (YYYY-MM-DD) that "Sunday" or "last week" count from',
  }) as Argv<T & PathsArgs>;
}

/**
 * Loads the paths, prints every diagnostic to stderr, and sets exit code 1 when any is an error.
 * `indexed`: the command will build the entity and search indexes (see LoadOptions.splitWords).
 */
export async function loadAndReport(argv: PathsArgs, indexed = false): Promise<LoadResult> {
  const result = await loadPaths(argv.paths ?? [], { ...loadOptions(argv), splitWords: indexed });
  printDiagnostics(result);
  return result;
}

/** Loader options from the command line; a bad `--reference-date` is a usage error, as in `itx import`. */
export function loadOptions(argv: PathsArgs): LoadOptions {
  return argv.referenceDate === undefined ? {} : { referenceDate: checkReferenceDate(argv.referenceDate) };
}

/** A `--reference-date` value, checked to be a real YYYY-MM-DD date; anything else is a usage error saying what to give. */
export function checkReferenceDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && parseIso(value).ok) return value;
  throw new UsageError(`--reference-date "${value}" is not a date; give the report's publication date as YYYY-MM-DD`);
}

/** Prints diagnostics to stderr and sets the data-error exit code when there are errors. */
export function printDiagnostics(result: LoadResult): void {
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (result.diagnostics.some((d) => d.severity === 'error')) process.exitCode = EXIT.dataErrors;
}

/** `--tz` as every command that shows times declares it. */
export const TZ_OPTION = { type: 'string', describe: 'show times in this IANA zone (or UTC, local, relative); default UTC' } as const;

/** The time display a `--tz` value asks for: UTC when absent; a zone name must be one the runtime knows. */
export function timeModeFrom(tz: string | undefined): TimeMode {
  if (tz === undefined || tz.toUpperCase() === 'UTC') return { kind: 'utc' };
  if (tz === 'relative') return { kind: 'relative' };
  if (tz === 'local') return { kind: 'zone', zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  if (!isZone(tz)) throw new UsageError(`unknown time zone "${tz}" for --tz; use an IANA name such as Europe/Berlin or America/New_York, or UTC, local, relative`);
  return { kind: 'zone', zone: tz };
}

/** Colour depth for stdout: none with NO_COLOR or --no-color or when not a terminal (unless FORCE_COLOR). */
export function colorLevel(color: boolean | undefined): 0 | 1 | 2 | 3 {
  if (color === false) return 0;
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  if (noColor && process.env.FORCE_COLOR === undefined) return 0;
  const level = supportsColor ? supportsColor.level : 0;
  return color === true ? (Math.max(level, 1) as 1 | 2 | 3) : level;
}

/** A usage error for a word that is neither a command nor an existing path. */
export function unknownCommand(word: string, commands: readonly string[]): UsageError {
  const suggestion = didYouMean(word, commands);
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  return new UsageError(`unknown command or file "${word}"${hint}`);
}
