import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IncidentFile, type Incident, type TimeSpec } from '../../src/model/incident.js';
import { lookupTactic, tacticByShortname, techniqueById } from '../../src/model/attack.js';
import { resolveTime } from '../../src/core/time.js';
import { loadPaths } from '../../src/load/index.js';
import { SEED_METHODOLOGY_STATUSES } from '../fixtures/reports/seed-facts.js';

// The bundled incidents are what a new user sees first, so every one must load cleanly and
// say nothing the schema, the ATT&CK tables or the time rules would flag.
const DATA = join(import.meta.dirname, '..', '..', 'data');
const files = readdirSync(DATA)
  .filter((name) => name.endsWith('.json'))
  .sort();

function load(name: string): Incident[] {
  const parsed = IncidentFile.safeParse(JSON.parse(readFileSync(join(DATA, name), 'utf8')));
  if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.error.issues, null, 2)}`);
  return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
}

const incidents = files.flatMap((name) => load(name).map((incident) => ({ name, incident })));
const byId = new Map(incidents.map(({ incident }) => [incident.id, incident]));

/** Every time spec of an incident, with a path for the failure message. */
function times(incident: Incident): [string, TimeSpec][] {
  const out: [string, TimeSpec][] = [];
  for (const key of ['started', 'discovered', 'disclosed'] as const) {
    const spec = incident[key];
    if (spec) out.push([key, spec]);
  }
  incident.events.forEach((e) => out.push([`events[${e.id}].time`, e.time]));
  (incident.responses ?? []).forEach((r, i) => r.time && out.push([`responses[${i}].time`, r.time]));
  return out;
}

function shortnames(incident: Incident): [string, string][] {
  return [
    ...incident.events.flatMap((e) => (e.tactics ?? []).map((t): [string, string] => [`events[${e.id}]`, t])),
    ...(incident.methodology ?? []).map((m, i): [string, string] => [`methodology[${i}]`, m.tactic]),
  ];
}

function techniqueIds(incident: Incident): string[] {
  return [...incident.events.flatMap((e) => e.techniques ?? []), ...(incident.methodology ?? []).flatMap((m) => m.techniques ?? [])];
}

function sourceRefs(incident: Incident): string[] {
  return [
    ...incident.events.flatMap((e) => e.sources ?? []),
    ...(incident.entities ?? []).flatMap((e) => e.sources ?? []),
    ...(incident.methodology ?? []).flatMap((m) => m.sources ?? []),
    ...(incident.impact ?? []).flatMap((m) => m.sources ?? []),
    ...(incident.indicators ?? []).flatMap((m) => m.sources ?? []),
    ...(incident.responses ?? []).flatMap((m) => m.sources ?? []),
    ...(incident.lessons ?? []).flatMap((m) => m.sources ?? []),
  ];
}

function entityRefs(incident: Incident): string[] {
  const links = incident.events.flatMap((e) => (e.entities ?? []).map((l) => (typeof l === 'string' ? l : l.ref)));
  return [...links, ...[incident.organization, incident.owner].filter((x): x is string => x !== undefined)];
}

describe('bundled incidents', () => {
  it('load through the loader without a single diagnostic', async () => {
    const result = await loadPaths([DATA]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)).toEqual([]);
    expect(result.incidents.map((l) => l.incident.id).sort()).toEqual([...byId.keys()].sort());
  });

  it('has at least seven incidents, one file each, with unique ids', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(7);
    expect(new Set(incidents.map(({ name }) => name)).size).toBe(incidents.length);
    expect(byId.size).toBe(incidents.length);
  });

  describe.each(incidents.map(({ name, incident }) => [name, incident] as const))('%s', (name, incident) => {
    it('points at the committed JSON Schema and is schema version 1', () => {
      expect(incident.$schema).toBe('../schema/incident.schema.json');
      expect(incident.schemaVersion).toBe(1);
      expect(incident.tag?.length ?? 0).toBeGreaterThan(0);
    });

    it('has every time resolvable', () => {
      const bad = times(incident)
        .map(([where, spec]) => [where, resolveTime(spec)] as const)
        .filter(([, r]) => !r.ok)
        .map(([where, r]) => `${where}: ${r.ok ? '' : r.message}`);
      expect(bad).toEqual([]);
    });

    it('uses only v19 tactic shortnames and known technique ids', () => {
      for (const [where, label] of shortnames(incident)) {
        const found = lookupTactic(label);
        expect(found.ok, `${name} ${where}: ${label}`).toBe(true);
        expect(found.ok && found.note, `${name} ${where}: legacy label ${label}`).toBeFalsy();
        expect(tacticByShortname(label)?.shortname, `${name} ${where}: ${label} is not a shortname`).toBe(label);
      }
      const unknown = techniqueIds(incident).filter((id) => techniqueById(id) === undefined);
      expect(unknown).toEqual([]);
    });

    it('has at least eight events with unique ids, each with a source', () => {
      expect(incident.events.length).toBeGreaterThanOrEqual(8);
      const ids = incident.events.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(incident.events.filter((e) => (e.sources ?? []).length === 0).map((e) => e.id)).toEqual([]);
    });

    it('resolves every entity, source and event reference', () => {
      const entityIds = (incident.entities ?? []).map((e) => e.id);
      expect(new Set(entityIds).size).toBe(entityIds.length);
      expect(entityRefs(incident).filter((ref) => !entityIds.includes(ref))).toEqual([]);
      const sourceIds = incident.sources.map((s) => s.id);
      expect(new Set(sourceIds).size).toBe(sourceIds.length);
      expect(sourceRefs(incident).filter((ref) => !sourceIds.includes(ref))).toEqual([]);
      const eventIds = incident.events.map((e) => e.id);
      const events = (incident.responses ?? []).flatMap((r) => (r.event ? [r.event] : []));
      expect(events.filter((ref) => !eventIds.includes(ref))).toEqual([]);
    });

    it('has response actions with times in at least three phases', () => {
      const responses = incident.responses ?? [];
      expect(responses.filter((r) => r.time === undefined).map((r) => r.action)).toEqual([]);
      expect(new Set(responses.map((r) => r.phase)).size).toBeGreaterThanOrEqual(3);
    });
  });
});

describe('TeleMessage, as the seed report tells it', () => {
  const tm = byId.get('telemessage-2025')!;
  const entity = (id: string) => tm.entities?.find((e) => e.id === id);
  const named = (name: string) => tm.entities?.find((e) => e.name === name);

  it('names TeleMessage as the affected organisation, owned by Smarsh', () => {
    expect(entity(tm.organization!)?.name).toBe('TeleMessage');
    expect(entity(tm.owner!)?.name).toBe('Smarsh');
    expect(tm.geography).toBe('Not explicitly stated, company founded in Israel.');
    expect(tm.sectors).toEqual(['Communications Technology', 'Government Services (Implied due to users)']);
  });

  it('names the four officials, Mike Waltz as former national security adviser', () => {
    for (const name of ['Mike Waltz', 'JD Vance', 'Tulsi Gabbard', 'Marco Rubio']) {
      expect(named(name)?.kind, name).toBe('person');
      expect(named(name)?.roles, name).toContain('official');
    }
    expect(named('Mike Waltz')?.title).toBe('former US national security adviser');
  });

  it('names 404 Media, Micah Lee and NBC News as reporters', () => {
    expect(named('404 Media')).toMatchObject({ kind: 'media', roles: expect.arrayContaining(['reporter']) });
    expect(named('NBC News')).toMatchObject({ kind: 'media', roles: expect.arrayContaining(['reporter']) });
    expect(named('Micah Lee')).toMatchObject({ kind: 'person', title: 'independent journalist' });
    expect(named('Micah Lee')?.roles).toContain('reporter');
  });

  it('keeps the suspension of all services and the external cybersecurity firm', () => {
    const responses = tm.responses ?? [];
    const suspend = responses.find((r) => r.kind === 'suspend-service');
    expect(suspend).toMatchObject({ phase: 'containment', time: { at: '2025-05-05' } });
    expect(suspend?.action).toContain('all services');
    const firm = responses.find((r) => r.kind === 'engage-external-responders');
    expect(firm?.phase).toBe('eradication');
    expect(firm?.action).toMatch(/external cybersecurity firm/);
    expect(tm.summary).toMatch(/archiving communications—is understood to undermine the end-to-end encryption/);
  });

  it('dates the public reports of early May 2025 and keeps the seed wording', () => {
    const event = (title: RegExp) => tm.events.find((e) => title.test(e.title));
    expect(event(/404 Media/)?.time).toMatchObject({ at: '2025-05-04', text: expect.stringMatching(/Sunday/) });
    expect(event(/NBC News/)?.time).toMatchObject({ at: '2025-05-05', text: expect.stringMatching(/Monday/) });
    expect(tm.discovered).toMatchObject({ at: '2025-05-04', text: 'Sunday (Reports surfaced from 404 Media and Micah Lee)' });
    expect(event(/claim/i)?.confidence).toBe('claimed');
  });

  it('keeps each tactic status of the attack methodology', () => {
    const status = Object.fromEntries((tm.methodology ?? []).map((m) => [m.tactic, m.status]));
    expect(status).toMatchObject(SEED_METHODOLOGY_STATUSES);
    expect(tm.methodology?.find((m) => m.tactic === 'stealth')?.text).toMatch(/^Defense Evasion: Not detailed/);
  });

  it('keeps impact, indicators, lessons and recommendations', () => {
    expect(tm.impact?.map((i) => [i.category, i.status])).toEqual([
      ['financial', 'not-detailed'],
      ['data', 'described'],
      ['operational', 'described'],
      ['reputational', 'described'],
    ]);
    expect(tm.indicators?.map((i) => [i.type, i.status])).toEqual([
      ['network', 'none-specified'],
      ['file', 'none-specified'],
      ['behavioral', 'described'],
    ]);
    expect(tm.lessons?.map((l) => l.kind)).toEqual(['takeaway', 'improvement']);
    expect(tm.lessons?.[0]?.text).toMatch(/^Communication software chosen for its purported security \(Signal\)/);
    expect(tm.recommendations).toHaveLength(2);
    expect(tm.recommendations?.[1]).toMatch(/^Implement strict protocols mandating the use of officially vetted/);
  });
});

describe('docs/data-sources.md', () => {
  it('lists every source of every bundled incident', () => {
    const page = readFileSync(join(DATA, '..', 'docs', 'data-sources.md'), 'utf8');
    const missing = incidents.flatMap(({ name, incident }) =>
      incident.sources.filter((s) => !page.includes(`\`${s.id}\`: ${s.publisher}, `) || !page.includes(s.title)).map((s) => `${name}: ${s.id}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('shared entities', () => {
  it('joins the officials of the TeleMessage breach and the Signal group chat by sharedId', () => {
    const shared = (id: string) => new Set((byId.get(id)?.entities ?? []).map((e) => e.sharedId));
    const tm = shared('telemessage-2025');
    const signal = shared('signal-chat-2025');
    for (const id of ['person:mike-waltz', 'person:jd-vance', 'person:tulsi-gabbard', 'person:marco-rubio']) {
      expect(tm.has(id), `TeleMessage ${id}`).toBe(true);
      expect(signal.has(id), `Signal chat ${id}`).toBe(true);
    }
  });
});
