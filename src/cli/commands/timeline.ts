import type { CommandModule } from 'yargs';
import { checkTimelineRequest, INCIDENT_OPTION, printTimeline, TACTIC_OPTION, TIMELINE_FORMATS, type TimelineRequest } from '../print-timeline.js';
import { loadAndReport, TZ_OPTION, withPaths, type PathsArgs } from '../shared-options.js';

type TimelineArgs = PathsArgs & TimelineRequest;

/** `itx timeline`: the merged timeline of all incidents, filtered and in a chosen format. */
const timeline: CommandModule<object, TimelineArgs> = {
  command: 'timeline [paths..]',
  describe: 'Print the merged timeline of all incidents, sorted by time',
  builder: (yargs) =>
    withPaths(yargs)
      .option('tactic', TACTIC_OPTION)
      .option('incident', INCIDENT_OPTION)
      .option('tz', TZ_OPTION)
      .option('format', { alias: 'f', choices: TIMELINE_FORMATS, default: 'text' as const, describe: 'output format' })
      .example('itx timeline --tactic initial-access', 'events tagged Initial Access')
      .example('itx timeline data/ --format csv > timeline.csv', 'a spreadsheet of every event') as never,
  handler: async (argv) => {
    // Check the options before loading anything: a typo should fail fast.
    const checked = checkTimelineRequest(argv);
    const result = await loadAndReport(argv);
    printTimeline(result, argv, checked);
  },
};

export default timeline;
