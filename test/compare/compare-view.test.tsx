import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import chalk from 'chalk';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { compareIncidents, type Comparison } from '../../src/core/compare/compare.js';
import { layoutComparison } from '../../src/core/compare/layout.js';
import { loadPaths } from '../../src/load/index.js';
import { displayWidth } from '../../src/text/index.js';
import { CompareView, type CompareViewProps } from '../../src/tui/views/CompareView.js';
import { renderAt, type Rendered } from '../tui/render-at.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/compare/${name}`, import.meta.url));

let fixtures: Comparison;
let bundled: Comparison;
let rendered: Rendered | undefined;

beforeAll(async () => {
  fixtures = compareIncidents((await loadPaths([fixture('day-level.json'), fixture('ranged.json'), fixture('instants.json')])).incidents);
  bundled = compareIncidents((await loadPaths([])).incidents);
});

afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function view(props: Partial<CompareViewProps> & { comparison: Comparison; width: number; height: number }): string[] {
  rendered = renderAt(<CompareView columnOffset={0} scroll={0} selected={undefined} color={false} {...props} />, props.width, props.height + 1);
  return rendered.lines().map((l) => stripVTControlCharacters(l));
}

describe.each([
  [80, 24, 3],
  [60, 20, 2],
])('compare view at %ix%i', (width, height, perPage) => {
  test(`fills the view exactly, ${perPage} bundled incidents side by side, durations first, paging on the last line`, () => {
    const lines = view({ comparison: bundled, width, height });
    expect(lines).toHaveLength(height);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    const tags = bundled.incidents.slice(0, perPage).map((i) => i.tag);
    expect(lines[0]).toMatch(new RegExp(`^INCIDENT +${tags.join(' .*')} `));
    expect(lines[1]).toMatch(/^── Durations ─+$/);
    expect(lines.slice(2, 6).map((l) => l.split(/ {2,}/)[0])).toEqual(['Dwell time', 'Time to contain', 'Time to disclose', 'Time to recover']);
    expect(lines.at(-1)).toMatch(new RegExp(`^incidents 1–${perPage} of ${bundled.incidents.length} {2}←/→ more`));
  });
});

describe('compare view', () => {
  test('pages to the next incidents', () => {
    const lines = view({ comparison: bundled, width: 80, height: 24, columnOffset: 3 });
    const tags = bundled.incidents.slice(3, 6).map((i) => i.tag);
    expect(lines[0]).toMatch(new RegExp(`^INCIDENT +${tags.join(' .*')} `));
    expect(lines.at(-1)).toMatch(/^incidents 4–6 of /);
  });

  test('stacks incidents below 60 columns', () => {
    const lines = view({ comparison: fixtures, width: 50, height: 20 });
    expect(lines[0]).toBe('DL Day-level incident: service suspended the day');
    expect(lines[2]).toMatch(/^Dwell time +≥ 0 d/);
    expect(lines.at(-1)).toMatch(/^3 incidents/);
  });

  test('keeps the status line at the bottom when the comparison is short', () => {
    const lines = view({ comparison: compareIncidents([]), width: 80, height: 12 });
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toMatch(/^0 incidents/);
  });

  test('shows the selected action whole and inverted, scrolled into view', () => {
    const level = chalk.level;
    chalk.level = 3;
    try {
      const { actions } = layoutComparison(fixtures, { width: 80, height: 12 });
      const revoke = actions.findIndex((a) => a.action.kind === 'revoke-credentials');
      rendered = renderAt(<CompareView comparison={fixtures} width={80} height={12} columnOffset={0} scroll={0} selected={revoke} color />, 80, 13);
      const frame = rendered.lines();
      const plain = frame.map((l) => stripVTControlCharacters(l));
      expect(plain.join('\n')).toMatch(/T\+17d Revoked the(.|\n)*session tokens(.|\n)*embedded in shared(.|\n)*files/);
      // Inverse runs from ESC[7m to ESC[27m, with colour codes inside.
      const inverted = frame.flatMap((l) => [...l.matchAll(/\x1b\[7m(.*?)\x1b\[27m/g)].map((m) => stripVTControlCharacters(m[1]!).trim()));
      expect(inverted.join(' ')).toBe('▶T+17d Revoked the session tokens embedded in shared files');
    } finally {
      chalk.level = level;
    }
  });
});
