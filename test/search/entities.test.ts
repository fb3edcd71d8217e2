import { describe, expect, it } from 'vitest';
import { entityCard, normalizeName } from '../../src/core/entities/index.js';
import { incident, indexOf, loadedOf, loadFixtures } from './helpers.js';

const both = () => indexOf(loadFixtures('telemessage.json', 'signal-chat.json'));
const byName = (index: ReturnType<typeof both>['entities'], name: string) =>
  index.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('normalizeName', () => {
  it('ignores case, accents, punctuation, spacing and a leading "The"', () => {
    expect(normalizeName('  The   Atlantic ')).toBe('atlantic');
    expect(normalizeName('MÜLLER, Jörg')).toBe('muller jorg');
    expect(normalizeName('J.D. Vance')).toBe('j d vance');
    expect(normalizeName('The')).toBe('the');
  });
});

describe('one entity across incidents', () => {
  it('merges Mike Waltz of both incidents through the shared id, knowing both incidents', () => {
    const { entities } = both();
    const waltz = entities.get('person:mike-waltz');
    expect(waltz?.name).toBe('Mike Waltz');
    expect(waltz?.aliases).toEqual(['Michael Waltz']);
    expect(waltz?.perIncident.map((p) => p.incidentId)).toEqual(['telemessage-2025', 'signal-chat-2025']);
    expect(waltz?.titles).toEqual(['former US national security adviser', 'US national security adviser']);
    expect(entities.entities.filter((e) => /waltz/i.test(e.name))).toHaveLength(1);
  });

  it('merges JD Vance by name when only one incident gives a shared id', () => {
    const vance = both().entities.get('person:jd-vance');
    expect(vance?.perIncident.map((p) => p.incidentId)).toEqual(['telemessage-2025', 'signal-chat-2025']);
    expect(vance?.aliases).toEqual(['J.D. Vance', 'Vance']);
  });

  it('merges by alias: the alias of one is the name of the other', () => {
    const loaded = loadedOf([
      incident('a', { entities: [{ id: 'x', name: 'Volt Typhoon', kind: 'threat-actor', aliases: ['Bronze Silhouette'] }] }),
      incident('b', { entities: [{ id: 'y', name: 'BRONZE SILHOUETTE', kind: 'threat-actor' }] }),
      incident('c', { entities: [{ id: 'z', name: 'Vanguard Panda', kind: 'threat-actor', aliases: ['Bronze  Silhouette'] }] }),
    ]);
    const { entities } = indexOf(loaded);
    expect(entities.entities).toHaveLength(1);
    expect(entities.entities[0]?.name).toBe('Volt Typhoon');
    expect(entities.entities[0]?.aliases).toEqual(['Bronze Silhouette', 'Vanguard Panda']);
    expect(entities.entityOf(2, 'z')?.key).toBe('threat-actor:volt-typhoon');
  });

  it('keeps apart entities whose explicit shared ids differ, even with the same name', () => {
    const loaded = loadedOf([
      incident('a', { entities: [{ id: 'x', name: 'John Smith', kind: 'person', sharedId: 'person:john-smith-cfo' }] }),
      incident('b', { entities: [{ id: 'y', name: 'John Smith', kind: 'person', sharedId: 'person:john-smith-analyst' }] }),
    ]);
    expect(indexOf(loaded).entities.entities.map((e) => e.key)).toEqual(['person:john-smith-cfo', 'person:john-smith-analyst']);
  });

  it('does not merge on short aliases like "TM"', () => {
    const loaded = loadedOf([
      incident('a', { entities: [{ id: 'x', name: 'TeleMessage', kind: 'organization', aliases: ['TM'] }] }),
      incident('b', { entities: [{ id: 'y', name: 'Trend Micro', kind: 'organization', aliases: ['TM'] }] }),
    ]);
    expect(indexOf(loaded).entities.entities).toHaveLength(2);
  });
});

