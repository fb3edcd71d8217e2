import type { CommandModule } from 'yargs';
import { buildEntityIndex } from '../../core/entities/index.js';
import { buildSearchIndex, search as searchIndex } from '../../core/search/index.js';
import { buildTimeline } from '../../core/timeline.js';
import { renderSearchJson } from '../../output/search-json.js';
import { renderSearchText } from '../../output/search-text.js';
import { UsageError, printError } from '../exit.js';
import { colorLevel, loadAndReport, withPaths, type PathsArgs } from '../shared-options.js';

type SearchArgs = PathsArgs & { query: string; format: 'text' | 'json'; limit: number; color?: boolean };

/** Exit status when nothing matched, as grep does. */
const NO_MATCH = 1;

/** `itx search`: fuzzy search over the entities of all incidents, then their events. */
const search: CommandModule<object, SearchArgs> = {
  command: 'search <query> [paths..]',
  describe: 'Fuzzy-search people, organisations and outlets across incidents, then events',
  builder: (yargs) =>
    withPaths(
      yargs.positional('query', { type: 'string', demandOption: true, describe: 'what to look for: a name, alias, role, title or words of an event' }),
    )
      .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
      .option('limit', { alias: 'n', type: 'number', default: 10, describe: 'at most this many entities, and this many events' })
      .example('itx search smarsh', 'Smarsh, the incidents it is in, and the events that name it')
      .example('itx search waltz --format json', 'the same as JSON')
      .epilogue('Exit status: 0 when something matched, 1 when nothing did (as grep) or the data had errors (reported on stderr), 2 for usage errors.') as never,
  handler: async (argv) => {
    const query = String(argv.query).trim();
    if (query === '') throw new UsageError('the search query is empty; give a name or words to look for, e.g. `itx search smarsh`');
    if (!Number.isInteger(argv.limit) || argv.limit < 1) throw new UsageError(`--limit must be a whole number of at least 1, not "${argv.limit}"`);
    const result = await loadAndReport(argv, true);
    const { rows } = buildTimeline(result.incidents);
    const index = buildSearchIndex(buildEntityIndex(result.incidents, rows), rows);
    const found = searchIndex(index, query, argv.limit);
    const incidents = result.incidents.map((l) => l.incident);
    const nothing = found.entities.length === 0 && found.events.length === 0;
    if (argv.format === 'json') process.stdout.write(renderSearchJson(query, found, incidents));
    else if (nothing) printError(`nothing matches "${query}" in ${result.incidents.length} incident(s)`);
    else process.stdout.write(renderSearchText(found, incidents, { colorLevel: colorLevel(argv.color) }));
    if (nothing) process.exitCode = NO_MATCH;
  },
};

export default search;
