import type { CommandModule } from 'yargs';

/** Every `itx` subcommand, in the order `--help` lists them. Each lives in its own file here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [];
