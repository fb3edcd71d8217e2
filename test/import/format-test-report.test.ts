import { describe, expect, it } from 'vitest';
import { entity, importOne, messages, readReport } from './helpers.js';

// A report nobody tuned the parser on: sections at "###", "*" bullets, keys without bold,
// dates in words and with a US zone, a numbered list, an unknown section and unknown keys.
const FIXTURE = 'test/fixtures/reports/format-test-mgm-resorts-2023.md';
const { incident, result } = importOne(readReport(FIXTURE), FIXTURE);

describe('importing a report written differently (format test fixture, MGM Resorts 2023)', () => {
  it('finds the title under a "##" heading and the sections under "###"', () => {
    expect(incident.title).toBe('MGM Resorts Help Desk Social Engineering and Ransomware Attack');
    expect(incident.id).toBe('mgm-resorts-help-desk-social-engineering-and-ransomware-2023');
    expect(incident.summary).toMatch(/^Attackers posing as an employee called/);
  });

  it('reads dates in words, approximations and the disclosure', () => {
    expect(incident.discovered).toEqual({ at: '2023-09-10' });
    expect(incident.started).toEqual({ at: '2023-09-07', approximate: true, text: 'approximately September 7, 2023' });
    expect(incident.disclosed).toEqual({ at: '2023-09-11' });
    expect(incident.sectors).toEqual(['Hospitality', 'Gaming']);
  });

  it('reads a time with a US zone abbreviation as an offset and an IANA zone', () => {
    const impact = incident.events.find((e) => e.tactics?.includes('impact'))!;
    expect(impact.time).toEqual({ at: '2023-09-11T03:00-04:00', zone: 'America/New_York' });
    expect(impact.confidence).toBe('claimed');
    expect(incident.events[0]!.time).toEqual({ at: '2023-09', approximate: true, text: 'early September 2023' });
  });

  it('names the threat actor with its aliases, the ransomware operation and the media', () => {
    expect(entity(incident, 'Scattered Spider')).toMatchObject({ kind: 'threat-actor', aliases: ['UNC3944', 'Octo Tempest'], roles: ['attacker'] });
    expect(entity(incident, 'ALPHV')).toMatchObject({ kind: 'threat-actor', roles: ['attacker'] });
    expect(entity(incident, 'Reuters').kind).toBe('media');
    expect(entity(incident, 'The Verge').kind).toBe('media');
    expect(entity(incident, 'External cybersecurity experts').roles).toEqual(['investigator']);
    expect(entity(incident, 'MGM Resorts International')).toMatchObject({ roles: ['victim'], aliases: ['MGM'] });
  });

  it('links events to the entities they name, by alias too', () => {
    const detection = incident.events.find((e) => e.stage === 'detection')!;
    expect(detection.entities).toEqual([entity(incident, 'MGM Resorts International').id]);
  });

  it('collects technique ids and statuses in the methodology', () => {
    expect(incident.methodology!.map((m) => [m.tactic, m.status, m.techniques ?? []])).toEqual([
      ['initial-access', 'described', ['T1566.004']],
      ['privilege-escalation', 'described', []],
      ['stealth', 'not-detailed', []],
      ['defense-impairment', 'not-detailed', []],
      ['lateral-movement', 'not-detailed', []],
      ['impact', 'described', ['T1486']],
      ['command-and-control', 'unknown', []],
    ]);
    expect(incident.methodology!.find((m) => m.tactic === 'lateral-movement')!.text).toBe('Not detailed in public reporting.');
  });

  it('keeps an impact of no known category with its label', () => {
    expect(incident.impact!.map((i) => i.category)).toEqual(['financial', 'data', 'operational', 'reputational', 'other']);
    expect(incident.impact![4]!.text).toBe('Legal: Class actions were filed by affected customers.');
  });

  it('refangs indicators and detects their kinds', () => {
    expect(incident.indicators!.map((i) => [i.type, i.kind, i.value])).toEqual([
      ['network', 'ipv4', '198.51.100.23'],
      ['network', 'url', 'https://mgm-sso-login.example/okta'],
      ['file', 'sha256', '0'.repeat(64)],
      ['behavioral', 'text', 'Help desk password resets requested by phone for privileged accounts'],
    ]);
  });

  it('reads investigation and notification actions, with dates and bounds', () => {
    expect(incident.responses!.map((r) => [r.phase, r.action, r.time])).toEqual([
      ['containment', 'Shut down affected systems', undefined],
      ['containment', 'disabled the compromised accounts', undefined],
      ['investigation', 'External cybersecurity experts engaged to support the investigation', undefined],
      ['notification', 'Notified affected customers by email', undefined],
      ['notification', 'filed an 8-K with the SEC on 2023-09-12', { at: '2023-09-12' }],
      ['recovery', 'Restored casino and hotel systems by September 20, 2023', { at: '2023-09-20', bound: 'before', text: 'by September 20, 2023' }],
    ]);
  });

  it('keeps the unknown section and key as notes, and reads the numbered recommendations', () => {
    expect(incident.notes!.map((n) => n.heading)).toEqual(['Incident Details: Ransom Demand', 'Threat Actor Profile', 'Full Report']);
    expect(result.summary.kept).toEqual(['Incident Details: Ransom Demand', 'Threat Actor Profile', 'Full Report']);
    expect(incident.recommendations).toEqual([
      'Require in-person or video verification before resetting credentials for privileged accounts.',
      'Separate the virtualisation management plane from the corporate identity provider.',
    ]);
    expect(messages(result)).toEqual([]);
  });
});
