import { describe, expect, it } from 'vitest';
import { readTime } from '../../src/load/report/dates.js';
import { readStatus } from '../../src/load/report/status.js';
import { readTactics } from '../../src/load/report/tactics.js';

describe('report dates', () => {
  const cases: [string, string | undefined, object | undefined][] = [
    ['2023-09-28', undefined, { at: '2023-09-28' }],
    ['on 2023-10-02', undefined, { at: '2023-10-02' }],
    ['2023-10', undefined, { at: '2023-10' }],
    ['2025-05-04T13:20Z', undefined, { at: '2025-05-04T13:20Z' }],
    ['2021-05-07 05:00 EDT', undefined, { at: '2021-05-07T05:00-04:00', zone: 'America/New_York' }],
    ['2021-05-07 05:00 PST', undefined, { at: '2021-05-07T05:00-08:00', zone: 'America/Los_Angeles' }],
    ['2021-05-07 05:00 UTC', undefined, { at: '2021-05-07T05:00Z' }],
    ['2024-01-05, 14:00 UTC', undefined, { at: '2024-01-05T14:00Z' }],
    ['May 7, 2021 at 5:00 p.m. CDT', undefined, { at: '2021-05-07T17:00-05:00', zone: 'America/Chicago' }],
    ['May 4, 2025', undefined, { at: '2025-05-04' }],
    ['4 May 2025', undefined, { at: '2025-05-04' }],
    ['Sept. 28, 2023', undefined, { at: '2023-09-28' }],
    ['May 2025', undefined, { at: '2025-05' }],
    ['2023-09-28 to 2023-10-17', undefined, { at: '2023-09-28', until: '2023-10-17' }],
    ['between 2023-09-28 and 2023-10-17', undefined, { at: '2023-09-28', until: '2023-10-17', text: 'between 2023-09-28 and 2023-10-17' }],
    ['September 28 to October 17, 2023', undefined, { at: '2023-09-28', until: '2023-10-17' }],
    ['May 4-6, 2025', undefined, { at: '2025-05-04', until: '2025-05-06' }],
    ['before 2025-05-04', undefined, { at: '2025-05-04', bound: 'before', text: 'before 2025-05-04' }],
    ['prior to May 4, 2025', undefined, { at: '2025-05-04', bound: 'before', text: 'prior to May 4, 2025' }],
    ['since 2023-01-01', undefined, { at: '2023-01-01', bound: 'after', text: 'since 2023-01-01' }],
    ['around May 4, 2025', undefined, { at: '2025-05-04', approximate: true, text: 'around May 4, 2025' }],
    ['approximately 2023-09-07', undefined, { at: '2023-09-07', approximate: true, text: 'approximately 2023-09-07' }],
    ['early May 2025', undefined, { at: '2025-05', approximate: true, text: 'early May 2025' }],
    ['mid-2023', undefined, { at: '2023', approximate: true, text: 'mid-2023' }],
    ['Sunday', '2025-05-05', { at: '2025-05-04', text: 'Sunday' }],
    ['Monday', '2025-05-05', { at: '2025-05-05', text: 'Monday' }],
    ['Preceding Sunday/Monday', '2025-05-05', { at: '2025-05-04', until: '2025-05-05', text: 'Preceding Sunday/Monday' }],
    ['Sunday/Monday', '2025-05-04', { at: '2025-04-28', until: '2025-05-04', text: 'Sunday/Monday' }],
    ['prior to Sunday reports', '2025-05-05', { at: '2025-05-04', bound: 'before', text: 'prior to Sunday reports' }],
    ['Sunday', undefined, { text: 'Sunday' }],
    ['Unknown', undefined, undefined],
  ];
  for (const [wording, reference, expected] of cases) {
    it(`${JSON.stringify(wording)}${reference ? ` (reference ${reference})` : ''}`, () => {
      expect(readTime(wording, reference).spec).toEqual(expected);
    });
  }

  it('reports impossible dates instead of rolling them over', () => {
    expect(readTime('2024-02-30')).toEqual({ problems: ['"2024-02-30" is not a real date: 2024-02 has 29 days'] });
    expect(readTime('February 30, 2024').problems).toEqual(['"February 30, 2024" is not a real date']);
    expect(readTime('2024-02-29').spec).toEqual({ at: '2024-02-29' });
    expect(readTime('2021-05-07 25:00 EDT').spec).toBeUndefined();
  });

  it('says when a weekday needs a reference date', () => {
    expect(readTime('prior to Sunday reports').unresolvedWeekday).toBe('Sunday');
    expect(readTime('prior to Sunday reports', '2025-05-05').unresolvedWeekday).toBeUndefined();
  });
});

describe('statuses', () => {
  const cases: [string, string, string][] = [
    ['Not detailed.', 'not-detailed', ''],
    ['Not detailed in the summary, implied movement within the infrastructure.', 'not-detailed', 'in the summary, implied movement within the infrastructure.'],
    ['Not explicitly stated, company founded in Israel.', 'not-detailed', 'company founded in Israel.'],
    ['Not applicable', 'not-applicable', ''],
    ['N/A', 'not-applicable', ''],
    ['None specified/defanged.', 'none-specified', 'defanged.'],
    ['None.', 'none-specified', ''],
    ['Unknown, prior to Sunday reports.', 'unknown', 'prior to Sunday reports.'],
    ['Unknown threat actor accessed the server.', 'described', 'Unknown threat actor accessed the server.'],
    ['None of the customer data was taken.', 'described', 'None of the customer data was taken.'],
    ['Not detailed.\u001b[0m', 'not-detailed', ''],
  ];
  for (const [value, status, rest] of cases) {
    it(JSON.stringify(value), () => expect(readStatus(value)).toEqual({ status, rest }));
  }
});

describe('tactics in headings and keys', () => {
  it('splits combined headings and reads stages', () => {
    expect(readTactics('Data Exfiltration/Impact')).toMatchObject({ tactics: ['exfiltration', 'impact'], stages: [] });
    expect(readTactics('Detection & Response')).toMatchObject({ tactics: [], stages: ['detection', 'response'] });
    expect(readTactics('Command and Control')).toMatchObject({ tactics: ['command-and-control'] });
    expect(readTactics('Exfiltration and Impact')).toMatchObject({ tactics: ['exfiltration', 'impact'] });
    expect(readTactics('TA0001')).toMatchObject({ tactics: ['initial-access'] });
    expect(readTactics('Day 1: Initial Access')).toMatchObject({ tactics: ['initial-access'], other: ['Day 1'] });
    expect(readTactics('Persistence - Privilege Escalation')).toMatchObject({ tactics: ['persistence', 'privilege-escalation'] });
  });

  it('keeps the legacy Defense Evasion label and reads typos as the nearest tactic', () => {
    expect(readTactics('Defense Evasion')).toMatchObject({ tactics: ['Defense Evasion'], legacy: [{ label: 'Defense Evasion' }] });
    expect(readTactics('Lateral Moovement')).toMatchObject({ tactics: ['lateral-movement'], typos: [{ label: 'Lateral Moovement', suggestion: 'Lateral Movement' }] });
    expect(readTactics('Ransomware Deployment')).toMatchObject({ tactics: [], other: ['Ransomware Deployment'] });
  });
});
