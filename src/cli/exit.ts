import { sanitize } from '../text/index.js';

/** Exit codes of every itx command (documented in the README). */
export const EXIT = {
  /** Everything loaded and ran. */
  ok: 0,
  /** The data had errors (reported on stderr); what could be loaded was still used. */
  dataErrors: 1,
  /** The command line was wrong: unknown command or option, bad value. */
  usage: 2,
  /** A bug in itx: an error nobody anticipated. */
  internal: 3,
} as const;

/** A mistake on the command line: shown as one line and exit code 2, never with a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Writes a line to stderr prefixed with "itx: ", sanitised (it may quote the user's input). */
export function printError(message: string): void {
  process.stderr.write(`itx: ${sanitize(message, { maxLength: 2000 })}\n`);
}

/** Reports an error that escaped a command: usage errors briefly, anything else as a bug with --debug for details. */
export function reportFailure(error: unknown, debug: boolean): number {
  if (error instanceof UsageError) {
    printError(error.message);
    process.stderr.write('Run `itx --help` for usage.\n');
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  printError(`unexpected error: ${message}`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${sanitize(error.stack, { maxLength: 20_000 })}\n`);
  else process.stderr.write('Run with --debug for details.\n');
  return EXIT.internal;
}
