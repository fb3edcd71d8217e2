import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTimeline } from '../../src/core/timeline.js';
import { loadPaths } from '../../src/load/index.js';
import { EXIT, UsageError, reportFailure } from '../../src/cli/exit.js';
import { csvCell } from '../../src/output/csv.js';
import { mdCell } from '../../src/output/markdown.js';
import { renderTimelineMarkdown } from '../../src/output/timeline-md.js';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])('%j becomes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('Markdown cells', () => {
  it('cannot open a link, an HTML tag, a new row or a new line', () => {
    expect(mdCell('[click](http://x) <img src=x> a|b\nnext')).toBe('\\[click\\](http://x) \\<img src=x\\> a\\|b next');
  });

  it('renders the fixtures as one table row per event', async () => {
    const loaded = await loadPaths(['test/fixtures/good']);
    const md = renderTimelineMarkdown(buildTimeline(loaded.incidents).rows);
    expect(md).toContain('9 events from 3 incidents; times in UTC');
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Time') && !l.startsWith('| ---'))).toHaveLength(9);
    expect(md).toContain('| 2024-03-07 | FB | Stealth, Defense Impairment | attack | Audit logging switched off |');
  });
});

describe('failures', () => {
  afterEach(() => vi.restoreAllMocks());

  function stderrOf(run: () => number): { code: number; text: string } {
    let text = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      text += String(chunk);
      return true;
    });
    const code = run();
    return { code, text };
  }

  it('shows a usage error as one line and exit code 2', () => {
    expect(stderrOf(() => reportFailure(new UsageError('unknown tactic "x"'), false))).toEqual({
      code: EXIT.usage,
      text: 'itx: unknown tactic "x"\nRun `itx --help` for usage.\n',
    });
  });

  it('shows an unexpected error as one line pointing at --debug, and the stack only with --debug', () => {
    const error = new Error('boom \u001b]0;title\u0007');
    const brief = stderrOf(() => reportFailure(error, false));
    expect(brief.code).toBe(EXIT.internal);
    expect(brief.text).toMatch(/^itx: unexpected error: boom [^\u001b]*\nRun with --debug for details\.\n$/);
    vi.restoreAllMocks();
    const detailed = stderrOf(() => reportFailure(error, true));
    expect(detailed.text).toContain('at ');
    expect(detailed.text).not.toContain('\u001b');
  });
});
