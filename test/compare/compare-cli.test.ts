import { describe, expect, it } from 'vitest';
import { itx } from '../cli/run-itx.js';

const FIXTURES = ['test/fixtures/compare/day-level.json', 'test/fixtures/compare/ranged.json', 'test/fixtures/compare/instants.json'];

/** The cells of the Markdown table row starting with `label`, split on unescaped pipes. */
function mdRow(markdown: string, label: string): string[] {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${label}`));
  if (!line) throw new Error(`no table row "${label}" in:\n${markdown}`);
  return line.slice(2, -2).split(/(?<!\\) \| /);
}

/** The Markdown table under a "## heading", as rows of cells (header row first). */
function mdTable(markdown: string, heading: string): string[][] {
  const section = markdown.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    .map((l) => l.slice(2, -2).split(/(?<!\\) \| /));
}

describe('itx compare', () => {
  it('lines TeleMessage’s suspend-service up against Okta’s first containment action, with time to contain for both', () => {
    const run = itx(['compare', '--incident', 'telemessage-2025', '--incident', 'okta-support-2023', '--format', 'md']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(mdRow(run.stdout, 'Measure')).toEqual(['Measure', 'TM', 'OKTA']);
    const [, tm, okta] = mdRow(run.stdout, 'Time to contain');
    expect(tm).toMatch(/^\\~1 d · suspend-service$/);
    const oktaFirst = /^(?:≤ |≥ |\\~)*\d+(?:–\d+)? d · ([a-z-]+)$/.exec(okta!);
    expect(oktaFirst, `Okta's time to contain: "${okta}"`).not.toBeNull();
    // That kind is Okta's action in the first containment row it has an action on.
    const containment = mdTable(run.stdout, 'Containment');
    expect(containment[0]).toEqual(['Kind', 'TM', 'OKTA']);
    expect(containment[1]![0]).toMatch(/^suspend-service/);
    expect(containment[1]![1]).toMatch(/^\\~T\+1d Temporarily suspended "all services"/);
    const firstOkta = containment.slice(1).find((row) => row[2] !== '—')!;
    expect(firstOkta[0]).toMatch(new RegExp(`^${oktaFirst![1]}`));
  });

  it('prints the comparison as text fitting the width, page by page, with every incident listed whole', () => {
    const run = itx(['compare', ...FIXTURES, '--width', '60']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'DL  Day-level incident: service suspended the day after discovery (day-level)',
      'RANG  Ranged incident: accounts disabled weeks after the first alert (ranged-2023)',
      'IN  Minute-precise incident with a contradiction and an unknown kind (instants)',
    ]);
    expect(lines).toContain('Incidents 1–2 of 3');
    expect(lines).toContain('Incident 3 of 3');
    expect(lines.filter((l) => l.startsWith('INCIDENT '))).toHaveLength(2);
    expect(lines.slice(4).every((l) => l.length <= 60)).toBe(true);
    expect(lines.at(-1)).toBe('◆ only one incident  ·  * kind inferred from text');
    // On screen a long action is cut at three lines; in print it is whole.
    expect(run.stdout).not.toContain('…  ');
    expect(run.stdout).toMatch(/embedded in shared\n +files\n/);
  });

  it('fits 100 columns in a pipe', () => {
    const run = itx(['compare', ...FIXTURES]);
    expect(Math.max(...run.stdout.split('\n').slice(4).map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(run.stdout).toMatch(/^INCIDENT +DL Day-level.* RANG Ranged.* IN Minute/m);
  });

  it('warns on stderr about a kind outside the vocabulary, and still compares', () => {
    const run = itx(['compare', ...FIXTURES, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^itx: warning: .*instants\.json: incident "instants" responses\[4\]\.kind "ritual-sacrifice"/m);
    const out = JSON.parse(run.stdout) as { incidents: { id: string }[]; durations: { measure: string; cells: { display: string; min: number | null }[] }[] };
    expect(out.incidents.map((i) => i.id)).toEqual(['day-level', 'ranged-2023', 'instants']);
    const dwell = out.durations.find((d) => d.measure === 'dwell')!.cells[0]!;
    expect(dwell).toMatchObject({ display: '≥ 0 d' });
    expect(dwell.min).not.toBeNull();
  });

  it('exits 2 for an unknown incident, suggesting the near one and listing those loaded', () => {
    const run = itx(['compare', ...FIXTURES, '--incident', 'ranged-2032']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no loaded incident has the id or tag "ranged-2032" for --incident (did you mean "ranged-2023"?)');
    expect(run.stderr).toContain('loaded: day-level (DL), ranged-2023 (RANG), instants (IN)');
  });

  it('exits 2 for a width too small to lay anything out', () => {
    const run = itx(['compare', ...FIXTURES, '--width', '5']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--width must be a whole number of columns, at least 20');
  });
});
