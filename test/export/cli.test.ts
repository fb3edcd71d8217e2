import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itx } from '../cli/run-itx.js';
import { parseCsv, tempData } from './helpers.js';

// Runs the built binary (`npm run build` first; `npm test` does).

function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv.replace(/^\ufeff/, ''));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

function dataCopy(...ids: string[]): string {
  const dir = tempData({});
  for (const id of ids) copyFileSync(path.join('data', `${id}.json`), path.join(dir, `${id}.json`));
  return dir;
}

// Each run starts node and loads the data; on a busy machine that takes seconds.
describe('itx export', { timeout: 60_000 }, () => {
  it('writes a briefing with -o, atomically, and says where', () => {
    const file = path.join(tempData({}), 'brief.md');
    const run = itx(['export', '--format', 'md', '-o', file]);
    expect(run.stderr).toBe(`wrote ${file}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# Incident briefing\n/);
    expect(md).toContain('## 7. TeleMessage Service Breach Affecting US Officials Communication Platform (TM)');
    expect(readdirSync(path.dirname(file))).toEqual(['brief.md']);
  });

  it('never overwrites without --force, leaving the file as it was', () => {
    const dir = tempData({ 'layer.json': 'keep me\n' });
    const file = path.join(dir, 'layer.json');
    const refused = itx(['export', '--format', 'navigator', '-o', file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`itx: ${file} already exists and was left unchanged; pass --force to replace it\n`);
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    const forced = itx(['export', '--format', 'navigator', '-o', file, '--force']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ domain: 'enterprise-attack', versions: { layer: '4.5' } });
    expect(readdirSync(dir)).toEqual(['layer.json']);
  });

  it('exports only the marked events with --marked, from the sidecar beside the data', () => {
    const dir = dataCopy('okta-support-2023', 'uber-2022');
    writeFileSync(path.join(dir, '.itx-marks.json'), JSON.stringify({ version: 1, marks: { 'okta-support-2023': ['e02', 'e04'], 'uber-2022': ['e01'], gone: ['e9'] } }));
    const run = itx(['export', dir, '--format', 'csv', '--marked']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(rowsOf(run.stdout).map((r) => `${r.incident}/${r.event}`).sort()).toEqual(['okta-support-2023/e02', 'okta-support-2023/e04', 'uber-2022/e01']);
  });

  it('reports a corrupt sidecar, sets it aside, and has nothing to export', () => {
    const dir = dataCopy('uber-2022');
    const sidecar = path.join(dir, '.itx-marks.json');
    writeFileSync(sidecar, '{"version": 1,\n "marks": {');
    const run = itx(['export', dir, '--format', 'json', '--marked']);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${sidecar.replace(/[.\\]/g, '\\$&')}:2:\\d+: warning: not a valid marks file: invalid JSON: .*set aside as \\.itx-marks\\.json\\.corrupt-\\d{8}T\\d{6}Z, and marks start empty$`, 'm'));
    expect(run.stderr).toContain('itx: nothing to export: no event passes the filters');
    expect(existsSync(sidecar)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.itx-marks.json.corrupt-'))).toHaveLength(1);
  });

  it('exports the events of the best-matching entity with --entity', () => {
    const run = itx(['export', '--format', 'csv', '--entity', 'smarsh']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('itx: --entity "smarsh": Smarsh (organization)\n');
    const rows = rowsOf(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.entities).toContain('Smarsh');
    const none = itx(['export', '--format', 'csv', '--entity', 'qqqqzzzz']);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no entity matches "qqqqzzzz"');
  });

  it('filters by tactic and incident as `itx timeline` does', () => {
    const run = itx(['export', '--format', 'csv', '--no-bom', '-t', 'initial-access', '-i', 'TM']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('time_utc,')).toBe(true);
    const rows = rowsOf(run.stdout);
    expect(rows.map((r) => r.event)).toEqual(['e03', 'e08']);
    expect(rows.every((r) => r.incident === 'telemessage-2025' && (r.tactics ?? '').includes('Initial Access'))).toBe(true);
  });

  it('rejects a bad command line with exit 2 and a hint', () => {
    const incident = itx(['export', '--format', 'md', '--incident', 'telemesage-2025']);
    expect(incident.status).toBe(2);
    expect(incident.stderr).toContain('did you mean "telemessage-2025"?');
    const tactic = itx(['export', '--format', 'md', '--tactic', 'inital-access']);
    expect(tactic.status).toBe(2);
    expect(tactic.stderr).toContain('did you mean "initial-access"?');
    const format = itx(['export', '--format', 'pdf']);
    expect(format.status).toBe(2);
    expect(itx(['export']).status).toBe(2);
  });

  it('writes the same STIX bytes every time, and a briefing dated by SOURCE_DATE_EPOCH', () => {
    const a = itx(['export', '--format', 'stix']);
    const b = itx(['export', '--format', 'stix']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toMatchObject({ type: 'bundle' });
    const md = itx(['export', '--format', 'md'], { env: { SOURCE_DATE_EPOCH: '1746403200' } });
    expect(md.stdout).toContain('Generated 2025-05-05 00:00 UTC by itx from 8 incidents and 106 events.');
  });

  it('prints the bundled data as loaded with --format json', () => {
    const run = itx(['export', '--format', 'json', '-i', 'okta']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([JSON.parse(readFileSync('data/okta-support-2023.json', 'utf8'))]);
  });
});
