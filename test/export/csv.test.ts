import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../src/load/index.js';
import { EXPORT_CSV_COLUMNS, renderExportCsv } from '../../src/output/export/csv.js';
import { loadBundled, parseCsv, selectAll, tempData } from './helpers.js';

const HOSTILE = "=cmd|' /C calc'!A0";

const hostileIncident = {
  schemaVersion: 1,
  id: 'hostile-2025',
  title: 'Hostile cells',
  sources: [],
  entities: [{ id: 'acme', name: 'Acme, "the" Corp', kind: 'organization', roles: ['victim'] }],
  events: [
    { id: 'e1', time: { at: '2025-05-04', bound: 'before' }, title: HOSTILE, description: 'line one\nline two, with "quotes"', stage: 'attack', entities: [{ ref: 'acme', role: 'victim' }] },
    { id: 'e2', time: { at: '2025-05', approximate: true }, title: '+SUM(1,2)', description: '@mention -dash', stage: 'response' },
    { id: 'e3', time: { at: '2025-05-04T13:20:05Z', until: '2025-05-06T00:00Z' }, title: 'Range of seconds', stage: 'detection' },
    { id: 'e4', time: { text: 'Preceding Sunday/Monday' }, title: 'Unknown time', stage: 'attack' },
  ],
};

function byColumn(records: string[][]): Record<string, string>[] {
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('CSV export', () => {
  it('has one RFC 4180 row per event of the bundled data, after a BOM and a header', async () => {
    const result = await loadBundled();
    const csv = renderExportCsv(selectAll(result));
    expect(csv.startsWith('\ufeff')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual([...EXPORT_CSV_COLUMNS]);
    const events = result.incidents.reduce((n, l) => n + l.incident.events.length, 0);
    expect(events).toBe(106);
    expect(records.length - 1).toBe(events);
    expect(records.every((r) => r.length === EXPORT_CSV_COLUMNS.length)).toBe(true);
    const keys = byColumn(records).map((r) => `${r.incident}/${r.event}`);
    expect(new Set(keys).size).toBe(events);
  });

  it('gives UTC times at the start of their interval with their fidelity, and entities by name', async () => {
    const rows = byColumn(parseCsv(renderExportCsv(selectAll(await loadBundled()), { bom: false })));
    const tm = rows.find((r) => r.incident === 'telemessage-2025' && r.event === 'e03')!;
    expect(tm).toMatchObject({ time_utc: '2025-05-04T00:00:00.000Z', fidelity: 'before day', stage: 'attack', tactics: 'Initial Access' });
    const colonial = rows.find((r) => r.incident === 'colonial-pipeline-2021' && r.fidelity === 'before ~minute');
    expect(colonial?.time_utc).toMatch(/^2021-05-07T09:00:00\.000Z$/);
    const okta = rows.find((r) => r.incident === 'okta-support-2023' && r.event === 'e03')!;
    expect(okta.until_utc).toBe('2023-10-17T00:00:00.000Z');
    expect(okta.techniques).toBe('T1213; T1539');
    expect(okta.entities).toContain('Unidentified threat actor (attacker)');
  });

  it('guards formula cells, keeps newlines, quotes and commas, and writes every fidelity', async () => {
    const result = await loadPaths([tempData({ 'hostile.json': hostileIncident })]);
    expect(result.diagnostics).toEqual([]);
    const csv = renderExportCsv(selectAll(result));
    const rows = byColumn(parseCsv(csv.slice(1)));
    const [e1, e2, e3, e4] = ['e1', 'e2', 'e3', 'e4'].map((id) => rows.find((r) => r.event === id)!);
    expect(e1!.title).toBe(`'${HOSTILE}`);
    expect(e1!.description).toBe('line one\nline two, with "quotes"');
    expect(e1!.entities).toBe('Acme, "the" Corp (victim)');
    expect(e1!.fidelity).toBe('before day');
    expect(e2).toMatchObject({ title: "'+SUM(1,2)", description: "'@mention -dash", fidelity: '~month', time_utc: '2025-05-01T00:00:00.000Z' });
    expect(e3).toMatchObject({ fidelity: 'second', time_utc: '2025-05-04T13:20:05.000Z', until_utc: '2025-05-06T00:00:00.000Z' });
    expect(e4).toMatchObject({ time_utc: '', fidelity: 'unknown', time_text: 'Preceding Sunday/Monday' });
    // No cell of the file, as a spreadsheet reads it, starts a formula.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves the BOM out when asked', async () => {
    const result = await loadPaths([tempData({ 'hostile.json': hostileIncident })]);
    expect(renderExportCsv(selectAll(result), { bom: false }).startsWith('time_utc,')).toBe(true);
  });
});