describe('mentions', () => {
  it('counts linked and inferred events per incident, with first and last times', () => {
    const { entities } = both();
    const [tm, sg] = entities.get('person:mike-waltz')!.perIncident;
    // Linked by "officials"; named in the text of "report-404".
    expect(tm).toMatchObject({ count: 2, linked: 1, inferred: 1, roles: ['user', 'official'] });
    expect(tm?.eventKeys).toEqual(['telemessage-2025/report-404', 'telemessage-2025/officials']);
    expect(sg).toMatchObject({ count: 1, linked: 1, inferred: 0 });
    expect([tm?.firstTime?.at, tm?.lastTime?.at]).toEqual(['2025-05-04', '2025-05-06']);
    expect(sg?.firstTime?.at).toBe('2025-03-11');
  });

  it('marks an event that only names the entity as inferred', () => {
    const { entities } = both();
    expect(entities.eventsOfEntity('org:smarsh')).toEqual([{ rowKey: 'telemessage-2025/suspend', inferred: false }]);
    const micah = byName(entities, 'Micah Lee')!;
    expect(entities.eventsOfEntity(micah.key)).toEqual([{ rowKey: 'telemessage-2025/report-404', inferred: false }]);
    expect(entities.eventsOfEntity('person:jd-vance')).toEqual([
      { rowKey: 'signal-chat-2025/plans', inferred: true },
      { rowKey: 'telemessage-2025/officials', inferred: true },
    ]);
  });

  it('finds names only as whole words: "Vance" is not in "advanced"', () => {
    const { entities } = both();
    const keys = entities.eventsOfEntity('person:jd-vance').map((m) => m.rowKey);
    expect(keys).not.toContain('signal-chat-2025/article');
    expect(entities.entitiesOfRow('signal-chat-2025/article').map((e) => e.key)).not.toContain('person:jd-vance');
  });

  it('lists an event\'s entities for the detail pane: linked with roles, then inferred', () => {
    const { entities } = both();
    const atlantic = byName(entities, 'The Atlantic')!;
    expect(entities.entitiesOfRow('signal-chat-2025/article')).toEqual([{ key: atlantic.key, inferred: false, role: 'publisher' }]);
    expect(entities.entitiesOfRow('telemessage-2025/suspend')).toEqual([
      { key: 'org:smarsh', inferred: false, role: 'responder' },
      { key: 'organization:telemessage', inferred: false },
    ]);
    expect(entities.get('org:smarsh')?.perIncident[0]?.roles).toEqual(['owner', 'responder']);
  });

  it('does not infer mentions from short aliases ("TM" in "TM SGNL" text is not enough)', () => {
    const loaded = loadedOf([
      incident('a', {
        entities: [{ id: 'x', name: 'Trend Micro', kind: 'organization', aliases: ['TM'] }],
        events: [{ id: 'e', time: { at: '2025-01-01' }, title: 'TM logs rotated', stage: 'response' }],
      }),
    ]);
    expect(indexOf(loaded).entities.eventsOfEntity('organization:trend-micro')).toEqual([]);
  });

  it('gives the pivot a set of row keys across incidents', () => {
    const set = both().entities.eventKeySet('person:mike-waltz');
    expect([...set].sort()).toEqual(['signal-chat-2025/added', 'telemessage-2025/officials', 'telemessage-2025/report-404']);
  });
});

describe('entityCard', () => {
  it('lists the incidents of an entity in order of its first event there, with titles, roles and counts', () => {
    const loaded = loadFixtures('telemessage.json', 'signal-chat.json');
    const { entities } = indexOf(loaded);
    const card = entityCard(entities.get('person:mike-waltz')!, loaded.map((l) => l.incident));
    expect(card).toMatchObject({ name: 'Mike Waltz', kind: 'person', aliases: ['Michael Waltz'], totals: { events: 3, linked: 2, inferred: 1 } });
    expect(card.incidents.map((i) => [i.incidentTitle, i.roles, i.count, i.firstTime?.at, i.lastTime?.at])).toEqual([
      ['Yemen strike plans shared in a Signal group chat', ['official'], 1, '2025-03-11', '2025-03-11'],
      ['TeleMessage archive service breach', ['user', 'official'], 2, '2025-05-04', '2025-05-06'],
    ]);
  });
});
