import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import manifest from '../../package.json' with { type: 'json' };
import { commands } from './commands/index.js';
import { describeFsError } from '../load/find-inputs.js';
import { EXIT, UsageError, printError, reportFailure } from './exit.js';
import { protectStdinDash } from './shared-options.js';

const args = protectStdinDash(hideBin(process.argv));
const debug = args.includes('--debug');

// `itx timeline | head` closes the pipe early: that is the reader's choice, not an error. A full
// disk or a dead terminal is not a bug either: one line, never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
  printError(`cannot write to standard output: ${describeFsError(error)}`);
  process.exit(EXIT.dataErrors);
});

// A bug that escapes every command (an error thrown in a callback, a promise nobody awaited) ends
// like any other unexpected error: one line, exit code 3, the stack only with --debug. While the
// explorer runs, its exit guard is listening too: it restores the terminal, then rejects into the
// catch at the bottom, which reports the error once.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    if (process.listenerCount(event) > 1) return;
    process.exit(reportFailure(error, debug));
  });
}

const cli = yargs(args)
  .scriptName('itx')
  .usage('itx: terminal incident timeline explorer\n\nUsage: itx [command] [paths..]')
  .strict()
  .option('color', { type: 'boolean', describe: 'colour the output; --no-color (or NO_COLOR=1) turns it off' })
  .option('debug', { type: 'boolean', describe: 'on an unexpected error, print its stack trace' })
  .completion('completion', 'Print a shell completion script (bash, zsh): itx completion >> ~/.bashrc')
  .fail((message, error) => {
    if (error) throw error;
    const unknown = /^Unknown arguments?: (.*)$/.exec(message);
    throw new UsageError(unknown ? `unknown option or argument: ${unknown[1]}` : message);
  })
  .help()
  .alias('h', 'help')
  .version(manifest.version)
  .epilogue('Exit codes: 0 ok, 1 data errors (reported on stderr), 2 usage errors, 3 internal error.\nData format: schema/incident.schema.json; bundled incidents: data/.')
  .wrap(null);
for (const command of commands) cli.command(command);

try {
  await cli.parseAsync();
} catch (error) {
  process.exitCode = reportFailure(error, debug);
}
