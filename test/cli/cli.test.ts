import { readFileSync } from 'node:fs';
import { mkdtemp, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TACTICS } from '../../src/model/attack.js';
import { itx } from './run-itx.js';

const GOOD = 'test/fixtures/good';
const SUMMARY = /^(\d+) files?, (\d+) incidents?, (\d+) events?, (\d+) errors?, (\d+) warnings?$/m;

interface JsonRow {
  incident: { id: string };
  time: { estimate: string | null };
  tactics: string[];
  event: { id: string; tactics?: string[] };
}

describe('itx validate', () => {
  it('accepts the bundled incidents and reports their counts', () => {
    const run = itx(['validate', 'data']);
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.status).toBe(0);
    const [, files, incidents, events, errors] = SUMMARY.exec(run.stdout)!.map(Number);
    expect(files).toBeGreaterThan(0);
    expect(incidents).toBeGreaterThan(0);
    expect(events).toBeGreaterThan(0);
    expect(errors).toBe(0);
  });

  it('reports counts for good fixtures', () => {
    const run = itx(['validate', GOOD]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('2 files, 3 incidents, 9 events, 0 errors, 1 warning\n');
  });

  it('reports a broken file at file:line:col, still loads the good one beside it, and exits 1', () => {
    const run = itx(['validate', 'test/fixtures/broken/syntax-error.json', `${GOOD}/fixture-alpha.json`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^test\/fixtures\/broken\/syntax-error\.json:7:12: error: invalid JSON/m);
    expect(run.stdout).toBe('2 files, 1 incident, 4 events, 1 error, 0 warnings\n');
  });

  it('prints a JSON report with --format json', () => {
    const run = itx(['validate', 'test/fixtures/broken/bad-date.json', '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { diagnostics: { line: number; column: number; message: string }[]; summary: { errors: number } };
    expect(report.summary.errors).toBe(1);
    expect(report.diagnostics[0]).toMatchObject({ line: 7, column: 35, severity: 'error', path: 'events[0].time.at' });
  });

  it('rejects a 1 GiB file from its size alone, one line for it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'itx-huge-'));
    const file = path.join(dir, 'huge.json');
    const handle = await open(file, 'w');
    await handle.truncate(1024 ** 3); // sparse: no disk space used, nothing to read
    await handle.close();
    const run = itx(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${file}: error: cannot read: the file is 1 GiB, more than the 32 MiB limit per file; split it into smaller files\n`);
  });

  it('gives one clear line each for deep nesting, invalid UTF-8 and a __proto__ payload', () => {
    const run = itx(['validate', 'test/fixtures/broken/deep-nesting.json', 'test/fixtures/broken/invalid-utf8.json']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^test\/fixtures\/broken\/deep-nesting\.json:1:181: error: nested deeper than 64 levels/),
      expect.stringMatching(/^test\/fixtures\/broken\/invalid-utf8\.json:4:16: error: invalid UTF-8 at byte offset 65/),
    ]);
  });
});

describe('itx timeline', () => {
  it('returns only events with the tactic, in time order, as JSON', () => {
    const run = itx(['timeline', GOOD, '--tactic', 'initial-access', '--format', 'json']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as JsonRow[];
    expect(rows.map((r) => `${r.incident.id}/${r.event.id}`)).toEqual(['fixture-gamma/access', 'fixture-alpha/phish', 'fixture-beta/exploit']);
    for (const row of rows) expect(row.tactics).toContain('initial-access');
    const times = rows.map((r) => Date.parse(r.time.estimate!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps the event exactly as written in JSON output', () => {
    const run = itx(['timeline', GOOD, '--tactic', 'TA0001', '--format', 'json']);
    const beta = (JSON.parse(run.stdout) as JsonRow[]).find((r) => r.incident.id === 'fixture-beta')!;
    expect(beta.event.tactics).toEqual(['TA0001']);
  });

  it('accepts "Defense Evasion" and explains the v19 mapping on stderr', () => {
    const run = itx(['timeline', GOOD, '--tactic', 'Defense Evasion']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^itx: note: "Defense Evasion" is the pre-v19 name; .*Stealth \(TA0005\) and Defense Impairment \(TA0112\)/m);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^2024-03-07\s+FB\s+Stealth, Defense Impairment\s+attack\s+Audit logging switched off$/);
  });

  it('refuses an unknown tactic as a usage error with a suggestion', () => {
    const run = itx(['timeline', GOOD, '--tactic', 'Lateral Moovement']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^itx: unknown tactic "Lateral Moovement" for --tactic \(did you mean "lateral-movement"\?\)$/m);
  });

  it('refuses a --reference-date that is not a date as a usage error, as itx import does', () => {
    const run = itx(['timeline', GOOD, '--reference-date', '2024-02-30']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^itx: --reference-date "2024-02-30" is not a date; give the report's publication date as YYYY-MM-DD$/m);
  });

  it('prints a plain-text timeline: unknown times last under their own heading, indicators defanged, no colour in a pipe', () => {
    const run = itx(['timeline', GOOD]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TIME\s+INC\s+TACTICS\s+STAGE\s+EVENT$/);
    expect(lines.at(-2)).toBe('-- time unknown --');
    expect(lines.at(-1)).toMatch(/^unknown\s+FB\s+Exfiltration\s+attack\s+Customer data copied out$/);
    expect(run.stdout).toContain('login.alpha-utility[.]example');
    expect(run.stdout).not.toContain('\u001b');
  });

  it('colours only when asked with FORCE_COLOR', () => {
    expect(itx(['timeline', GOOD], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
  });

  it('filters by incident tag and shows times in a zone', () => {
    const run = itx(['timeline', GOOD, '--incident', 'FA', '--tz', 'America/New_York', '--tactic', 'lateral-movement']);
    expect(run.stdout.trim().split('\n')[1]).toMatch(/^2024-03-05 17:40\s+FA\s+Lateral Movement/);
  });

  it('writes JSON with the exact text but no raw control, bidi or C1 character', () => {
    const title = 'Invoice \u202egpj.exe \u009b2J \u001b[31m';
    const run = itx(['timeline', '-', '--format', 'json'], {
      input: JSON.stringify({ schemaVersion: 1, id: 'fixture-json', title: 'J', sources: [], events: [{ id: 'e', time: { at: '2024-01-01' }, title, stage: 'attack' }] }),
    });
    expect(run.stdout).not.toMatch(/[\u001b\u009b\u202e]/);
    expect((JSON.parse(run.stdout) as JsonRow[])[0]!.event).toMatchObject({ title });
  });

  it('writes CSV with formulas disarmed', () => {
    const run = itx(['timeline', '-', '--format', 'csv'], {
      input: JSON.stringify({ schemaVersion: 1, id: 'fixture-csv', title: 'CSV', sources: [], events: [{ id: 'e', time: { at: '2024-01-01' }, title: '=HYPERLINK("http://x","y")', stage: 'attack' }] }),
    });
    expect(run.stdout.split('\r\n')[1]).toBe(`2024-01-01,fixture-csv,FC,e,attack,,,"'=HYPERLINK(""hxxp://x"",""y"")",`);
  });
});

describe('itx', () => {
  it('prints the timeline when stdout is not a terminal', () => {
    const run = itx([GOOD]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^TIME\s+INC/);
    expect(run.stdout.trim().split('\n')).toHaveLength(11);
  });

  it('lists the 15 v19 tactics in matrix order with their TA ids', () => {
    const run = itx(['tactics']);
    expect(run.status).toBe(0);
    const rows = run.stdout.split('\n').slice(0, 15).map((l) => l.trim().split(/\s{2,}/));
    expect(rows.map((r) => r[1])).toEqual(TACTICS.map((t) => t.id));
    expect(rows.map((r) => r[2])).toEqual(TACTICS.map((t) => t.name));
    expect(rows[6]).toEqual(['7', 'TA0005', 'Stealth', 'stealth']);
    expect(rows[7]).toEqual(['8', 'TA0112', 'Defense Impairment', 'defense-impairment']);
    expect(run.stdout).toContain('"Defense Evasion" is the pre-v19 name');
  });

  it('prints the JSON Schema, identical to the committed copy', () => {
    const run = itx(['schema']);
    const committed = readFileSync('schema/incident.schema.json', 'utf8');
    expect(run.stdout, 'schema/incident.schema.json is out of date: run `node bin/itx.js schema > schema/incident.schema.json`').toBe(committed);
  });

  it('exits 2 on an unknown command, with a suggestion and no stack trace', () => {
    const run = itx(['timelne']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('itx: unknown command or file "timelne" (did you mean "timeline"?)\nRun `itx --help` for usage.\n');
  });

  it('exits 2 on an unknown option', () => {
    const run = itx(['tactics', '--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^itx: unknown option or argument: frobnicate$/m);
  });

  it('prints its version and help', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(itx(['--version']).stdout).toBe(`${version}\n`);
    const help = itx(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['timeline', 'validate', 'tactics', 'schema', 'completion']) expect(help.stdout).toContain(`itx ${command}`);
    expect(help.stdout).toContain('Exit codes: 0 ok, 1 data errors');
  });

  it('prints a shell completion script', () => {
    const run = itx(['completion']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('complete -o bashdefault -o default -F _itx_yargs_completions itx');
  });
});
