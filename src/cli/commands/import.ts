import { mkdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { CommandModule } from 'yargs';
import { describeFsError } from '../../load/find-inputs.js';
import { DEFAULT_LIMITS } from '../../load/limits.js';
import { readFileCapped } from '../../load/read-input.js';
import { importReport, type ImportSummary } from '../../load/report/index.js';
import { decodeUtf8 } from '../../load/utf8.js';
import { FileExistsError, writeFileAtomic } from '../../load/write-atomic.js';
import { safeJson } from '../../output/safe-json.js';
import { Incident } from '../../model/incident.js';
import type { Diagnostic } from '../../model/loaded.js';
import { formatDiagnostic } from '../../output/diagnostics.js';
import { sanitize } from '../../text/index.js';
import { EXIT } from '../exit.js';
import { checkReferenceDate } from '../shared-options.js';

/** Arguments of `itx import`. */
export interface ImportArgs {
  files: string[];
  output?: string;
  referenceDate?: string;
  force?: boolean;
}

/** Where `itx import` writes its output and messages (stdout and stderr in the CLI). */
export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Imports reports and writes incident JSON: to stdout, to DIR/<incident-id>.json, or to one FILE.
 * Each incident is checked against the schema before it is written; existing files are kept unless `force`.
 * Returns the exit code; throws UsageError for a bad argument.
 */
export async function runImport(args: ImportArgs, io: ImportIo): Promise<number> {
  const referenceDate = args.referenceDate === undefined ? undefined : checkReferenceDate(args.referenceDate);
  let failed = false;
  const incidents: { incident: Incident; file: string }[] = [];
  for (const file of args.files) {
    const shown = sanitize(file, { maxLength: 1000 });
    const read = await readFileCapped(file, DEFAULT_LIMITS.maxFileBytes);
    const decoded = read.ok ? decodeUtf8(read.bytes) : undefined;
    if (!read.ok || !decoded?.ok) {
      io.stderr(`${shown}: error: cannot read: ${read.ok ? 'invalid UTF-8; save the file as UTF-8' : sanitize(read.message)}\n`);
      failed = true;
      continue;
    }
    const result = importReport(decoded.text, shown, referenceDate === undefined ? {} : { referenceDate });
    const valid: Incident[] = [];
    for (const draft of result.incidents) {
      const checked = Incident.safeParse(draft);
      if (checked.success) valid.push(checked.data);
      else {
        failed = true;
        for (const issue of checked.error.issues.slice(0, 10)) {
          io.stderr(`${shown}: error: the imported incident does not fit the schema at ${issue.path.join('.') || '(root)'}: ${sanitize(issue.message)}; it is not written (please report this with the file)\n`);
        }
      }
    }
    io.stderr(describe(shown, valid, result.summary, result.diagnostics));
    if (result.diagnostics.some((d) => d.severity === 'error')) failed = true;
    for (const incident of valid) incidents.push({ incident, file: shown });
  }
  uniqueIds(incidents, io);
  if (!write(incidents.map((i) => i.incident), args, io)) failed = true;
  return failed ? EXIT.dataErrors : EXIT.ok;
}

/** Writes the incidents where asked; false when a file was refused or could not be written. */
function write(incidents: Incident[], args: ImportArgs, io: ImportIo): boolean {
  if (args.output === undefined) {
    if (incidents.length > 0) io.stdout(`${safeJson(incidents.length === 1 ? incidents[0] : incidents)}\n`);
    return true;
  }
  const targets = isDirectory(args.output)
    ? incidents.map((incident) => ({ path: join(args.output!, `${incident.id}.json`), value: incident as unknown }))
    : incidents.length > 0
      ? [{ path: args.output, value: incidents.length === 1 ? incidents[0] : incidents }]
      : [];
  let ok = true;
  for (const { path, value } of targets) {
    const shown = sanitize(path, { maxLength: 1000 });
    try {
      writeFileAtomic(path, `${safeJson(value)}\n`, { force: args.force ?? false });
      io.stderr(`wrote ${shown}\n`);
    } catch (error) {
      ok = false;
      if (error instanceof FileExistsError) io.stderr(`itx: error: ${shown} already exists and was left unchanged; pass --force to overwrite it\n`);
      // The plain reason, as `export` gives it: Node's message names the temporary file, not the target.
      else io.stderr(`itx: error: cannot write ${shown}: ${describeFsError(error)}\n`);
    }
  }
  return ok;
}

/** `-o out/` (trailing slash, created if missing) or an existing directory means one file per incident. */
function isDirectory(output: string): boolean {
  if (output.endsWith('/') || output.endsWith(sep)) {
    mkdirSync(output, { recursive: true });
    return true;
  }
  try {
    return statSync(output).isDirectory();
  } catch {
    return false;
  }
}

/** Two reports with the same title would collide: the later one gets "-2", and the user is told. */
function uniqueIds(incidents: { incident: Incident; file: string }[], io: ImportIo): void {
  const seen = new Set<string>();
  for (const entry of incidents) {
    let id = entry.incident.id;
    for (let n = 2; seen.has(id); n++) id = `${entry.incident.id}-${n}`;
    if (id !== entry.incident.id) {
      io.stderr(`${entry.file}: warning: incident id "${sanitize(entry.incident.id)}" is taken by an earlier report; this one is written as "${sanitize(id)}"\n`);
      entry.incident = { ...entry.incident, id };
    }
    seen.add(id);
  }
}

/** The short account of one file: what became of its sections and keys, then its diagnostics. */
function describe(file: string, incidents: Incident[], summary: ImportSummary, diagnostics: Diagnostic[]): string {
  const lines: string[] = [];
  for (const incident of incidents) {
    lines.push(`${file}: imported "${sanitize(incident.title, { maxLength: 200 })}" as ${sanitize(incident.id)} (${incident.events.length} events, ${incident.entities?.length ?? 0} entities)`);
  }
  const list = (label: string, names: string[]) => `  ${label} (${names.length})${names.length > 0 ? `: ${grouped(names)}` : ''}`;
  lines.push(list('mapped', summary.mapped), list('kept as notes', summary.kept), list('skipped, empty', summary.skipped));
  for (const d of diagnostics) lines.push(formatDiagnostic({ ...d, message: sanitize(d.message, { maxLength: 2000 }) }));
  return `${lines.join('\n')}\n`;
}

/** "Impact: Financial", "Impact: Data" -> "Impact: Financial, Data", sections in the order met. */
function grouped(names: string[]): string {
  const groups = new Map<string, string[]>();
  for (const name of names.map((n) => sanitize(n, { maxLength: 200 }))) {
    const at = name.indexOf(': ');
    const [section, key] = at < 0 ? [name, ''] : [name.slice(0, at), name.slice(at + 2)];
    const keys = groups.get(section) ?? [];
    if (key) keys.push(key);
    groups.set(section, keys);
  }
  return [...groups].map(([section, keys]) => (keys.length > 0 ? `${section}: ${keys.join(', ')}` : section)).join('; ');
}

/** `itx import`: turn incident reports (.txt/.md in the report format) into incident JSON. */
const importCommand: CommandModule<object, ImportArgs> = {
  command: 'import <files..>',
  describe: 'Convert incident reports (Markdown report format) into incident JSON',
  builder: (yargs) =>
    yargs
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'report files (.txt, .md)' })
      .option('output', { alias: 'o', type: 'string', describe: 'directory (one <incident-id>.json each) or file; default: stdout' })
      .option('reference-date', { type: 'string', describe: "the reports' publication date (YYYY-MM-DD), for weekdays such as \"Sunday\"" })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite existing output files' })
      .example('itx import report.txt -o incidents/', 'write incidents/<id>.json')
      .example('itx import report.txt --reference-date 2025-05-05', 'resolve "Sunday" to 2025-05-04 and print the JSON') as never,
  handler: async (argv) => {
    const code = await runImport(argv, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
    if (code !== EXIT.ok) process.exitCode = code;
  },
};

export default importCommand;
