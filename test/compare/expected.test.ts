import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareIncidents } from '../../src/core/compare/compare.js';
import { loadPaths } from '../../src/load/index.js';
import { renderCompareMarkdown } from '../../src/output/compare-md.js';

// The reviewed comparison of every bundled incident. After a deliberate change to the data or the
// comparison, regenerate it and read the diff before committing:
//   UPDATE_EXPECTED=1 npx vitest run test/compare/expected.test.ts
const EXPECTED = fileURLToPath(new URL('./expected/compare-bundled.md', import.meta.url));

describe('itx compare on the bundled incidents', () => {
  it('prints the reviewed Markdown comparison', async () => {
    const { incidents, diagnostics } = await loadPaths([]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const markdown = renderCompareMarkdown(compareIncidents(incidents));
    if (process.env.UPDATE_EXPECTED === '1' || !existsSync(EXPECTED)) writeFileSync(EXPECTED, markdown);
    expect(markdown, 'the comparison changed: if that is intended, regenerate with UPDATE_EXPECTED=1 and review the diff').toBe(
      readFileSync(EXPECTED, 'utf8'),
    );
  });
});
