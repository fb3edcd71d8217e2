import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareIncidents, type Comparison } from '../../src/core/compare/compare.js';
import { layoutComparison, type LayoutLine } from '../../src/core/compare/layout.js';
import { loadPaths } from '../../src/load/index.js';
import { displayWidth } from '../../src/text/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/compare/${name}`, import.meta.url));
const text = (line: LayoutLine) => line.cells.map((c) => c.text).join('');
const screen = (lines: LayoutLine[]) => lines.map(text).join('\n');

let comparison: Comparison;

beforeAll(async () => {
  const { incidents } = await loadPaths([fixture('day-level.json'), fixture('ranged.json'), fixture('instants.json')]);
  comparison = compareIncidents(incidents);
});

describe('layoutComparison in columns', () => {
  it('fits three incidents side by side in 80 columns, every line exactly 80 wide', () => {
    const layout = layoutComparison(comparison, { width: 80, height: 24 });
    expect(layout.mode).toBe('columns');
    expect(layout.columns).toEqual({ first: 0, count: 3, total: 3, perPage: 3 });
    expect(layout.visible).toHaveLength(24);
    for (const line of [...layout.header, ...layout.body, layout.footer]) expect(displayWidth(text(line))).toBe(80);
    expect(text(layout.header[0]!)).toMatch(/^INCIDENT +DL Day-level.* RANG Ranged.* IN Minute/);
  });

  it('puts the durations first, one measure per line, aligned under each incident', () => {
    const lines = layoutComparison(comparison, { width: 80, height: 24 }).body.map(text);
    expect(lines[0]).toMatch(/^── Durations ─+$/);
    expect(lines[2]).toMatch(/^Time to contain +1 d +15–17 d +-30m +$/);
    const columnOf = (s: string) => lines[2]!.indexOf(s);
    expect(lines[4]!.indexOf('unknown')).toBe(columnOf('1 d'));
    expect(lines[4]!.indexOf('~1 mo')).toBe(columnOf('15–17 d'));
  });

  it('aligns actions of one kind on one row, with a dash where an incident has none', () => {
    const lines = layoutComparison(comparison, { width: 80, height: 60 }).body.map(text);
    const suspend = lines.find((l) => l.startsWith('suspend-service*'))!;
    expect(suspend).toMatch(/^suspend-service\* +T\+1d Suspended all +— +T\+1h 20m Halted all +$/);
  });

  it('wraps long kinds at their hyphens and marks kinds only one incident has', () => {
    const lines = layoutComparison(comparison, { width: 80, height: 60 }).body.map(text);
    const at = lines.findIndex((l) => l.startsWith('engage-external-'));
    expect(lines[at + 1]).toMatch(/^responders\* ◆ /);
  });

  it('cuts a long action to three lines with "…", and shows it whole when selected', () => {
    const plain = screen(layoutComparison(comparison, { width: 80, height: 60 }).body);
    expect(plain).toContain('embedded in shared…');
    const layout = layoutComparison(comparison, { width: 80, height: 60 });
    const revoke = layout.actions.findIndex((a) => a.action.kind === 'revoke-credentials');
    const selected = layoutComparison(comparison, { width: 80, height: 60, selected: revoke });
    expect(screen(selected.body)).toMatch(/embedded in shared +\n +files +\n/);
    const highlighted = selected.body.flatMap((l) => l.cells.filter((c) => c.action === revoke).map((c) => c.text.trim()));
    expect(highlighted.join(' ')).toBe('▶T+17d Revoked the session tokens embedded in shared files');
  });

  it('pages columns at 60 wide: two at a time, the footer says which', () => {
    const first = layoutComparison(comparison, { width: 60, height: 20 });
    expect(first.columns).toEqual({ first: 0, count: 2, total: 3, perPage: 2 });
    expect(text(first.footer)).toMatch(/^incidents 1–2 of 3 {2}←\/→ more/);
    const next = layoutComparison(comparison, { width: 60, height: 20, columnOffset: 1 });
    expect(text(next.header[0]!)).toMatch(/^INCIDENT +RANG .* IN /);
    // Paging past the end shows the last full page rather than a half-empty one.
    expect(layoutComparison(comparison, { width: 60, height: 20, columnOffset: 9 }).columns.first).toBe(1);
    expect(layoutComparison(comparison, { width: 60, height: 20, columnOffset: 2, partialPages: true }).columns).toMatchObject({ first: 2, count: 1 });
  });

  it('leaves out a phase none of the incidents in view acted in', () => {
    const page = layoutComparison(comparison, { width: 60, height: 80, columnOffset: 0 });
    expect(screen(page.body)).not.toContain('Investigation ──');
    expect(screen(layoutComparison(comparison, { width: 60, height: 80, columnOffset: 1 }).body)).toContain('Investigation ──');
  });

  it('scrolls to keep the selected action in view, never past the end', () => {
    const all = layoutComparison(comparison, { width: 80, height: 10 });
    const last = all.actions.length - 1;
    const scrolled = layoutComparison(comparison, { width: 80, height: 10, selected: last });
    expect(scrolled.scroll).toBeGreaterThan(0);
    expect(scrolled.visible.some((l) => l.selected)).toBe(true);
    expect(scrolled.visible).toHaveLength(10);
    expect(layoutComparison(comparison, { width: 80, height: 10, scroll: 999 }).scroll).toBe(all.body.length - all.bodyHeight);
  });

  it('lists selectable actions in reading order with their timeline events', () => {
    const { actions } = layoutComparison(comparison, { width: 80, height: 24 });
    expect(actions[0]!.action.text).toBe('Took certain systems offline');
    expect(actions.find((a) => a.eventKey !== undefined)).toMatchObject({ column: 0, eventKey: 'day-level/e2' });
  });
});

describe('layoutComparison stacked', () => {
  it('stacks incidents one below the other under 60 columns', () => {
    const layout = layoutComparison(comparison, { width: 50, height: 200 });
    expect(layout.mode).toBe('stacked');
    expect(layout.header).toEqual([]);
    const lines = layout.body.map(text);
    const starts = ['DL ', 'RANG ', 'IN '].map((tag) => lines.findIndex((l) => l.startsWith(tag)));
    expect(starts.every((s, i) => s >= 0 && (i === 0 || s > starts[i - 1]!))).toBe(true);
    for (const line of [...layout.body, layout.footer]) expect(displayWidth(text(line))).toBe(50);
  });

  it('shows only the incident’s own actions, each under its kind', () => {
    const lines = layoutComparison(comparison, { width: 50, height: 200 }).body.map(text);
    const ranged = lines.slice(lines.findIndex((l) => l.startsWith('RANG ')), lines.findIndex((l) => l.startsWith('IN ')));
    expect(ranged.join('\n')).toMatch(/disable- +T\+15–17d Disabled the compromised\naccounts\* ◆ +service account/);
    expect(ranged.join('\n')).not.toContain('Suspended all services');
    expect(ranged.join('\n')).not.toContain('—');
  });

  it('uses short measure names when the label column is narrow, and names the action a span runs to when it fits', () => {
    const lines = layoutComparison(comparison, { width: 40, height: 200 }).body.map(text);
    expect(lines.filter((l) => /^Contain +1 d · suspend-service\* +$/.test(l))).toHaveLength(1);
  });
});
