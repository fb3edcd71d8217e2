import { describe, expect, it } from 'vitest';
import { entity, importOne, messages, readReport, SEED } from './helpers.js';
import { SEED_METHODOLOGY_STATUSES } from '../fixtures/reports/seed-facts.js';

const { incident, result } = importOne(readReport(SEED), 'seed.txt', '2025-05-05');

describe('importing the seed report (TeleMessage), reference date 2025-05-05', () => {
  it('reads the title, summary and id', () => {
    expect(incident.title).toBe('TeleMessage Service Breach Affecting US Officials Communication Platform');
    expect(incident.id).toBe('telemessage-service-breach-affecting-us-officials-2025');
    expect(incident.summary).toMatch(/^The communications application TeleMessage \(a Signal clone/);
    expect(incident.summary).toMatch(/while an external cybersecurity firm investigates\.$/);
  });

  it('names TeleMessage as the affected organisation and Smarsh as its owner', () => {
    expect(incident.organization).toBe(entity(incident, 'TeleMessage').id);
    expect(entity(incident, 'TeleMessage')).toMatchObject({ kind: 'organization', roles: ['victim'] });
    expect(incident.owner).toBe(entity(incident, 'Smarsh').id);
    expect(entity(incident, 'Smarsh')).toMatchObject({ kind: 'organization', roles: ['owner'] });
  });

  it('finds the four officials, once each, as people with the official role', () => {
    for (const name of ['Mike Waltz', 'JD Vance', 'Tulsi Gabbard', 'Marco Rubio']) {
      expect(entity(incident, name)).toMatchObject({ kind: 'person', roles: expect.arrayContaining(['official', 'user']) });
    }
    expect(entity(incident, 'Mike Waltz').title).toBe('former US national security adviser');
    // "Mike Waltz's phone" in the lede and "Mike" alone must not become second entities.
    const people = incident.entities!.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people.sort()).toEqual(['JD Vance', 'Marco Rubio', 'Micah Lee', 'Mike Waltz', 'Tulsi Gabbard']);
  });

  it('finds the three reporters: 404 Media and NBC News as media, Micah Lee as an independent journalist', () => {
    expect(entity(incident, '404 Media')).toMatchObject({ kind: 'media', roles: ['reporter'] });
    expect(entity(incident, 'NBC News')).toMatchObject({ kind: 'media', roles: ['reporter'] });
    expect(entity(incident, 'Micah Lee')).toMatchObject({ kind: 'person', roles: ['reporter', 'journalist'], title: 'independent journalist' });
  });

  it('keeps the unnamed external cybersecurity firm as the investigator', () => {
    expect(entity(incident, 'External cybersecurity firm')).toMatchObject({ kind: 'organization', roles: ['investigator'] });
    expect(incident.entities).toHaveLength(10);
  });

  it('reads sectors and geography, keeping the sector qualifier as a note', () => {
    expect(incident.sectors).toEqual(['Communications Technology', 'Government Services']);
    expect(incident.geography).toBe('Not explicitly stated, company founded in Israel');
    expect(incident.notes).toContainEqual({ heading: 'Incident Details: Sector', text: 'Communications Technology, Government Services (Implied due to users)' });
  });

  it('resolves the weekdays against the reference date: Sunday is 2025-05-04', () => {
    expect(incident.discovered).toEqual({ at: '2025-05-04', text: 'Sunday (Reports surfaced from 404 Media and Micah Lee)' });
    expect(incident.started).toEqual({
      at: '2025-05-04',
      until: '2025-05-05',
      text: 'Preceding Sunday/Monday (Reports of breach confirmed around Sunday/Monday)',
    });
  });

  it('turns each timeline subsection into events with the tactics and stages its heading names', () => {
    const rows = incident.events.map((e) => [e.id, e.stage, e.tactics ?? [], e.time]);
    expect(rows).toEqual([
      ['e01', 'attack', ['initial-access'], { at: '2025-05-04', bound: 'before', text: 'Unknown, prior to Sunday reports.' }],
      ['e02', 'attack', ['lateral-movement'], {}],
      ['e03', 'attack', ['exfiltration', 'impact'], {}],
      ['e04', 'detection', [], { at: '2025-05-04', text: 'on Sunday' }],
      ['e05', 'response', [], { at: '2025-05-04', bound: 'after', text: 'immediately upon detection' }],
    ]);
    const [access, lateral, , detection, response] = incident.events;
    expect(access!.title).toBe('Hackers claimed to have breached the application, stealing data');
    expect(access!.description).toContain('Vector: Unspecified hacking/breach of the TeleMessage platform.');
    expect(access!.confidence).toBe('claimed');
    expect(lateral!.title).toBe('Lateral Movement: implied movement within the TeleMessage infrastructure facilitated data theft');
    expect(lateral!.confidence).toBe('assessed');
    expect(detection!.entities).toEqual(expect.arrayContaining([entity(incident, '404 Media').id, entity(incident, 'Micah Lee').id, entity(incident, 'NBC News').id]));
    expect(response!.description).toBe('TeleMessage suspended “all services” immediately upon detection and engaged an external cybersecurity firm to support the investigation.');
  });

  it("reads each tactic's methodology status, with Defense Evasion mapped to Stealth and Defense Impairment", () => {
    const statuses = Object.fromEntries(incident.methodology!.map((m) => [m.tactic, m.status]));
    expect(statuses).toEqual(SEED_METHODOLOGY_STATUSES);
    expect(incident.methodology!.find((m) => m.tactic === 'stealth')!.text).toBe('Reported as "Defense Evasion" (pre-v19 ATT&CK)');
    expect(incident.methodology!.find((m) => m.tactic === 'collection')!.text).toBe('Data gathering from user communications stored on the platform.');
    expect(incident.methodology!.find((m) => m.tactic === 'persistence')!.text).toBeUndefined();
  });

  it('reads the impact by category, "Not detailed" as a status', () => {
    expect(incident.impact!.map((i) => [i.category, i.status])).toEqual([
      ['financial', 'not-detailed'],
      ['data', 'described'],
      ['operational', 'described'],
      ['reputational', 'described'],
    ]);
    expect(incident.impact![2]!.text).toBe('TeleMessage temporarily suspended "all services."');
  });

  it('reads the indicators: none specified (with its extra wording), and one behavioural', () => {
    expect(incident.indicators!.map(({ sources: _s, ...i }) => i)).toEqual([
      { type: 'network', status: 'none-specified', description: 'None specified/defanged.' },
      { type: 'file', status: 'none-specified' },
      { type: 'behavioral', kind: 'text', value: 'Unauthorized access leading to data theft' },
    ]);
  });

  it('records the suspension of all services as a containment action by TeleMessage', () => {
    expect(incident.responses!.map((r) => [r.phase, r.action, r.actor])).toEqual([
      ['containment', 'TeleMessage temporarily suspended "all services" immediately upon detection', entity(incident, 'TeleMessage').id],
      ['eradication', 'External cybersecurity firm engaged to support the investigation', undefined],
      ['recovery', 'Investigation ongoing; service suspension is a precautionary measure', undefined],
    ]);
    // The timeline tells of the same suspension and engagement: the actions link to that event for its time.
    expect(incident.responses!.map((r) => r.event)).toEqual(['e05', 'e05', undefined]);
  });

  it('reads the lessons and the recommendations', () => {
    expect(incident.lessons!.map((l) => l.kind)).toEqual(['takeaway', 'improvement']);
    expect(incident.lessons![0]!.text).toMatch(/^Communication software chosen for its purported security \(Signal\)/);
    expect(incident.lessons![1]!.text).toMatch(/^Officials utilizing highly sensitive communications should adhere strictly/);
    expect(incident.recommendations).toHaveLength(2);
    expect(incident.recommendations![0]).toMatch(/^Organizations should verify the security implications of "enterprise"/);
    expect(incident.recommendations![1]).toMatch(/^Implement strict protocols mandating/);
  });

  it('cites the report itself as the source of every fact', () => {
    expect(incident.sources).toEqual([
      { id: 'report', publisher: 'Imported report', title: incident.title, date: '2025-05-05' },
    ]);
    const cited = [incident.events, incident.entities!, incident.methodology!, incident.impact!, incident.indicators!, incident.responses!, incident.lessons!].flat();
    for (const fact of cited) expect(fact.sources).toEqual(['report']);
  });

  it('keeps the lede as a note, maps everything else, and says so without any warning', () => {
    expect(incident.notes).toContainEqual({
      heading: 'Full Report',
      text: expect.stringMatching(/^The communications app TeleMessage, which was spotted on former US national security adviser Mike Waltz's phone/),
    });
    expect(result.summary.kept).toEqual(['Incident Details: Sector', 'Full Report']);
    expect(result.summary.skipped).toEqual([]);
    expect(result.summary.mapped).toHaveLength(33);
    expect(messages(result)).toEqual([]);
  });
});

describe('importing the seed report without a reference date', () => {
  const { incident, result } = importOne(readReport(SEED), 'seed.txt');

  it('keeps weekday times unknown, with their wording, and says how to resolve them', () => {
    expect(incident.discovered).toEqual({ text: 'Sunday (Reports surfaced from 404 Media and Micah Lee)' });
    expect(incident.events[0]!.time).toEqual({ text: 'Unknown, prior to Sunday reports.' });
    expect(incident.id).toBe('telemessage-service-breach-affecting-us-officials');
    expect(messages(result)).toEqual([
      '8:23: warning: "Sunday" names a weekday but no date; pass --reference-date YYYY-MM-DD (the report\'s publication date) to resolve it. Kept as unknown with the wording',
    ]);
    expect(incident.sources[0]!.date).toBeUndefined();
  });
});
