import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/load/report/index.js';
import { Incident } from '../../src/model/incident.js';
import { importOne, messages, OKTA, readReport, SEED } from './helpers.js';

const REF = '2025-05-05';
const seed = readReport(SEED);
const okta = readReport(OKTA);
const original = importOne(seed, 'seed.txt', REF).incident;

/** The report's "## " sections, and what comes before the first one. */
function split(report: string): { head: string; sections: string[] } {
  const [head, ...sections] = report.split(/^(?=## )/m);
  return { head: head!, sections };
}

describe('report variants that mean the same thing import to the same incident', () => {
  const same: [string, (s: string) => string][] = [
    ['CRLF line ends', (s) => s.replace(/\n/g, '\r\n')],
    ['CR line ends', (s) => s.replace(/\n/g, '\r')],
    ['extra blank lines and trailing spaces', (s) => s.replace(/\n/g, '  \n\n')],
    ['headings one level deeper', (s) => s.replace(/^(#+) /gm, '#$1 ')],
    ['sections at the title level', (s) => s.replace(/^## /gm, '# ').replace(/^### /gm, '## ')],
    ['timeline subsections at the section level', (s) => s.replace(/^### /gm, '## ')],
    ['keys without bold', (s) => s.replace(/^- \*\*(.+?):\*\* /gm, '- $1: ')],
    ['bold keys with the colon outside', (s) => s.replace(/^- \*\*(.+?):\*\* /gm, '- **$1**: ')],
    ['"*" bullets', (s) => s.replace(/^- /gm, '* ')],
    ['a byte order mark', (s) => `\ufeff${s}`],
  ];
  for (const [name, change] of same) {
    it(name, () => {
      const { incident, result } = importOne(change(seed), 'seed.txt', REF);
      expect(incident).toEqual(original);
      expect(messages(result)).toEqual([]);
    });
  }

  it('sections in another order give the same facts', () => {
    const { head, sections } = split(seed);
    const shuffled = `${head}${[...sections].reverse().map((s) => (s.endsWith('\n') ? s : `${s}\n`)).join('')}`;
    const { incident } = importOne(shuffled, 'seed.txt', REF);
    const byId = (list: { id: string }[] | undefined) => [...(list ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(incident.entities)).toEqual(byId(original.entities));
    for (const field of ['title', 'summary', 'events', 'methodology', 'impact', 'indicators', 'responses', 'lessons', 'recommendations'] as const) {
      expect(incident[field]).toEqual(original[field]);
    }
  });
});

describe('report variants that lose or add something', () => {
  it('missing sections give a partial incident and one warning naming them', () => {
    const { head, sections } = split(seed);
    const kept = sections.filter((s) => !/^## (?:Timeline of Events|Indicators of Compromise)/.test(s));
    const { incident, result } = importOne(head + kept.join(''), 'seed.txt', REF);
    expect(incident.events).toEqual([]);
    expect(incident.indicators).toBeUndefined();
    expect(incident.methodology).toEqual(original.methodology);
    expect(messages(result)).toEqual(['0:0: warning: no "Timeline of Events", "Indicators of Compromise" sections; the incident has nothing from them']);
  });

  it('unknown keys and sections are kept as notes and listed as kept', () => {
    const changed = seed
      .replace('- **Geography:**', '- **Attack Surface:** An archive server reachable from the internet.\n- **Geography:**')
      .replace('## Attack Methodology', '## Threat Actor\nAn unnamed hacker shared screenshots with journalists.\n- **Motivation:** Unknown.\n\n## Attack Methodology');
    const { incident, result } = importOne(changed, 'seed.txt', REF);
    expect(incident.notes).toEqual(
      expect.arrayContaining([
        { heading: 'Incident Details: Attack Surface', text: 'An archive server reachable from the internet.' },
        { heading: 'Threat Actor', text: 'An unnamed hacker shared screenshots with journalists.\n- Motivation: Unknown.' },
      ]),
    );
    expect(result.summary.kept).toEqual(expect.arrayContaining(['Incident Details: Attack Surface', 'Threat Actor']));
  });

  it('a tactic typo is read as the nearest tactic, with a did-you-mean warning at its line:col', () => {
    const changed = seed.replace('### Lateral Movement', '### Lateral Moovement').replace('- **Lateral Movement:** Not detailed.', '- **Lateral Moovement:** Not detailed.');
    const { incident, result } = importOne(changed, 'seed.txt', REF);
    expect(incident.events[1]!.tactics).toEqual(['lateral-movement']);
    expect(incident.methodology!.find((m) => m.tactic === 'lateral-movement')!.status).toBe('not-detailed');
    expect(messages(result)).toEqual([
      '18:1: warning: unknown tactic "Lateral Moovement" in "Lateral Moovement"; did you mean "Lateral Movement"? Read as Lateral Movement',
      '32:1: warning: unknown tactic "Lateral Moovement" in "Lateral Moovement"; did you mean "Lateral Movement"? Read as Lateral Movement',
    ]);
  });

  it('a section heading typo is read as the section, with a warning', () => {
    const { incident, result } = importOne(seed.replace('## Impact Assessment', '## Impakt Assesment'), 'seed.txt', REF);
    expect(incident.impact).toEqual(original.impact);
    expect(messages(result)).toEqual(['36:1: warning: unknown section "Impakt Assesment"; did you mean "Impact Assessment"? Read as Impact Assessment']);
  });

  it('an impossible date is a warning at its line:col, and the wording is kept', () => {
    const { incident, result } = importOne(okta.replace('2023-09-28 to 2023-10-17', '2024-02-30'), 'okta.txt');
    expect(incident.started).toEqual({ text: '2024-02-30' });
    expect(messages(result)).toEqual([
      '9:22: warning: "2024-02-30" is not a real date: 2024-02 has 29 days; the date is left out (kept in the text). Correct it in the report',
    ]);
  });

  it('a text with no report in it is an error and no incident', () => {
    const result = importReport('just some words\nand more words', 'notes.txt', {});
    expect(result.incidents).toEqual([]);
    expect(messages(result)).toEqual([
      '0:0: error: no incident report found: expected a "# Incident Report: TITLE" heading and sections such as "## Executive Summary"',
    ]);
  });

  it('an invalid reference date is an error, and the report still imports', () => {
    const result = importReport(seed, 'seed.txt', { referenceDate: '2025-02-30' });
    expect(result.incidents).toHaveLength(1);
    expect(messages(result)[0]).toBe('0:0: error: reference date "2025-02-30" is not a date; give it as YYYY-MM-DD (the report\'s publication date)');
  });
});

describe('reports in other shapes', () => {
  it('bold-line headings, key lines without bullets, a flat dated timeline, methodology subsections and references', () => {
    const report = [
      '# Incident Report: Flat Example Breach',
      '**Executive Summary**',
      'A company was breached.',
      '',
      '**Incident Details**',
      'Discovery Date: 2024-03-01',
      'Affected Organization: Example Corp, a subsidiary of Parent Group',
      '',
      '## Timeline of Events',
      '- **2024-02-20:** Attacker logged in with a stolen password.',
      '- 2024-02-25 – Data was copied to an external server.',
      '- **2024-03-01 09:30 UTC:** The SOC detected the activity and disabled the account.',
      '- Something with no date.',
      '## Attack Methodology',
      '- **Collection/Exfiltration:** Archive and upload (T1560).',
      '### Persistence',
      'Scheduled tasks were created.',
      '## References',
      '- https://example.com/blog/breach - Example blog post, March 2, 2024',
    ].join('\n');
    const { incident } = importOne(report, 'flat.md');
    expect(incident.summary).toBe('A company was breached.');
    expect(incident.discovered).toEqual({ at: '2024-03-01' });
    expect(incident.entities!.map((e) => [e.name, e.roles])).toEqual([
      ['Example Corp', ['victim']],
      ['Parent Group', ['owner']],
    ]);
    expect(incident.events.map((e) => [e.time, e.title, e.stage])).toEqual([
      [{ at: '2024-02-20' }, 'Attacker logged in with a stolen password', 'attack'],
      [{ at: '2024-02-25' }, 'Data was copied to an external server', 'attack'],
      [{ at: '2024-03-01T09:30Z' }, 'The SOC detected the activity and disabled the account', 'response'],
    ]);
    expect(incident.notes).toEqual([{ heading: 'Timeline of Events', text: 'Something with no date.' }]);
    expect(incident.methodology!.map((m) => [m.tactic, m.techniques ?? []])).toEqual([
      ['collection', ['T1560']],
      ['exfiltration', ['T1560']],
      ['persistence', []],
    ]);
    expect(incident.sources[1]).toEqual({ id: 'ref-1', publisher: 'example.com', title: 'Example blog post, March 2, 2024', date: '2024-03-02', url: 'https://example.com/blog/breach' });
  });
});

describe('reports in still other shapes', () => {
  it('numbered section headings, dated timeline headings, "**Key**:" keys and a media lede', () => {
    const report = [
      'Full Report',
      'Hackers breached ExampleCloud, a hosting company, Reuters reported on Tuesday.',
      'Analysis Summary',
      '# Incident Report: ExampleCloud Hosting Breach',
      '## 1. Executive Summary',
      'ExampleCloud disclosed a breach of its control panel.',
      '## 2. Incident Details',
      '- **Date of Discovery**: May 4, 2025',
      '- **Date of Incident**: Late April 2025',
      '- **Affected Organization(s)**: ExampleCloud',
      '- **Date Reported:** May 6, 2025',
      '- **Reported by:** BleepingComputer and Jane Doe',
      '## 3. Timeline of Events',
      '### May 1, 2025 – Phishing email sent',
      '- **Details:** Employees received a phishing email.',
      '### May 4, 2025 – Intrusion detected',
      '- **Details:** The security team saw unusual logins.',
      '### Day 2: Execution',
      '- **Date/Time:** 2025-05-02, 14:00 UTC',
      '- **Details:** A malicious PowerShell script ran (T1059.001).',
      '## 4. Response Actions',
      '- **Mitigation measures:** Reset all passwords; enforced MFA.',
      '- **Recovery actions:** Investigation ongoing; service suspension is a precautionary measure.',
    ].join('\n');
    const { incident, result } = importOne(report, 'example.md', '2025-05-07');
    expect(incident.started).toEqual({ at: '2025-04', approximate: true, text: 'Late April 2025' });
    expect(incident.discovered).toEqual({ at: '2025-05-04' });
    expect(incident.events.map((e) => [e.time.at, e.stage, e.tactics ?? []])).toEqual([
      ['2025-05-01', 'attack', []],
      ['2025-05-04', 'detection', []],
      ['2025-05-02T14:00Z', 'attack', ['execution']],
    ]);
    expect(incident.events[2]!.techniques).toEqual(['T1059.001']);
    expect(incident.responses!.map((r) => [r.phase, r.action])).toEqual([
      ['containment', 'Reset all passwords'],
      ['containment', 'enforced MFA'],
      ['recovery', 'Investigation ongoing; service suspension is a precautionary measure'],
    ]);
    expect(incident.disclosed).toEqual({ at: '2025-05-06' });
    expect(incident.entities!.map((e) => [e.name, e.kind, e.roles ?? []])).toEqual([
      ['ExampleCloud', 'organization', ['victim']],
      ['BleepingComputer', 'media', ['reporter']],
      ['Jane Doe', 'person', ['reporter']],
      ['Reuters', 'media', ['reporter']],
    ]);
    expect(result.summary.mapped).toContain('2. Incident Details: Date of Discovery');
  });
});

describe('broken and hostile reports never crash the importer', () => {
  /** Imports and checks every incident against the schema; returns what came out. */
  function survives(source: string) {
    const result = importReport(source, 'broken.txt', { referenceDate: REF });
    for (const incident of result.incidents) {
      const parsed = Incident.safeParse(incident);
      if (!parsed.success) throw new Error(`invalid incident from ${JSON.stringify(source.slice(-60))}: ${parsed.error.message}`);
    }
    for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
    return result;
  }

  it('truncated at many offsets, mid-line included, gives partial incidents or a diagnostic', () => {
    for (const report of [seed, okta]) {
      for (let end = 0; end < report.length; end += 97) {
        const result = survives(report.slice(0, end));
        expect(result.incidents.length + result.diagnostics.length).toBeGreaterThan(0);
      }
    }
    // Cut inside a key, a date and a value: what was read so far is kept.
    const cut = survives(okta.slice(0, okta.indexOf('2023-10-17') + 6));
    const incident = cut.incidents[0] as Incident;
    expect(incident.started).toEqual({ at: '2023-09-28', text: '2023-09-28 to 2023-1' });
    expect(incident.discovered).toMatchObject({ at: '2023-10-02' });
  }, 60_000);

  it('escape sequences, NUL, bidi overrides and zero-width characters in headings, keys and values', () => {
    const hostile = seed
      .replace('## Impact Assessment', '## \u001b[1mImpact Assessment\u001b[0m')
      .replace('- **Financial:**', '- **Fin\u200bancial:**')
      .replace('### Initial Access', '### Initial\u0000 Access')
      .replace('TeleMessage (owned by Smarsh)', 'Tele\u202eMessage (owned by \u001b]52;c;ZXZpbA==\u0007Smarsh)')
      .replace('23.105', '\u001b[2J23.105');
    const result = survives(hostile);
    const incident = result.incidents[0] as Incident;
    expect(incident.impact!.map((i) => i.category)).toEqual(['financial', 'data', 'operational', 'reputational']);
    expect(incident.events[0]!.tactics).toEqual(['initial-access']);
    // Names are identifiers: the sequences are dropped from them, and the original wording is kept as a note.
    expect(incident.entities!.slice(0, 2).map((e) => [e.name, e.roles])).toEqual([
      ['TeleMessage', ['victim']],
      ['Smarsh', ['owner']],
    ]);
    expect(incident.notes).toContainEqual({ heading: 'Incident Details: Affected Organization', text: 'Tele\u202eMessage (owned by \u001b]52;c;ZXZpbA==\u0007Smarsh)' });
    const everyLine = survives(okta.replace(/\n/g, '\u001b[31m\u0000\u202e\n'));
    expect(everyLine.summary.mapped).toHaveLength(32);
    // At the start of every line they hide the headings: no report is found, and that is said.
    expect(messages(survives(okta.replace(/^/gm, '\u001b[31m')))).toEqual([
      '0:0: error: no incident report found: expected a "# Incident Report: TITLE" heading and sections such as "## Executive Summary"',
    ]);
  });

  it('random bytes, huge lines and odd Markdown', () => {
    survives('');
    survives('\u0000'.repeat(1000));
    survives(`# Incident Report: ${'x'.repeat(100_000)}`);
    survives(`# Incident Report: A\n## Timeline of Events\n${'### Impact\n- **Date/Time:** 2024-02-30\n'.repeat(200)}`);
    survives('# Incident Report: \n## \n- **:** \n- ** **\n1. \n* \n####### deep\n```\ncode\n```');
    survives('# Incident Report: A\n## Indicators of Compromise\n- **Network indicators:** ' + '1.2.3.4, '.repeat(2000));
    survives('# Incident Report: A\n## Executive Summary\n' + '(including '.repeat(500) + 'officials');
    // Long runs that make careless patterns quadratic: each must finish (the test timeout is the guard).
    for (const run of ['**a '.repeat(10_000), 'reported by A B C D E F G H '.repeat(1_000), 'A.'.repeat(20_000), 'May '.repeat(10_000), '1.'.repeat(20_000)]) {
      survives(`# Incident Report: A\n## Executive Summary\n${run}\n## Incident Details\n- **Details:** ${run}`);
    }
  }, 60_000);
});
