import { describe, expect, test } from 'vitest';
import { buildRedactor, eventTexts } from '../../src/core/redact.js';
import { buildTimeline } from '../../src/core/timeline.js';
import type { Incident } from '../../src/model/incident.js';
import type { LoadedIncident } from '../../src/model/loaded.js';

function incident(id: string, entities: Incident['entities'], events: Incident['events']): Incident {
  return { id, title: `Incident ${id}`, sources: [{ id: 's1', title: 'Report on it', publisher: 'Daily Planet' }], entities, events } as Incident;
}

const people: Incident['entities'] = [
  { id: 'p-waltz', name: 'Mike Waltz', kind: 'person', aliases: ['Michael Waltz'], roles: ['official', 'user'] },
  { id: 'p-lee', name: 'Micah Lee', kind: 'person', roles: ['reporter', 'journalist'] },
  { id: 'p-vance', name: 'JD Vance', kind: 'person', aliases: ['J.D. Vance'], roles: ['official'] },
  { id: 'p-ceo', name: 'Ada Byron', kind: 'person', roles: ['executive'] },
  { id: 'p-spokes', name: 'Pat Doe', kind: 'person', roles: ['spokesperson'] },
  { id: 'org-smarsh', name: 'Smarsh', kind: 'organization', roles: ['owner'] },
  { id: 'media-404', name: '404 Media', kind: 'media', roles: ['reporter'] },
];

function redactorFor(incidents: Incident[]) {
  const loaded = incidents.map((incident) => ({ incident }) as LoadedIncident);
  const rows = buildTimeline(loaded).rows;
  return { rows, redactor: buildRedactor(incidents, rows) };
}

const events = (...texts: string[]): Incident['events'] =>
  texts.map((title, i) => ({ id: `e${i + 1}`, time: { at: `2025-05-0${i + 1}` }, title, stage: 'detection' }) as Incident['events'][number]);

describe('redaction', () => {
  test('placeholders by role, numbered in order of first appearance in the events', () => {
    const { redactor } = redactorFor([incident('a', people, events('Micah Lee reports', 'Pat Doe and JD Vance speak', 'Mike Waltz and Ada Byron'))]);
    expect(redactor.redact('Micah Lee reports')).toBe('Journalist 1 reports');
    expect(redactor.redact('Pat Doe and JD Vance speak')).toBe('Person 1 and Official 1 speak');
    expect(redactor.redact('Mike Waltz and Ada Byron')).toBe('Official 2 and Executive 1');
  });

  test('the same person keeps one placeholder under any of their names, surname and possessive included', () => {
    const { redactor } = redactorFor([incident('a', people, events('Mike Waltz uses the app'))]);
    const text = "Mike Waltz, Michael Waltz, MIKE WALTZ and Waltz's phone; J.D. Vance and Vance";
    expect(redactor.redact(text)).toBe("Official 1, Official 1, Official 1 and Official 1's phone; Official 2 and Official 2");
  });

  test('names inside words, and a surname in lower case, are not replaced', () => {
    const { redactor } = redactorFor([incident('a', people, events('Lee and Waltz'))]);
    expect(redactor.redact('Leeway, Blee, Waltzing, a waltz and a vancepoint')).toBe('Leeway, Blee, Waltzing, a waltz and a vancepoint');
    expect(redactor.redact('Lee and Waltz')).toBe('Journalist 1 and Official 1');
  });

  test('organisations and media outlets stay', () => {
    const { redactor } = redactorFor([incident('a', people, events('Smarsh and 404 Media'))]);
    expect(redactor.redact('Smarsh told 404 Media')).toBe('Smarsh told 404 Media');
  });

  test('email and IP addresses are replaced, defanged ones too, the same address by the same placeholder', () => {
    const { redactor } = redactorFor([incident('a', people, events('Mail from mike@example.gov at 198.51.100.7'))]);
    expect(redactor.redact('Mail from mike@example.gov at 198.51.100.7')).toBe('Mail from Email 1 at IP 1');
    expect(redactor.redact('again: MIKE@example[.]gov, 198.51.100[.]7 and 2001:db8::1')).toBe('again: Email 1, IP 1 and IP 2');
    expect(redactor.redact('other@example.org')).toBe('Email 2');
  });

  test('times, versions and words with colons are not taken for addresses', () => {
    const { redactor } = redactorFor([incident('a', people, events('nothing here'))]);
    const text = 'At 13:20:05 UTC, version 1.2.3, TA0001: Initial Access, 999.1.1.1';
    expect(redactor.redact(text)).toBe(text);
  });

  test('one person across two incidents (same name) has one placeholder', () => {
    const a = incident('a', [people[0]!], events('Mike Waltz in a'));
    const b = incident('b', [{ id: 'x', name: 'Michael Waltz', kind: 'person', roles: ['official'] }, people[1]!], events('Micah Lee in b'));
    const { redactor } = redactorFor([a, b]);
    expect(redactor.redact('Michael Waltz; Mike Waltz')).toBe('Official 1; Official 1');
  });

  test('a surname two people share is hidden without pinning it on either', () => {
    const twins: Incident['entities'] = [
      { id: 'p1', name: 'Ann Smith', kind: 'person', roles: ['official'] },
      { id: 'p2', name: 'Bob Smith', kind: 'person', roles: ['journalist'] },
    ];
    const { redactor } = redactorFor([incident('a', twins, events('Ann Smith and Bob Smith'))]);
    expect(redactor.redact('Ann Smith said Smith was wrong')).toBe('Official 1 said [name] was wrong');
  });

  test('a described person (not a personal name) is replaced only whole', () => {
    const unnamed: Incident['entities'] = [{ id: 'p', name: 'Uber EXT contractor (unnamed)', kind: 'person', roles: ['user'] }];
    const { redactor } = redactorFor([incident('a', unnamed, events('The contractor (unnamed) logs in'))]);
    expect(redactor.redact('Uber EXT contractor (unnamed) and a contractor')).toBe('Person 1 and a contractor');
  });

  test('eventTexts lists the card texts: incident title, title, description, entity names, sources', () => {
    const inc = incident('a', people, [
      { id: 'e1', time: { at: '2025-05-01' }, title: 'T', description: 'D', stage: 'attack', entities: [{ ref: 'p-lee', role: 'reporter' }], sources: ['s1'] },
    ] as Incident['events']);
    const { rows } = redactorFor([inc]);
    expect(eventTexts(rows[0]!)).toEqual(['Incident a', 'T', 'D', 'Micah Lee', 'Daily Planet', 'Report on it']);
  });
});
