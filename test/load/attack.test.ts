import { describe, expect, it } from 'vitest';
import { chooseIncidents, chooseTactics } from '../../src/core/filter.js';
import { NO_TACTIC } from '../../src/core/view.js';
import { TACTICS, lookupTactic, techniqueById } from '../../src/model/attack.js';
import type { Incident } from '../../src/model/incident.js';

describe('ATT&CK v19 tactics as the loader and filters read them', () => {
  it('has the 15 Enterprise v19 tactics in matrix order, Stealth and Defense Impairment included', () => {
    expect(TACTICS.map((t) => t.id)).toEqual([
      'TA0043', 'TA0042', 'TA0001', 'TA0002', 'TA0003', 'TA0004', 'TA0005', 'TA0112',
      'TA0006', 'TA0007', 'TA0008', 'TA0009', 'TA0011', 'TA0010', 'TA0040',
    ]);
    expect(TACTICS.find((t) => t.id === 'TA0005')?.name).toBe('Stealth');
  });

  it.each(['Initial Access', 'initial-access', 'TA0001', 'INITIAL ACCESS', 'initial_access', ' ta0001 '])('reads %j as initial-access', (label) => {
    const found = lookupTactic(label);
    expect(found.ok && found.tactics.map((t) => t.shortname)).toEqual(['initial-access']);
  });

  it('maps pre-v19 "Defense Evasion" to Stealth and Defense Impairment, with a note', () => {
    for (const label of ['Defense Evasion', 'defense-evasion']) {
      const found = lookupTactic(label);
      expect(found.ok && found.tactics.map((t) => t.shortname)).toEqual(['stealth', 'defense-impairment']);
      expect(found.ok && found.note).toMatch(/pre-v19/);
    }
  });

  it('suggests the nearest tactic for a typo and nothing for nonsense', () => {
    expect(lookupTactic('Lateral Moovement')).toEqual({ ok: false, label: 'Lateral Moovement', suggestion: 'lateral-movement' });
    expect(lookupTactic('banana')).toEqual({ ok: false, label: 'banana' });
  });

  it('knows techniques and sub-techniques of v19.1 and not made-up ids', () => {
    expect(techniqueById('T1566.002')?.name).toBeTruthy();
    expect(techniqueById('T9999')).toBeUndefined();
  });
});

describe('command-line filters', () => {
  it('takes a union of tactics, expands the legacy label once, and accepts "none"', () => {
    expect(chooseTactics(['TA0001', 'Defense Evasion', 'stealth', 'none'])).toEqual({
      ok: true,
      tactics: ['initial-access', 'stealth', 'defense-impairment', NO_TACTIC],
      notes: [expect.stringMatching(/^"Defense Evasion" is the pre-v19 name/)],
    });
  });

  it('stops at the first unknown tactic with a suggestion', () => {
    expect(chooseTactics(['impact', 'Exfiltraton'])).toEqual({ ok: false, label: 'Exfiltraton', suggestion: 'exfiltration' });
  });

  it('picks incidents by id or tag in any case', () => {
    const incidents = [
      { id: 'fixture-alpha', tag: 'FA' },
      { id: 'fixture-beta' },
    ] as Incident[];
    expect(chooseIncidents(['fa', 'FIXTURE-BETA'], incidents)).toEqual({ ok: true, incidents: [0, 1] });
    expect(chooseIncidents(['fixture-alfa'], incidents)).toEqual({ ok: false, label: 'fixture-alfa', suggestion: 'fixture-alpha' });
  });
});
