import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareIncidents, type Comparison } from '../../src/core/compare/compare.js';
import { incidentTag } from '../../src/core/incident-tag.js';
import { loadPaths } from '../../src/load/index.js';
import type { LoadedIncident } from '../../src/model/loaded.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/compare/${name}`, import.meta.url));

let loaded: LoadedIncident[];
let comparison: Comparison;

beforeAll(async () => {
  const result = await loadPaths([fixture('day-level.json'), fixture('ranged.json'), fixture('instants.json')]);
  expect(result.diagnostics).toEqual([]);
  loaded = result.incidents;
  comparison = compareIncidents(loaded);
});

const row = (measure: string) => comparison.durations.find((d) => d.measure === measure)!.cells.map((c) => c.display);
const phase = (name: string) => comparison.phases.find((p) => p.phase === name)!;

describe('compareIncidents: columns and durations', () => {
  it('makes one column per incident, in load order, with a tag', () => {
    expect(comparison.incidents.map((c) => [c.id, c.tag])).toEqual([
      ['day-level', 'DL'],
      ['ranged-2023', 'RANG'],
      ['instants', 'IN'],
    ]);
  });

  it('measures dwell time at each incident’s fidelity', () => {
    expect(row('dwell')).toEqual(['≥ 0 d', '4 d', '8 d']);
  });

  it('measures time to contain to the first containment action, even one that contradicts discovery', () => {
    expect(row('contain')).toEqual(['1 d', '15–17 d', '-30m']);
    const contain = comparison.durations.find((d) => d.measure === 'contain')!.cells;
    expect(contain.map((c) => c.via?.kind)).toEqual(['suspend-service', 'disable-accounts', 'isolate-systems']);
    expect(contain[2]!.negative).toBe(true);
  });

  it('measures disclosure from incident.disclosed, else the first public-disclosure action', () => {
    expect(row('disclose')).toEqual(['1 d', '18 d', 'unknown']);
    const disclose = comparison.durations.find((d) => d.measure === 'disclose')!.cells;
    expect(disclose[0]!.via?.kind).toBe('public-disclosure');
    expect(disclose[1]!.source).toBe('incident.disclosed');
  });

  it('measures recovery to restoring or resuming before any other recovery action, never to a note that the investigation goes on', () => {
    expect(row('recover')).toEqual(['unknown', '~1 mo', '5d 12h']);
    expect(comparison.durations.find((d) => d.measure === 'recover')!.cells[2]!.via?.kind).toBe('resume-service');
  });
});

