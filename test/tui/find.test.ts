// Search, the entity pivot, the entity card and n/N as reducer actions, on the bundled incidents.
import { describe, expect, test } from 'vitest';
import { matchesQuery } from '../../src/core/search/index.js';
import { headerLine } from '../../src/tui/present/header-line.js';
import { cardLines } from '../../src/tui/state/find-selectors.js';
import type { EntityCardOverlay, SearchOverlay } from '../../src/tui/state/find-types.js';
import { indexesOf } from '../../src/tui/state/indexes.js';
import { selectedDetail, selectedRow } from '../../src/tui/state/selectors.js';
import type { ExplorerState } from '../../src/tui/state/types.js';
import type { Action } from '../../src/tui/state/types.js';
import { bundledState, press, run, shownKeys, typeKeys as keysOf } from './bundled.js';

/** Typing, then the search the shell runs once the typed characters are on screen. */
const typeKeys = (text: string): Action[] => [...keysOf(text), { type: 'search-run' }];

const search = (state: ExplorerState) => state.overlay as SearchOverlay;
const names = (state: ExplorerState) => search(state).results.map((r) => (r.kind === 'entity' ? r.hit.entity.name : r.hit.row.event.title));
const text = (lines: readonly (readonly { text: string }[])[]) => lines.map((l) => l.map((s) => s.text).join(''));
const open = (state: ExplorerState) => run(state, ...press('/'));

describe('typing a query', () => {
  test('/ opens the overlay; results follow every keystroke, entities first', async () => {
    const start = await bundledState();
    const opened = open(start);
    expect(opened.overlay?.kind).toBe('search');
    expect(search(opened).results).toEqual([]);
    const s = run(opened, ...typeKeys('s'));
    const smarsh = run(s, ...typeKeys('marsh'));
    expect(search(smarsh).input).toEqual({ text: 'smarsh', caret: 6 });
    expect(names(smarsh)[0]).toBe('Smarsh');
    expect(names(s)).not.toEqual(names(smarsh));
    expect(search(smarsh).results.map((r) => r.kind)).toEqual([...search(smarsh).results].map((r) => r.kind).sort());
  });

  test('while searches are quick, an edit searches at once: one frame per key', async () => {
    const start = open(await bundledState());
    expect(search(start).inline).toBe(true);
    expect(names(run(start, ...keysOf('smarsh')))[0]).toBe('Smarsh');
  });

  test('after a slow search, an edit shows on the line at once and the search follows; Enter, ↑/↓ and Tab never act on older results', async () => {
    const start = run(open(await bundledState()), { type: 'search-pace', inline: false });
    const echoed = run(start, ...keysOf('smarsh'));
    expect(search(echoed).input.text).toBe('smarsh');
    expect(search(echoed).results).toEqual([]);
    expect(names(run(echoed, { type: 'search-run' }))[0]).toBe('Smarsh');
    expect(run(echoed, ...press('enter')).filters.entity?.name).toBe('Smarsh');
    expect(names(run(echoed, ...press('down')))[0]).toBe('Smarsh');
    expect(run(run(start, ...keysOf('waltz')), ...press('tab')).overlay?.kind).toBe('entity-card');
    // Quick again: edits search at once again.
    const quick = run(echoed, { type: 'search-pace', inline: true }, ...press('backspace'));
    expect(search(quick).searched).toBe('smars');
  });

  test('a typo still finds the entity; a query matching nothing lists nothing', async () => {
    const start = open(await bundledState());
    expect(names(run(start, ...typeKeys('smrash')))[0]).toBe('Smarsh');
    expect(names(run(start, ...typeKeys('qqxqzz')))).toEqual([]);
  });

  test('q, j, n and the like are letters of the query, not commands', async () => {
    const typed = run(open(await bundledState()), ...typeKeys('jq nN?xce'));
    expect(search(typed).input.text).toBe('jq nN?xce');
    expect(typed.quit).toBe(false);
  });

  test('Backspace, Ctrl-U, Ctrl-W, arrows and Home edit the line, and the results follow', async () => {
    const start = open(await bundledState());
    const typo = run(start, ...typeKeys('waltzx'));
    const fixed = run(typo, ...press('backspace'), { type: 'search-run' });
    expect(search(fixed).input.text).toBe('waltz');
    expect(names(fixed)[0]).toBe('Mike Waltz');
    expect(search(run(fixed, ...press('ctrl-u'), { type: 'search-run' })).results).toEqual([]);
    expect(search(run(fixed, ...typeKeys(' signal'), ...press('ctrl-w'))).input.text).toBe('waltz ');
    const inserted = run(start, ...typeKeys('mke'), ...press('left', 'left'), ...typeKeys('i'), ...press('end'), ...typeKeys(' waltz'));
    expect(search(inserted).input.text).toBe('mike waltz');
    expect(search(run(inserted, ...press('home', 'ctrl-k'))).input.text).toBe('');
  });

  test('a pasted chunk goes in whole: a Tab in it is a space, not "open the card"; a final line break is Enter', async () => {
    const start = open(await bundledState());
    const pasted = run(start, { type: 'keys', names: ['m', 'i', 'k', 'e', 'tab', 'w', 'a', 'l', 't', 'z'] });
    expect(pasted.overlay?.kind).toBe('search');
    expect(search(pasted).input.text).toBe('mike waltz');
    const line = run(start, { type: 'keys', names: ['s', 'm', 'a', 'r', 's', 'h', 'enter'] });
    expect(line.overlay).toBeUndefined();
    expect(line.filters.entity?.name).toBe('Smarsh');
    // Outside a text line a chunk is still one key press per character (key repeat over SSH).
    expect(run(await bundledState(), { type: 'keys', names: ['j', 'j', 'j'] }).cursor).toBe(3);
  });

  test('↑/↓ and Ctrl-N/Ctrl-P choose a result, within the list; Esc cancels and changes nothing', async () => {
    const start = await bundledState();
    const typed = run(open(start), ...typeKeys('waltz'));
    expect(search(run(typed, ...press('down', 'ctrl-n'))).cursor).toBe(2);
    expect(search(run(typed, ...press('down', 'ctrl-p', 'up'))).cursor).toBe(0);
    const count = search(typed).results.length;
    expect(search(run(typed, ...press(...Array(count + 5).fill('down')))).cursor).toBe(count - 1);
    const cancelled = run(typed, ...press('escape'));
    expect(cancelled.overlay).toBeUndefined();
    expect(cancelled.filters).toBe(start.filters);
    expect(cancelled.find.lastQuery).toBe('');
  });
});

