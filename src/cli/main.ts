import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';

const cli = yargs(hideBin(process.argv)).scriptName('itx').strict();
for (const command of commands) cli.command(command);
await cli.help().version().parseAsync();