describe('compareIncidents: phases and aligned rows', () => {
  it('groups rows by phase in response order, leaving out phases nobody acted in', () => {
    expect(comparison.phases.map((p) => p.phase)).toEqual(['containment', 'eradication', 'recovery', 'investigation', 'notification']);
  });

  it('orders kinds within a phase by their earliest offset across incidents', () => {
    expect(phase('containment').rows.map((r) => r.kind)).toEqual(['isolate-systems', 'suspend-service', 'disable-accounts', 'revoke-credentials']);
  });

  it('aligns actions of the same kind on one row, one cell per incident', () => {
    const suspend = phase('containment').rows.find((r) => r.kind === 'suspend-service')!;
    expect(suspend.cells.map((cell) => cell.map((a) => a.text))).toEqual([['Suspended all services'], [], ['Halted all pipeline operations']]);
    expect(suspend.uniqueToOne).toBe(false);
    const notify = phase('notification').rows.find((r) => r.kind === 'notify-customers')!;
    expect(notify.cells.map((cell) => cell.map((a) => a.offset))).toEqual([['T+3d'], ['T+18d'], []]);
  });

  it('flags kinds only one incident has', () => {
    const flagged = comparison.phases.flatMap((p) => p.rows.filter((r) => r.uniqueToOne).map((r) => `${p.phase}/${r.kind}`));
    expect(flagged).toContain('containment/isolate-systems');
    expect(flagged).toContain('notification/share-indicators');
    expect(flagged).not.toContain('notification/notify-customers');
  });

  it('writes each action’s offset from its incident’s discovery at the data’s fidelity', () => {
    const offsets = (kind: string) => phase('containment').rows.find((r) => r.kind === kind)!.cells.flat().map((a) => a.offset);
    expect(offsets('isolate-systems')).toEqual(['T-30m']);
    expect(offsets('suspend-service')).toEqual(['T+1d', 'T+1h 20m']);
    expect(offsets('disable-accounts')).toEqual(['T+15–17d']);
    expect(phase('eradication').rows.flatMap((r) => r.cells.flat().map((a) => a.offset))).toEqual(['~T+1d', 'T?']);
  });

  it('marks inferred kinds, keeps stated ones, and links actions to their events', () => {
    const suspend = phase('containment').rows.find((r) => r.kind === 'suspend-service')!;
    expect(suspend.cells[0]![0]).toMatchObject({ inferred: true, eventKey: 'day-level/e2', time: '2025-05-05' });
    expect(suspend.cells[2]![0]).toMatchObject({ inferred: false });
    expect(suspend.cells[2]![0]!.eventKey).toBeUndefined();
    expect(suspend.inferred).toBe(true);
    const stated = phase('recovery').rows.find((r) => r.kind === 'harden-controls')!;
    expect(stated.inferred).toBe(false);
  });

  it('keeps unmatched actions visible as "other" and unknown data kinds as their own rows, with a warning', () => {
    expect(phase('notification').rows.map((r) => r.kind)).toContain('other');
    expect(phase('investigation').rows.map((r) => r.kind)).toEqual(['ritual-sacrifice']);
    expect(comparison.warnings).toHaveLength(1);
    expect(comparison.warnings[0]).toMatch(/instants\.json: incident "instants" responses\[4\]\.kind "ritual-sacrifice"/);
  });

  it('shows the date of an action whose offset cannot be known, rather than only "T?"', () => {
    const incident = {
      schemaVersion: 1 as const,
      id: 'bounded',
      title: 'Both times only bounded',
      discovered: { at: '2021-05-07', bound: 'before' as const },
      sources: [],
      events: [],
      responses: [
        { phase: 'containment' as const, action: 'Took certain systems offline', time: { at: '2021-05-08', bound: 'before' as const } },
        { phase: 'containment' as const, action: 'Disabled the VPN account' },
      ],
    };
    const [bounded, untimed] = compareIncidents([{ incident, original: incident, file: 'inline', tacticLabels: {} }]).phases[0]!.rows.map(
      (r) => r.cells[0]![0]!,
    );
    expect(bounded).toMatchObject({ offset: 'T?', when: '≤ 2021-05-08' });
    expect(untimed).toMatchObject({ offset: 'T?', when: 'T?' });
  });

  it('shows domains and URLs in action texts defanged', () => {
    const incident = {
      schemaVersion: 1 as const,
      id: 'c2',
      title: 'Sinkholed',
      sources: [],
      events: [],
      responses: [{ phase: 'containment' as const, action: 'Seized the domain avsvmcloud.com and https://evil.example/x' }],
    };
    const [row] = compareIncidents([{ incident, original: incident, file: 'inline', tacticLabels: {} }]).phases[0]!.rows;
    expect(row!.cells[0]![0]!.text).toBe('Seized the domain avsvmcloud[.]com and hxxps://evil[.]example/x');
  });

  it('flags nothing as unique when there is only one incident', () => {
    const single = compareIncidents(loaded.slice(0, 1));
    expect(single.phases.flatMap((p) => p.rows).some((r) => r.uniqueToOne)).toBe(false);
  });
});

describe('incidentTag', () => {
  it('uses the tag given, else the initials of a short id, or the start of a long one’s first word', () => {
    const base = { schemaVersion: 1 as const, title: 't', sources: [], events: [] };
    expect(incidentTag({ ...base, id: 'x', tag: 'TM' })).toBe('TM');
    expect(incidentTag({ ...base, id: 'colonial-pipeline-2021' })).toBe('CP');
    expect(incidentTag({ ...base, id: 'okta-2023' })).toBe('OKTA');
    expect(incidentTag({ ...base, id: 'okta-support-case-management-system-compromise-2023' })).toBe('OKTA');
    expect(incidentTag({ ...base, id: 'moveit-transfer-exploitation' })).toBe('MTE');
  });
});
