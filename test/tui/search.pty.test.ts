// Search, the entity pivot and the compare screen in a real pseudo-terminal, on the bundled incidents. Needs `npm run build`.
import { afterEach, describe, expect, test } from 'vitest';
import { KEYS, spawnItx, type PtySession } from '../pty/harness.js';

let session: PtySession | undefined;

afterEach(() => {
  session?.dispose();
  session = undefined;
});

/** Lines of the event list: the selection marker or a space, then a time. */
const listRows = (lines: string[]) => lines.filter((l) => /^[> ](~|≤ |≥ )?\d{4}-\d\d/.test(l));

// Generous limits for a loaded CI machine; each test normally takes 1–3 s.
describe('search and compare in a terminal', { timeout: 20_000 }, () => {
  test('/ waltz lists Mike Waltz in 2 incidents; the line edits; smarsh Enter leaves only Smarsh events', async () => {
    const itx = (session = spawnItx([], { cols: 80, rows: 24, timeoutMs: 10_000 }));
    await itx.waitForText(/ 1\/106$/m);
    itx.press('/');
    await itx.waitForText('Search:');
    // The whole word in one write, as a fast typist over SSH or a paste sends it.
    itx.press('waltz');
    const waltz = await itx.waitForText(/^> Mike \[Waltz\]  person · 2 incidents, \d+ events/m);
    // The caret is an inverse cell after the text.
    expect(waltz[1]).toMatch(/^Search: waltz ?$/);
    // Both Backspace codes, then Ctrl-U clears the line.
    itx.press('xx', KEYS.backspace, '\b');
    await itx.waitFor((lines) => lines[1]!.trimEnd() === 'Search: waltz' && lines[4]!.startsWith('> Mike [Waltz]'), 'the query back to "waltz"');
    itx.press(KEYS.ctrlU);
    await itx.waitForText('Type a name');
    itx.press('smarsh');
    await itx.waitForText(/^> \[Smarsh\]  organization/m);
    itx.press(KEYS.enter);
    const pivoted = await itx.waitForText(/entity: Smarsh/);
    expect(pivoted[0]).toMatch(/^ itx +8 incidents +2\/106 events +entity: Smarsh +UTC *$/);
    const rows = listRows(pivoted);
    expect(rows).toHaveLength(2);
    // Smarsh is named by the TeleMessage incident only: every row shown is one of its events.
    for (const row of rows) expect(row).toMatch(/^[> ]\S.{16} TM /);
    // x clears the pivot; the selected event stays selected.
    itx.press('x');
    const cleared = await itx.waitForText(/106\/106 events/);
    const selected = (lines: string[]) => lines.find((l) => l.startsWith('>'))?.trimEnd();
    expect(selected(cleared)).toBe(selected(pivoted));
    itx.press('q');
    expect(await itx.exited).toEqual({ exitCode: 0 });
  });

  test('c shows every bundled incident\'s actions side by side with durations, paged with h/l, and fits 60x20 after a resize', async () => {
    const itx = (session = spawnItx([], { cols: 80, rows: 24, timeoutMs: 10_000 }));
    await itx.waitForText(/ 1\/106$/m);
    itx.press('c');
    const first = await itx.waitForText('incidents 1–3 of 8');
    expect(first[1]).toMatch(/^INCIDENT +CHC .+ CPL .+ MOVE /);
    expect(first.slice(2, 7).join('\n')).toMatch(/── Durations ─+\nDwell time +\S[\s\S]*Time to contain/);
    itx.press('l');
    const second = await itx.waitForText('incidents 4–6 of 8');
    expect(second[1]).toMatch(/^INCIDENT +OKTA .+ SIG .+ SW /);
    itx.press('l');
    await itx.waitForText('incidents 6–8 of 8');
    itx.resize(60, 20);
    // Two incidents fit side by side at 60 columns; the page keeps its first column.
    const narrow = await itx.waitFor((lines) => lines[17] !== undefined && lines[17].startsWith('incidents 6–7 of 8'), 'the comparison at 60x20');
    expect(narrow[1]).toMatch(/^INCIDENT +SW .+ TM /);
    expect(narrow[2]).toMatch(/^── Durations ─+$/);
    expect(narrow[18]).toMatch(/^j\/k action +h\/l incidents/);
    itx.press(KEYS.escape);
    await itx.waitForText(/\d+\/106$/m);
    itx.press('q');
    expect(await itx.exited).toEqual({ exitCode: 0 });
  });
});
