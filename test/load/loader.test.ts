import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../src/load/index.js';
import { formatDiagnostic } from '../../src/output/diagnostics.js';
import { sanitize } from '../../src/text/index.js';

const broken = (name: string) => `test/fixtures/broken/${name}`;
const good = (name: string) => `test/fixtures/good/${name}`;

async function lines(...paths: string[]): Promise<string[]> {
  return (await loadPaths(paths)).diagnostics.map(formatDiagnostic);
}

describe('loader diagnostics', () => {
  it('places a syntax error at its line and column', async () => {
    expect(await lines(broken('syntax-error.json'))).toEqual([
      'test/fixtures/broken/syntax-error.json:7:12: error: invalid JSON: unexpected word "Unquoted" (strings need double quotes; the only bare words are true, false and null)',
    ]);
  });

  it('names the path, the expected type and the value for schema errors', async () => {
    expect(await lines(broken('wrong-type.json'))).toEqual([
      'test/fixtures/broken/wrong-type.json:10:16: error: events[0].title: expected a string, got a number 42',
      'test/fixtures/broken/wrong-type.json:11:16: error: events[0].stage: expected one of attack, detection, response, got "atack" (did you mean "attack"?)',
    ]);
  });

  it('rejects an unknown tactic with a suggestion and warns on an unknown technique', async () => {
    const result = await loadPaths([broken('unknown-tactic.json')]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'test/fixtures/broken/unknown-tactic.json:12:19: error: events[0].tactics[0]: unknown tactic "Lateral Moovement" (did you mean "lateral-movement"?)',
      'test/fixtures/broken/unknown-tactic.json:13:22: warning: events[0].techniques[0]: unknown technique "T9999" (not in ATT&CK Enterprise v19.1); it is kept as written',
    ]);
    expect(result.incidents).toEqual([]);
  });

  it('keeps the first of two incidents with the same id and skips the second', async () => {
    const result = await loadPaths([broken('duplicate-id-first.json'), broken('duplicate-id-second.json')]);
    expect(result.incidents.map((l) => l.incident.title)).toEqual(['The first fixture with this id']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'test/fixtures/broken/duplicate-id-second.json:3:9: error: id: duplicate incident id "fixture-duplicate": already loaded from test/fixtures/broken/duplicate-id-first.json:3:9; this one is skipped',
    ]);
  });

  it('rejects a date that does not exist', async () => {
    expect(await lines(broken('bad-date.json'))).toEqual([
      'test/fixtures/broken/bad-date.json:7:35: error: events[0].time.at: "2024-02-30" is not a real date: 2024-02 has 29 days',
    ]);
  });

  it('reports unknown entity and source ids and duplicate event ids', async () => {
    expect(await lines(broken('dangling-reference.json'))).toEqual([
      'test/fixtures/broken/dangling-reference.json:10:13: error: events[1].id: duplicate event id "e1" (already used by events[0])',
      'test/fixtures/broken/dangling-reference.json:5:19: error: organization: unknown entity id "nobody"',
      'test/fixtures/broken/dangling-reference.json:9:110: error: events[0].entities[0]: unknown entity id "acme-corp"',
      'test/fixtures/broken/dangling-reference.json:9:136: error: events[0].sources[0]: unknown source id "src-2" (did you mean "src-1"?)',
    ]);
  });

  it('accepts a byte order mark', async () => {
    const result = await loadPaths([broken('bom.json')]);
    expect(result.diagnostics).toEqual([]);
    expect(result.incidents.map((l) => l.incident.id)).toEqual(['fixture-bom']);
  });

  it('reports an empty file as a whole-file error', async () => {
    expect(await lines(broken('empty.json'))).toEqual([
      'test/fixtures/broken/empty.json: error: the file is empty; expected an incident object or a list of incidents',
    ]);
  });

  it('reports invalid UTF-8 with its byte offset and line:col', async () => {
    expect(await lines(broken('invalid-utf8.json'))).toEqual([
      'test/fixtures/broken/invalid-utf8.json:4:16: error: invalid UTF-8 at byte offset 65; save the file as UTF-8',
    ]);
  });

  it('refuses nesting deeper than the cap without recursing', async () => {
    expect(await lines(broken('deep-nesting.json'))).toEqual([
      'test/fixtures/broken/deep-nesting.json:1:181: error: nested deeper than 64 levels; incident files need far fewer, so the file is not read',
    ]);
  });

  it('survives nesting far deeper than the call stack', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'itx-deep-'));
    const file = path.join(dir, 'deeper.json');
    await writeFile(file, `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    const result = await loadPaths([file]);
    expect(result.diagnostics.map((d) => [d.line, d.column, d.severity])).toEqual([[1, 65, 'error']]);
  });

  it('never lets __proto__ or constructor keys reach a prototype', async () => {
    const result = await loadPaths([broken('proto-pollution.json')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).pollutedToo).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.incidents).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'test/fixtures/broken/proto-pollution.json:7:3: error: the key "__proto__" is not allowed (it could reach an object prototype)',
      'test/fixtures/broken/proto-pollution.json:8:3: error: the key "constructor" is not allowed (it could reach an object prototype)',
      'test/fixtures/broken/proto-pollution.json:8:20: error: constructor: the key "prototype" is not allowed (it could reach an object prototype)',
    ]);
  });

  it('rejects a file over the size cap before reading it', async () => {
    const result = await loadPaths([good('fixture-alpha.json')], { limits: { maxFileBytes: 1024 } });
    expect(result.incidents).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^test\/fixtures\/good\/fixture-alpha\.json: error: cannot read: the file is [\d.]+ KiB, more than the 1 KiB limit per file; split it into smaller files$/),
    ]);
  });

  it('caps the number of items in a list', async () => {
    const result = await loadPaths([good('fixture-alpha.json')], { limits: { maxItemsPerList: 3 } });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'test/fixtures/good/fixture-alpha.json:20:13: error: events: 4 items is more than the limit of 3 per list; split the incident',
    ]);
  });

  it('shows at most 200 problems per file, then how many more there are', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'itx-many-'));
    const file = path.join(dir, 'many.json');
    const events = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, time: { at: '2024-01-01' }, title: 't', stage: 'atack' }));
    await writeFile(file, JSON.stringify({ schemaVersion: 1, id: 'fixture-many', title: 'Many', sources: [], events }));
    const result = await loadPaths([file]);
    expect(result.diagnostics).toHaveLength(201);
    expect(formatDiagnostic(result.diagnostics[200]!)).toBe(`${file}: error: 100 more problems (100 errors, 0 warnings) not shown; fix the ones above first`);
    expect(result.incidents).toEqual([]);
  });

  it('warns about a duplicate key and uses the last value', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'itx-dup-'));
    const file = path.join(dir, 'dup.json');
    await writeFile(file, '{"schemaVersion": 1, "id": "fixture-dup", "title": "first", "title": "second", "sources": [], "events": []}');
    const result = await loadPaths([file]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([`${file}:1:61: warning: duplicate key "title"; the last one is used`]);
    expect(result.incidents[0]?.incident.title).toBe('second');
  });
});

describe('loading', () => {
  it('loads a broken file beside a good one: the bad one is reported, the good one loads', async () => {
    const result = await loadPaths([broken('syntax-error.json'), good('fixture-alpha.json')]);
    expect(result.incidents.map((l) => l.incident.id)).toEqual(['fixture-alpha']);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.files).toBe(2);
  });

  it('walks directories in name order and loads arrays of incidents', async () => {
    const result = await loadPaths(['test/fixtures/good']);
    expect(result.incidents.map((l) => l.incident.id)).toEqual(['fixture-alpha', 'fixture-beta', 'fixture-gamma']);
  });

  it('maps tactics to v19 shortnames and keeps the labels the data used', async () => {
    const result = await loadPaths([good('fixture-beta-gamma.json')]);
    const beta = result.incidents[0]!;
    expect(beta.incident.events.map((e) => e.tactics)).toEqual([['initial-access'], ['stealth', 'defense-impairment'], ['exfiltration']]);
    expect(beta.tacticLabels).toEqual({ exploit: ['TA0001'], 'logs-off': ['Defense Evasion'] });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringContaining('fixture-beta-gamma.json:21:21: warning: [0].events[1].tactics[0]: "Defense Evasion" is the pre-v19 name'),
    ]);
  });

  it('reads "-" from stdin', async () => {
    const text = '{"schemaVersion": 1, "id": "fixture-stdin", "title": "From a pipe", "sources": [], "events": []}';
    const result = await loadPaths(['-'], { stdin: Readable.from([Buffer.from(text)]) });
    expect(result.incidents.map((l) => [l.incident.id, l.file])).toEqual([['fixture-stdin', '-']]);
  });

  it('reports a path that does not exist and still loads the others', async () => {
    const result = await loadPaths(['test/fixtures/no-such-file.json', good('fixture-alpha.json')]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['test/fixtures/no-such-file.json: error: cannot read: no such file or directory']);
    expect(result.incidents).toHaveLength(1);
  });

  it('makes every string terminal-safe but keeps the original as parsed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'itx-esc-'));
    const file = path.join(dir, 'evil\u001b]0;owned\u0007.json');
    const title = 'Title \u001b]52;c;ZXZpbA==\u0007with a clipboard write';
    await writeFile(file, JSON.stringify({ schemaVersion: 1, id: 'fixture-esc', title, sources: [], events: [] }));
    const result = await loadPaths([file]);
    const loaded = result.incidents[0]!;
    expect(loaded.incident.title).not.toContain('\u001b');
    expect(loaded.file).not.toContain('\u001b');
    expect((loaded.original as { title: string }).title).toBe(title);
  });

  it('sanitises plain ASCII files too: DEL, escaped controls and over-long strings', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'itx-ascii-'));
    const titles = ['raw DEL \u007f here', 'tab\there', 'bell \u0007', 'carriage\rreturn', 'x'.repeat(12_000), 'plain "quoted" \\ title'];
    for (const [i, title] of titles.entries()) {
      await writeFile(path.join(dir, `f${i}.json`), JSON.stringify({ schemaVersion: 1, id: `ascii-${i}`, title, sources: [], events: [] }));
    }
    const result = await loadPaths([dir]);
    expect(result.diagnostics).toEqual([]);
    expect(result.incidents.map((l) => l.incident.title)).toEqual(titles.map((t) => sanitize(t)));
    expect(result.incidents.map((l) => l.incident.title).filter((t, i) => t !== titles[i])).toHaveLength(5);
  });

  it('hands .md reports in a directory to the importer and validates what it drafts', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'itx-report-'));
    const report = [
      '# Incident Report: Fixture Delta printer outage',
      '',
      '## Executive Summary',
      '',
      'A test fixture, not a real incident: a fictional print server was encrypted.',
      '',
      '## Timeline of Events',
      '',
      '- **2024-04-02:** Ransom note found on the print server.',
    ].join('\n');
    await writeFile(path.join(dir, 'delta.md'), report);
    await writeFile(path.join(dir, 'README.md'), '# Notes about this folder, not an incident\n');
    const result = await loadPaths([dir]);
    expect(result.files).toBe(1);
    expect(result.incidents.map((l) => [l.incident.title, l.incident.events.map((e) => e.title)])).toEqual([
      ['Fixture Delta printer outage', ['Ransom note found on the print server']],
    ]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('loads the bundled data folder when given no paths', async () => {
    const result = await loadPaths([]);
    expect(result.files).toBeGreaterThan(0);
  });
});
