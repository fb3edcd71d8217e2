import type { CommandModule } from 'yargs';
import compare from './compare.js';
import explore from './explore.js';
import exportCommand from './export.js';
import importCommand from './import.js';
import present from './present.js';
import schema from './schema.js';
import search from './search.js';
import tactics from './tactics.js';
import timeline from './timeline.js';
import validate from './validate.js';

/** Every `itx` subcommand, in the order `--help` lists them. Each lives in its own file here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  explore,
  timeline,
  compare,
  exportCommand,
  present,
  search,
  validate,
  importCommand,
  tactics,
  schema,
];