describe('Enter', () => {
  test('on an entity pivots: only its events, linked and inferred, from every incident; the header says so; x clears it', async () => {
    const start = await bundledState();
    const pivoted = run(open(start), ...typeKeys('waltz'), ...press('enter'));
    const waltz = indexesOf(start).entities.entities.find((e) => e.name === 'Mike Waltz')!;
    expect(shownKeys(pivoted).sort()).toEqual([...indexesOf(start).entities.eventKeySet(waltz.key)].sort());
    expect(new Set(shownKeys(pivoted).map((k) => k.split('/')[0]))).toEqual(new Set(['signal-chat-2025', 'telemessage-2025']));
    const header = text([headerLine({ incidents: pivoted.incidents, filters: pivoted.filters, shown: pivoted.view.rows.length, total: 106, timeMode: { kind: 'utc' } }, 80)])[0];
    expect(header).toContain('entity: Mike Waltz');
    expect(pivoted.notice).toMatch(/^Mike Waltz: \d+ events in 2 incidents/);
    const cleared = run(pivoted, ...press('x'));
    expect(cleared.filters.entity).toBeUndefined();
    expect(cleared.view.rows).toHaveLength(start.timeline.rows.length);
  });

  test('on an event selects it, clearing a filter that hides it and saying so', async () => {
    const start = await bundledState();
    const filtered = run(start, { type: 'set-filters', filters: { tactics: ['impact'], incidents: [] } });
    const jumped = run(open(filtered), ...typeKeys('avsvmcloud'), ...press('enter'));
    expect(selectedRow(jumped)?.event.title).toContain('avsvmcloud');
    expect(jumped.filters.tactics).toEqual([]);
    expect(jumped.notice).toBe('the tactic filter cleared to show it');
    const unfiltered = run(open(start), ...typeKeys('avsvmcloud'), ...press('enter'));
    expect(selectedRow(unfiltered)?.key).toBe(selectedRow(jumped)?.key);
    expect(unfiltered.notice).toBeUndefined();
  });

  test('with nothing found closes and says so, keeping the query for n', async () => {
    const none = run(open(await bundledState()), ...typeKeys('qqxqzz'), ...press('enter'));
    expect(none.overlay).toBeUndefined();
    expect(none.notice).toBe('nothing matches "qqxqzz"');
    expect(none.find.lastQuery).toBe('qqxqzz');
  });
});

