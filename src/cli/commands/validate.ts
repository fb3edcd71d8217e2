import type { CommandModule } from 'yargs';
import { loadPaths } from '../../load/index.js';
import { countLoad, diagnosticsJson, formatSummary } from '../../output/diagnostics.js';
import { EXIT } from '../exit.js';
import { loadOptions, printDiagnostics, withPaths, type PathsArgs } from '../shared-options.js';

type ValidateArgs = PathsArgs & { format: 'text' | 'json' };

/** `itx validate`: check incident files and report every problem with its file:line:col. */
const validate: CommandModule<object, ValidateArgs> = {
  command: 'validate [paths..]',
  describe: 'Check incident files; report problems as file:line:col, then a summary',
  builder: (yargs) =>
    withPaths(yargs)
      .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
      .example('itx validate data/', 'check the bundled incidents') as never,
  handler: async (argv) => {
    const result = await loadPaths(argv.paths ?? [], loadOptions(argv));
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    if (argv.format === 'json') {
      process.stdout.write(diagnosticsJson(result));
      if (failed) process.exitCode = EXIT.dataErrors;
      return;
    }
    printDiagnostics(result);
    process.stdout.write(`${formatSummary(countLoad(result))}\n`);
  },
};

export default validate;
