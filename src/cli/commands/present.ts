import type { CommandModule } from 'yargs';
import { buildTimeline } from '../../core/timeline.js';
import { NO_FILTERS, filterTimeline, type ViewFilters } from '../../core/view.js';
import { EXIT, UsageError, printError } from '../exit.js';
import { marksForExplorer } from '../explorer-marks.js';
import { checkTimelineRequest, incidentFilter, INCIDENT_OPTION, TACTIC_OPTION, type TimelineRequest } from '../print-timeline.js';
import { colorLevel, loadAndReport, TZ_OPTION, withPaths, type PathsArgs } from '../shared-options.js';

interface PresentArgs extends PathsArgs, Pick<TimelineRequest, 'tactic' | 'incident' | 'tz' | 'color'> {
  redact?: boolean;
}

/** `itx present`: the events one per screen as large cards, for walking a room through an incident. */
const present: CommandModule<object, PresentArgs> = {
  command: 'present [paths..]',
  describe: 'Present the events one per screen as large cards (→/← step, r redacts names, q quits)',
  builder: (yargs) =>
    withPaths(yargs)
      .option('tactic', TACTIC_OPTION)
      .option('incident', INCIDENT_OPTION)
      .option('tz', TZ_OPTION)
      .option('redact', { type: 'boolean', default: false, describe: "start with people's names, email and IP addresses replaced by placeholders (r toggles)" })
      .example('itx present --incident telemessage-2025', 'walk through one incident')
      .example('itx present --tactic initial-access --redact', 'how each incident began, without names') as never,
  handler: async (argv) => {
    const { tactics } = checkTimelineRequest(argv);
    if (!process.stdout.isTTY || !process.stdin.isTTY) {
      throw new UsageError('present needs a terminal (stdin and stdout); for a document to hand out, use `itx export --format md`');
    }
    const result = await loadAndReport(argv);
    const filters: ViewFilters = { ...NO_FILTERS, tactics, incidents: incidentFilter(argv.incident, result) };
    const timeline = buildTimeline(result.incidents);
    if (filterTimeline(timeline, filters).rows.length === 0) {
      printError('nothing to present: no event passes the filters');
      process.exitCode = EXIT.dataErrors;
      return;
    }
    // Ink and React load only here, as for the explorer.
    const { runExplorer } = await import('../../tui/run.js');
    const code = await runExplorer(result, {
      tz: argv.tz,
      color: colorLevel(argv.color) > 0,
      paths: argv.paths ?? [],
      marks: marksForExplorer(argv.paths ?? []),
      timeline,
      start: [{ type: 'set-filters', filters }, { type: 'present-open', standalone: true, redacted: argv.redact ?? false }],
    });
    // Data errors reported before presenting keep their exit code.
    if (code !== 0 || process.exitCode === undefined) process.exitCode = code;
  },
};

export default present;