describe('entity card', () => {
  test('Tab on an entity result shows its card; Esc goes back to the results as they were', async () => {
    const typed = run(open(await bundledState()), ...typeKeys('waltz'));
    const card = run(typed, ...press('tab'));
    expect(card.overlay?.kind).toBe('entity-card');
    const lines = text(cardLines(card, (card.overlay as EntityCardOverlay).entityKey));
    expect(lines[0]).toBe('Mike Waltz');
    expect(lines.some((l) => /^Events +\d+ events: \d+ linked, \d+ inferred in 2 incidents$/.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('First')).length).toBe(2);
    expect(run(card, ...press('escape')).overlay).toEqual(typed.overlay);
    // Enter in the card pivots to the entity.
    expect(run(card, ...press('enter')).filters.entity?.name).toBe('Mike Waltz');
  });

  test('e shows the pivot\'s entity; without a pivot the selected event\'s first entity; Esc back to the timeline', async () => {
    const pivoted = run(open(await bundledState()), ...typeKeys('smarsh'), ...press('enter'));
    const card = run(pivoted, ...press('e'));
    expect(card.overlay).toMatchObject({ kind: 'entity-card', entityKey: pivoted.filters.entity!.key });
    expect(run(card, ...press('escape')).overlay).toBeUndefined();
    const start = run(await bundledState(), { type: 'prepare-entities' });
    const first = indexesOf(start).entities.entitiesOfRow(selectedRow(start)!.key)[0]!;
    expect(run(start, ...press('e')).overlay).toMatchObject({ kind: 'entity-card', entityKey: first.key });
  });
});

describe('n and N', () => {
  test('go to the next and previous event in view matching the last query, wrapping with a message', async () => {
    const start = await bundledState();
    const searched = run(open(start), ...typeKeys('waltz'), ...press('escape'));
    expect(run(searched, ...press('n')).notice).toBe('no search yet: / searches');
    const first = run(open(start), ...typeKeys('waltz'), ...press('enter', 'x', 'g'));
    const matching = shownKeys(first).filter((_, i) => matchesQuery(first.timeline.rows[first.view.rows[i]!]!, 'waltz'));
    expect(matching.length).toBeGreaterThan(3);
    const next = run(first, ...press('n'));
    expect(selectedRow(next)!.key).toBe(matching[0]);
    expect(next.notice).toBeUndefined();
    expect(selectedRow(run(next, ...press('n')))!.key).toBe(matching[1]);
    expect(selectedRow(run(next, ...press('n', 'N')))!.key).toBe(matching[0]);
    expect(selectedRow(run(next, ...press('N')))!.key).toBe(matching.at(-1));
    const last = run(first, ...press('G'), ...press('n'));
    expect(selectedRow(last)!.key).toBe(matching[0]);
    expect(last.notice).toBe('search wrapped');
    // The message goes with the next key.
    expect(run(last, ...press('j')).notice).toBeUndefined();
  });

  test('say so when nothing in view matches', async () => {
    const start = await bundledState();
    const searched = run(open(start), ...typeKeys('avsvmcloud'), ...press('enter'));
    const elsewhere = run(searched, { type: 'set-filters', filters: { tactics: [], incidents: [0] } });
    expect(run(elsewhere, ...press('n')).notice).toBe('no match for "avsvmcloud" in view');
  });
});

describe('the detail pane', () => {
  test('lists the event\'s entities with roles, and those its text only names as inferred, once the index is built', async () => {
    const start = await bundledState(100, 60);
    const row = start.timeline.rows.find((r) => r.event.title.includes('avsvmcloud') && r.event.title.startsWith('SUNBURST'))!;
    const at = run(start, { type: 'select-key', key: row.key });
    const before = text(selectedDetail(at)).join('\n');
    expect(before).toMatch(/Entities +SUNBURST \(malware\)/);
    expect(before).not.toContain('(inferred)');
    const ready = run(at, { type: 'prepare-entities' });
    const after = text(selectedDetail(ready));
    expect(after).toContain('Entities   SUNBURST (malware)');
    expect(after).toContain('           SolarWinds Orion Platform (inferred)');
  });

  test('shows indicators defanged; F shows them as written, and back', async () => {
    const start = await bundledState(100, 60);
    const row = start.timeline.rows.find((r) => r.event.title.includes('avsvmcloud.com'))!;
    const at = run(start, { type: 'select-key', key: row.key });
    expect(text(selectedDetail(at))[0]).toContain('avsvmcloud[.]com');
    const fanged = run(at, ...press('F'));
    expect(text(selectedDetail(fanged))[0]).toContain('avsvmcloud.com');
    expect(fanged.notice).toContain('as written');
    expect(text(selectedDetail(run(fanged, ...press('F'))))[0]).toContain('avsvmcloud[.]com');
  });
});
