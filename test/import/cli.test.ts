import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportArgs } from '../../src/cli/commands/import.js';
import { UsageError } from '../../src/cli/exit.js';
import { Incident, IncidentFile } from '../../src/model/incident.js';
import { itx } from '../cli/run-itx.js';
import { OKTA, SEED } from './helpers.js';

const SEED_ID = 'telemessage-service-breach-affecting-us-officials-2025';

/** Runs `itx import` in-process, collecting what it prints. */
async function run(args: ImportArgs) {
  let stdout = '';
  let stderr = '';
  const code = await runImport(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'itx-import-'));
}

describe('itx import', () => {
  it('prints the incident JSON on stdout and a summary of the file on stderr', async () => {
    const { code, stdout, stderr } = await run({ files: [SEED], referenceDate: '2025-05-05' });
    expect(code).toBe(0);
    const incident = Incident.parse(JSON.parse(stdout));
    expect(incident.id).toBe(SEED_ID);
    expect(incident.discovered?.at).toBe('2025-05-04');
    expect(stderr).toContain(`${SEED}: imported "TeleMessage Service Breach Affecting US Officials Communication Platform" as ${SEED_ID} (5 events, 10 entities)`);
    expect(stderr).toContain('  mapped (33): Executive Summary; Incident Details: Discovery Date, Incident Date, Affected Organization, Sector, Geography; Timeline of Events:');
    expect(stderr).toContain('  kept as notes (2): Incident Details: Sector; Full Report');
    expect(stderr).toContain('  skipped, empty (0)');
  });

  it('says plainly why a file cannot be written, naming the file asked for, not a temporary one', async () => {
    const target = join(tempDir(), 'missing-folder', 'incident.json');
    const { code, stderr } = await run({ files: [SEED], output: target, referenceDate: '2025-05-05' });
    expect(code).toBe(1);
    expect(stderr).toContain(`itx: error: cannot write ${target}: no such file or directory\n`);
    expect(stderr).not.toContain('.tmp');
  });

  it('writes <incident-id>.json into a directory, valid against the schema, and refuses to overwrite it', async () => {
    const dir = tempDir();
    const first = await run({ files: [SEED], output: dir, referenceDate: '2025-05-05' });
    expect(first.code).toBe(0);
    const file = join(dir, `${SEED_ID}.json`);
    expect(readdirSync(dir)).toEqual([`${SEED_ID}.json`]);
    const written = readFileSync(file, 'utf8');
    expect(Incident.safeParse(JSON.parse(written)).success).toBe(true);
    expect(first.stderr).toContain(`wrote ${file}`);

    const mtime = statSync(file).mtimeMs;
    const second = await run({ files: [SEED], output: dir, referenceDate: '2025-05-05' });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`itx: error: ${file} already exists and was left unchanged; pass --force to overwrite it`);
    expect(readFileSync(file, 'utf8')).toBe(written);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(dir)).toEqual([`${SEED_ID}.json`]);

    const forced = await run({ files: [SEED], output: dir, referenceDate: '2025-05-06', force: true });
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).sources[0].date).toBe('2025-05-06');
  });

  it('creates the directory named with a trailing slash, one file per report', async () => {
    const dir = join(tempDir(), 'out/');
    const { code } = await run({ files: [SEED, OKTA], output: dir, referenceDate: '2025-05-05' });
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['okta-support-case-management-system-compromise-2023.json', `${SEED_ID}.json`]);
  });

  it('writes several reports into one file as an array', async () => {
    const file = join(tempDir(), 'all.json');
    const { code } = await run({ files: [SEED, OKTA], output: file });
    expect(code).toBe(0);
    const parsed = IncidentFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(Array.isArray(parsed) && parsed.map((i) => i.id)).toEqual(['telemessage-service-breach-affecting-us-officials', 'okta-support-case-management-system-compromise-2023']);
  });

  it('gives two reports with the same title distinct ids, and says so', async () => {
    const { code, stdout, stderr } = await run({ files: [OKTA, OKTA] });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((i: Incident) => i.id)).toEqual(['okta-support-case-management-system-compromise-2023', 'okta-support-case-management-system-compromise-2023-2']);
    expect(stderr).toContain('warning: incident id "okta-support-case-management-system-compromise-2023" is taken by an earlier report; this one is written as "okta-support-case-management-system-compromise-2023-2"');
  });

  it('exits 1 for a file that is missing or not a report, and still imports the others', async () => {
    const dir = tempDir();
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'shopping list\n- milk\n');
    const { code, stdout, stderr } = await run({ files: [join(dir, 'missing.txt'), notes, OKTA] });
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt: error: cannot read: /);
    expect(stderr).toContain(`${notes}: error: no incident report found`);
    expect(Incident.parse(JSON.parse(stdout)).title).toBe('Okta Support Case Management System Compromise');
  });

  it('escapes characters that could steer a terminal in the JSON it prints', async () => {
    const file = join(tempDir(), 'hostile.md');
    writeFileSync(file, '# Incident Report: Evil\u202e\u009b31m title\u001b[2J\n## Executive Summary\nText\u200b here.\n');
    const { stdout, stderr } = await run({ files: [file] });
    expect(stdout).not.toMatch(/[\u001b\u009b\u202e\u200b]/);
    expect(stdout).toContain('Evil\\u202e\\u009b31m title\\u001b[2J');
    expect(JSON.parse(stdout).title).toBe('Evil\u202e\u009b31m title\u001b[2J');
    expect(stderr).not.toMatch(/[\u001b\u009b\u202e\u200b]/);
  });

  it('rejects a reference date that is not a date as a usage error', async () => {
    await expect(run({ files: [SEED], referenceDate: '2025-02-30' })).rejects.toThrow(UsageError);
    await expect(run({ files: [SEED], referenceDate: 'Sunday' })).rejects.toThrow('--reference-date "Sunday" is not a date');
  });
});

describe('the built itx import command', () => {
  it('imports into a directory that itx validate accepts, and exits 1 on a second run without --force', () => {
    const dir = tempDir();
    const imported = itx(['import', SEED, '-o', dir, '--reference-date', '2025-05-05']);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe('');
    const validated = itx(['validate', dir]);
    expect(validated.stdout).toBe('1 file, 1 incident, 5 events, 0 errors, 0 warnings\n');
    expect(validated.status).toBe(0);
    const again = itx(['import', SEED, '-o', dir, '--reference-date', '2025-05-05']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists and was left unchanged; pass --force to overwrite it');
  }, 30_000);

  it('exits 2 for a bad --reference-date', () => {
    const run = itx(['import', SEED, '--reference-date', '05/05/2025']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('itx: --reference-date "05/05/2025" is not a date; give the report\'s publication date as YYYY-MM-DD');
  }, 30_000);
});
