import { describe, expect, it } from 'vitest';
import { entity, importOne, messages, OKTA, readReport } from './helpers.js';

const { incident, result } = importOne(readReport(OKTA), 'okta.txt');

describe('importing the Okta sample report', () => {
  it('reads the title, id and the affected organisation', () => {
    expect(incident.title).toBe('Okta Support Case Management System Compromise');
    expect(incident.id).toBe('okta-support-case-management-system-compromise-2023');
    expect(incident.organization).toBe(entity(incident, 'Okta').id);
    expect(incident.owner).toBeUndefined();
    expect(incident.sectors).toEqual(['Identity and Access Management']);
    expect(incident.geography).toBe('United States');
  });

  it('reads the incident range, the discovery date and the disclosure named beside it', () => {
    expect(incident.started).toEqual({ at: '2023-09-28', until: '2023-10-17' });
    expect(incident.discovered).toEqual({ at: '2023-10-02', text: '2023-10-02 (BeyondTrust alerted Okta); Okta disclosed on 2023-10-20' });
    expect(incident.disclosed).toEqual({ at: '2023-10-20' });
  });

  it('finds BeyondTrust, 1Password and Cloudflare, which no dictionary knows', () => {
    for (const name of ['BeyondTrust', '1Password', 'Cloudflare']) expect(entity(incident, name).kind).toBe('organization');
  });

  it('dates the events from the subsections and their prose', () => {
    expect(incident.events.map((e) => [e.stage, e.tactics ?? [], e.time])).toEqual([
      ['attack', ['initial-access'], { at: '2023-09-28' }],
      ['attack', ['exfiltration', 'impact'], {}],
      ['detection', [], { at: '2023-10-02' }],
      ['response', [], {}],
    ]);
    expect(incident.events[2]!.entities).toEqual(expect.arrayContaining([entity(incident, 'Okta').id, entity(incident, 'BeyondTrust').id]));
  });

  it('keeps the "Not detailed" lateral movement subsection as a note, not as an empty event', () => {
    expect(incident.notes).toContainEqual({ heading: 'Timeline of Events: Lateral Movement', text: 'Not detailed.' });
    expect(result.summary.kept).toContain('Timeline of Events: Lateral Movement');
  });

  it('stores the defanged IPs refanged, as ipv4 network indicators', () => {
    expect(incident.indicators!.map(({ sources: _s, ...i }) => i)).toEqual([
      { type: 'network', kind: 'ipv4', value: '23.105.182.19' },
      { type: 'network', kind: 'ipv4', value: '104.251.211.122' },
      { type: 'file', status: 'none-specified' },
      { type: 'behavioral', kind: 'text', value: 'Administrator session reuse from an unexpected IP address' },
      { type: 'behavioral', kind: 'text', value: 'support-user report export' },
    ]);
  });

  it('splits actions listed with ";" into one response action each, by phase', () => {
    expect(incident.responses!.map((r) => [r.phase, r.action])).toEqual([
      ['containment', 'Disabled the compromised service account'],
      ['containment', 'revoked embedded session tokens'],
      ['eradication', 'Blocked the use of personal Google profiles in Chrome on managed laptops'],
      ['recovery', 'Added session token binding based on network location for administrators'],
      ['recovery', 'notified all support system users'],
    ]);
    expect(incident.responses!.map((r) => r.event)).toEqual(['e04', 'e04', undefined, undefined, undefined]);
  });

  it('reads every tactic of the methodology as described or not detailed', () => {
    const described = incident.methodology!.filter((m) => m.status === 'described').map((m) => m.tactic);
    expect(described).toEqual(['initial-access', 'credential-access', 'discovery', 'lateral-movement', 'collection', 'exfiltration', 'impact']);
    expect(incident.methodology!.find((m) => m.tactic === 'lateral-movement')!.text).toBe('Session hijacking into customer Okta tenants.');
  });

  it('reads lessons and recommendations, and warns about nothing', () => {
    expect(incident.lessons!.map((l) => [l.kind, l.text])).toEqual([
      ['takeaway', 'Diagnostic files shared with vendors can carry live credentials.'],
      ['improvement', 'Earlier correlation of customer reports with the support system logs.'],
    ]);
    expect(incident.recommendations).toEqual([
      'Sanitize HAR files before uploading them to any vendor.',
      'Enforce phishing-resistant MFA for administrator accounts and bind sessions to devices.',
    ]);
    expect(messages(result)).toEqual([]);
  });
});
