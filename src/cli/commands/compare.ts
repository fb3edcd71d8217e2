import type { CommandModule } from 'yargs';
import { compareIncidents } from '../../core/compare/compare.js';
import type { LoadResult } from '../../model/loaded.js';
import { renderCompareJson } from '../../output/compare-json.js';
import { renderCompareMarkdown } from '../../output/compare-md.js';
import { renderCompareText } from '../../output/compare-text.js';
import { EXIT, UsageError, printError } from '../exit.js';
import { incidentFilter, INCIDENT_OPTION } from '../print-timeline.js';
import { colorLevel, loadAndReport, withPaths, type PathsArgs } from '../shared-options.js';

/** Output formats of the comparison. */
export const COMPARE_FORMATS = ['text', 'md', 'json'] as const;

// A pipe has no width; 100 columns fits four incidents side by side and most wiki code blocks.
const PIPE_WIDTH = 100;

interface CompareArgs extends PathsArgs {
  incident?: string[];
  format?: (typeof COMPARE_FORMATS)[number];
  width?: number;
  color?: boolean;
}

/** `itx compare`: how incidents were responded to, side by side, with durations. */
const compare: CommandModule<object, CompareArgs> = {
  command: 'compare [paths..]',
  describe: 'Compare how incidents were responded to: durations and actions by phase, side by side',
  builder: (yargs) =>
    withPaths(yargs)
      .option('incident', { ...INCIDENT_OPTION, describe: 'compare this incident (id or tag; repeat for several); default: all loaded' })
      .option('format', { alias: 'f', choices: COMPARE_FORMATS, default: 'text' as const, describe: 'output format' })
      .option('width', { type: 'number', describe: `width of text output; default: the terminal's, or ${PIPE_WIDTH} in a pipe` })
      .example('itx compare --incident telemessage-2025 --incident okta-support-2023 --format md', 'a Markdown briefing of two responses')
      .example('itx compare data/ --format json', 'the comparison as data') as never,
  handler: async (argv) => {
    if (argv.width !== undefined && !(Number.isInteger(argv.width) && argv.width >= 20)) {
      throw new UsageError(`--width must be a whole number of columns, at least 20 (got ${String(argv.width)})`);
    }
    const result = await loadAndReport(argv);
    const chosen = chooseCompared(result, argv.incident);
    if (chosen.length === 0) {
      printError('nothing to compare: no incident loaded (see the errors above, or `itx validate`)');
      process.exitCode = EXIT.dataErrors;
      return;
    }
    const comparison = compareIncidents(chosen);
    for (const warning of comparison.warnings) process.stderr.write(`itx: warning: ${warning}\n`);
    process.stdout.write(render(comparison, argv));
  },
};

function chooseCompared(result: LoadResult, labels: readonly string[] | undefined): LoadResult['incidents'] {
  if (!labels || labels.length === 0) return result.incidents;
  return incidentFilter(labels, result).map((i) => result.incidents[i]!);
}

function render(comparison: ReturnType<typeof compareIncidents>, argv: CompareArgs): string {
  switch (argv.format ?? 'text') {
    case 'json':
      return renderCompareJson(comparison);
    case 'md':
      return renderCompareMarkdown(comparison);
    default: {
      const width = argv.width ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? PIPE_WIDTH;
      return renderCompareText(comparison, { width, colorLevel: colorLevel(argv.color) });
    }
  }
}

export default compare;
