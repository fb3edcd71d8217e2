// The loader keeps one object per incident when normalising changed nothing (the value as parsed
// serves as both `incident` and `original`). That is only right while the schema returns what it
// was given; these tests fail when a default or transform sneaks into it, or when a change to a
// string or tactic is lost.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeIncident, rng } from '../../bench/generate.mjs';
import { loadPaths } from '../../src/load/index.js';
import { Incident } from '../../src/model/incident.js';

async function writeIncident(value: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'itx-normalise-'));
  const file = path.join(dir, 'incident.json');
  await writeFile(file, JSON.stringify(value));
  return file;
}

describe('normalising without copying', () => {
  it('the schema returns the bundled and synthetic incidents exactly as given (no defaults, no transforms)', async () => {
    const values: unknown[] = [];
    for (const name of (await readdir('data')).filter((n) => n.endsWith('.json'))) {
      values.push(JSON.parse(await readFile(path.join('data', name), 'utf8')));
    }
    values.push(makeIncident(0, 20, rng(7)));
    for (const value of values) expect(Incident.parse(value)).toStrictEqual(value);
  });

  it('an incident that needs no change is kept once, as parsed', async () => {
    const [loaded] = (await loadPaths([await writeIncident(makeIncident(1, 5, rng(3)))])).incidents;
    expect(loaded!.incident).toBe(loaded!.original);
  });

  it('a hostile string gets a sanitised copy while the original keeps it as written', async () => {
    const value = makeIncident(2, 5, rng(5));
    const hostile = 'Hidden \u001b]8;;https://evil.example\u0007link';
    value.events[3]!.title = hostile;
    const [loaded] = (await loadPaths([await writeIncident(value)])).incidents;
    expect(loaded!.incident).not.toBe(loaded!.original);
    expect(loaded!.incident.events[3]!.title).toBe('Hidden link');
    expect((loaded!.original as typeof value).events[3]!.title).toBe(hostile);
    expect(loaded!.incident.events[4]!.title).toBe(value.events[4]!.title);
  });

  it('a legacy tactic label is mapped in the copy and kept in the original', async () => {
    const value = makeIncident(3, 5, rng(9));
    value.events[0]!.tactics = ['Defense Evasion'];
    const [loaded] = (await loadPaths([await writeIncident(value)])).incidents;
    expect(loaded!.incident.events[0]!.tactics).toEqual(['stealth', 'defense-impairment']);
    expect((loaded!.original as typeof value).events[0]!.tactics).toEqual(['Defense Evasion']);
    expect(loaded!.tacticLabels['e0']).toEqual(['Defense Evasion']);
  });
});
