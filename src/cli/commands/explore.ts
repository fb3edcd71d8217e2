import { existsSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { checkTimelineRequest, printTimeline, type TimelineRequest } from '../print-timeline.js';
import { marksForExplorer } from '../explorer-marks.js';
import { colorLevel, loadAndReport, loadOptions, unknownCommand, withPaths, type PathsArgs } from '../shared-options.js';
import { bundledDataDir, loadPaths } from '../../load/index.js';

type ExploreArgs = PathsArgs & Pick<TimelineRequest, 'tz' | 'color'> & { fanged?: boolean; watch?: boolean };

/** `itx [paths..]`: explore the incidents; on a terminal the explorer, in a pipe the plain timeline. */
const explore: CommandModule<object, ExploreArgs> = {
  command: '$0 [paths..]',
  describe: 'Explore the incidents (the bundled ones when no path is given)',
  builder: (yargs) =>
    withPaths(yargs)
      .option('tz', { type: 'string', describe: 'show times in this IANA zone (or UTC, local, relative); default UTC' })
      .option('fanged', { type: 'boolean', describe: 'in the explorer, show URLs, domains and addresses in events as written (live), not defanged; F toggles' })
      .option('watch', { type: 'boolean', default: true, describe: 'in the explorer, reload when the files change (--no-watch: only on R)' }) as never,
  handler: async (argv) => {
    await rejectUnknownCommand(argv.paths);
    const checked = checkTimelineRequest(argv);
    // The interactive explorer takes over when stdin and stdout are a terminal; a pipe gets plain text.
    const interactive = process.stdout.isTTY === true && process.stdin.isTTY === true;
    const result = await loadAndReport(argv, interactive);
    if (interactive && result.incidents.length > 0) {
      // Ink and React load only here, so the plain commands and pipes start without them.
      const { runExplorer } = await import('../../tui/run.js');
      const marks = marksForExplorer(argv.paths ?? []);
      const paths = argv.paths ?? [];
      // Stdin cannot be read twice, so a load that took it is not reloaded.
      const reload = paths.includes('-') ? undefined : () => loadPaths(paths, { ...loadOptions(argv), splitWords: true });
      const watch = argv.watch === false || !reload ? [] : paths.length > 0 ? paths : [bundledDataDir()];
      const code = await runExplorer(result, { tz: argv.tz, color: colorLevel(argv.color) > 0, paths, marks, fanged: argv.fanged === true, reload, watch });
      // Data errors reported before the explorer opened keep their exit code.
      if (code !== 0 || process.exitCode === undefined) process.exitCode = code;
      return;
    }
    printTimeline(result, argv, checked);
  },
};

// `itx frobnicate` reaches the default command as a path; a bare word that is no file is a typo of a command.
async function rejectUnknownCommand(paths: readonly string[] | undefined): Promise<void> {
  const word = paths?.find((p) => p !== '-' && !/[./\\]/.test(p) && !existsSync(p));
  if (word === undefined) return;
  const { commands } = await import('./index.js');
  const names = commands.map((c) => String(c.command ?? '').split(' ')[0]!).filter((n) => n && n !== '$0');
  throw unknownCommand(word, names);
}

export default explore;
