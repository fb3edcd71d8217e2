import { existsSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { markCount, markedRowKeys } from '../../core/marks.js';
import { describeFsError } from '../../load/find-inputs.js';
import { marksFilePath, readMarksFile } from '../../load/marks-file.js';
import { FileExistsError, writeFileAtomic } from '../../load/write-atomic.js';
import type { LoadResult } from '../../model/loaded.js';
import { formatDiagnostic } from '../../output/diagnostics.js';
import { renderExportCsv } from '../../output/export/csv.js';
import { renderExportJson } from '../../output/export/json.js';
import { renderBriefing } from '../../output/export/md.js';
import { exportIndexes, findEntity, selectForExport, type ExportFilters, type ExportSelection } from '../../output/export/select.js';
import { renderNavigatorLayer } from '../../output/navigator.js';
import { renderStixBundle } from '../../output/stix/bundle.js';
import { sanitize } from '../../text/index.js';
import { EXIT, UsageError, printError } from '../exit.js';
import { checkTimelineRequest, incidentFilter, INCIDENT_OPTION, TACTIC_OPTION } from '../print-timeline.js';
import { loadAndReport, withPaths, type PathsArgs } from '../shared-options.js';

/** Formats `itx export` writes. */
export const EXPORT_FORMATS = ['md', 'csv', 'json', 'navigator', 'stix'] as const;

interface ExportArgs extends PathsArgs {
  format: (typeof EXPORT_FORMATS)[number];
  tactic?: string[];
  incident?: string[];
  entity?: string;
  marked?: boolean;
  output?: string;
  force?: boolean;
  bom?: boolean;
}

/** `itx export`: the filtered incidents as a briefing, spreadsheet, data, ATT&CK layer or STIX bundle. */
const exportCommand: CommandModule<object, ExportArgs> = {
  command: 'export [paths..]',
  describe: 'Export incidents as a Markdown briefing, CSV, JSON, an ATT&CK Navigator layer or a STIX 2.1 bundle',
  builder: (yargs) =>
    withPaths(yargs)
      .option('format', { alias: 'f', choices: EXPORT_FORMATS, demandOption: true, describe: 'what to write' })
      .option('tactic', TACTIC_OPTION)
      .option('incident', INCIDENT_OPTION)
      .option('entity', { alias: 'e', type: 'string', describe: 'only the events of the best match for this name, as `itx search` ranks them' })
      .option('marked', { type: 'boolean', describe: 'only the events marked in the explorer (m); see docs/marks.md' })
      .option('output', { alias: 'o', type: 'string', describe: 'write to this file (atomically) instead of stdout' })
      .option('force', { type: 'boolean', default: false, describe: 'with -o: replace an existing file' })
      .option('bom', { type: 'boolean', default: true, describe: 'csv: start with a UTF-8 byte order mark, for Excel (--no-bom to leave it out)' })
      .example('itx export --format md -o brief.md', 'a briefing document of the bundled incidents')
      .example('itx export --format navigator -o layer.json', 'an ATT&CK Navigator layer scoring techniques by incidents')
      .example('itx export data/ --format csv --entity smarsh', "a spreadsheet of Smarsh's events")
      .epilogue('Exit status: 0 written; 1 data errors (what loaded is still exported), nothing to export, or the file exists without --force; 2 usage errors.') as never,
  handler: async (argv) => {
    const { tactics } = checkTimelineRequest({ ...(argv.tactic && { tactic: argv.tactic }) });
    if (argv.entity !== undefined && argv.entity.trim() === '') throw new UsageError('--entity needs a name to look for, e.g. --entity smarsh');
    if (argv.output !== undefined && !argv.force && existsSync(argv.output)) return refuseOverwrite(argv.output);
    const result = await loadAndReport(argv, true);
    const selection = select(result, argv, tactics);
    if (!selection) return;
    if (selection.incidents.length === 0) {
      printError('nothing to export: no event passes the filters');
      process.exitCode = EXIT.dataErrors;
      return;
    }
    emit(render(selection, argv), argv);
  },
};

function select(result: LoadResult, argv: ExportArgs, tactics: string[]): ExportSelection | undefined {
  const filters: ExportFilters = { tactics, incidents: incidentFilter(argv.incident, result) };
  const indexes = exportIndexes(result.incidents);
  if (argv.entity !== undefined) {
    const entity = findEntity(indexes, argv.entity.trim());
    if (!entity) {
      printError(`no entity matches "${argv.entity}"; \`itx search ${argv.entity}\` shows what does`);
      process.exitCode = EXIT.dataErrors;
      return undefined;
    }
    process.stderr.write(`itx: --entity "${sanitize(argv.entity)}": ${entity.name} (${entity.kind})\n`);
    filters.entity = entity;
  }
  if (argv.marked) {
    const file = marksFilePath(argv.paths ?? []);
    const read = readMarksFile(file);
    for (const d of read.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (markCount(read.marks) === 0) process.stderr.write(`itx: no marked events in ${sanitize(file)}; mark events with m in the explorer\n`);
    filters.marked = markedRowKeys(read.marks);
  }
  return selectForExport(result.incidents, indexes, filters);
}

function render(selection: ExportSelection, argv: ExportArgs): string {
  switch (argv.format) {
    case 'md':
      return renderBriefing(selection, { generatedAt: generationTime() });
    case 'csv':
      return renderExportCsv(selection, { bom: argv.bom !== false });
    case 'json':
      return renderExportJson(selection);
    case 'navigator':
      return renderNavigatorLayer(selection);
    case 'stix':
      return renderStixBundle(selection, { fallbackTime: generationTime() });
  }
}

// SOURCE_DATE_EPOCH (seconds) pins the date a document says it was made, for reproducible builds.
function generationTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

function emit(text: string, argv: ExportArgs): void {
  if (argv.output === undefined) {
    process.stdout.write(text);
    return;
  }
  const shown = sanitize(argv.output, { maxLength: 1000 });
  try {
    writeFileAtomic(argv.output, text, { force: argv.force ?? false });
    process.stderr.write(`wrote ${shown}\n`);
  } catch (error) {
    if (error instanceof FileExistsError) return refuseOverwrite(argv.output);
    printError(`cannot write ${shown}: ${describeFsError(error)}`);
    process.exitCode = EXIT.dataErrors;
  }
}

function refuseOverwrite(file: string): void {
  printError(`${file} already exists and was left unchanged; pass --force to replace it`);
  process.exitCode = EXIT.dataErrors;
}

export default exportCommand;
