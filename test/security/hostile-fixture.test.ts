// The committed hostile fixtures are exactly what the corpus generates (rewrite with `-u`).
import { describe, expect, test } from 'vitest';
import { committedFiles } from './hostile-fixture.js';
import { NASTY_STRINGS } from './nasty-strings.js';

describe('test/fixtures/hostile', () => {
  for (const [name, content] of Object.entries(committedFiles())) {
    test(`${name} matches the corpus`, async () => {
      await expect(content).toMatchFileSnapshot(`../fixtures/hostile/${name}`);
    });
  }

  test('the corpus names each attack once and holds at least 25 strings', () => {
    const names = NASTY_STRINGS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(25);
    for (const s of NASTY_STRINGS) expect(s.name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  test('the JSON file holds escapes as JSON escapes ("\\u001b"), C1 and bidi characters raw', () => {
    const text = committedFiles()['nasty-corpus.json']!;
    expect(text).toContain('\\u001b[31mred alert');
    expect(text).not.toContain('\x1b');
    expect(text).toContain('\u009b2J');
    expect(text).toContain('\u202e');
  });
});
