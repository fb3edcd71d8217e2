import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isMarked, toggleMark } from '../../src/core/marks.js';
import { MARKS_FILE_NAME, readMarksFile } from '../../src/load/marks-file.js';
import { Explorer } from '../../src/tui/Explorer.js';
import { openMarksStore } from '../../src/tui/marks-store.js';
import { TimeColumn } from '../../src/tui/present/time-column.js';
import { visibleListItems, currentColumns } from '../../src/tui/present/list-lines.js';
import { presentCard } from '../../src/tui/state/present.js';
import { selectedRow } from '../../src/tui/state/selectors.js';
import type { ExplorerState } from '../../src/tui/state/types.js';
import { renderAt, type Rendered } from '../tui/render-at.js';
import { bundledState, press, textOf } from './helpers.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'itx-marks-ui-'));
const flagged = (state: ExplorerState) => {
  const times = new TimeColumn(state.timeline.rows, state.timeModes);
  return visibleListItems(state, times, currentColumns(state, times)).flatMap((item) => (item.kind === 'row' && item.cells.flag === '*' ? [item.key] : []));
};
const shownKeys = (state: ExplorerState) => state.view.rows.map((i) => state.timeline.rows[i]!.key);

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

describe('marks in the explorer', () => {
  test('m marks the selected event, flagged "*" in the list and on its card; m again unmarks it', async () => {
    const start = await bundledState();
    const first = selectedRow(start)!.key;
    const marked = press(start, 'm');
    expect(flagged(marked)).toEqual([first]);
    expect(marked.notice).toMatch(/^marked/);
    expect(presentCard(press(marked, 'p')).map(textOf).join('\n')).toContain('* marked');
    const unmarked = press(marked, 'm');
    expect(flagged(unmarked)).toEqual([]);
    expect(unmarked.notice).toBe('unmarked');
  });

  test('M shows only marked events (the header says so), follows unmarking, and M or x shows all again', async () => {
    const start = await bundledState();
    const two = press(start, 'm', 'j', 'j', 'm');
    const keys = [shownKeys(start)[0], shownKeys(start)[2]];
    const only = press(two, 'M');
    expect(shownKeys(only)).toEqual(keys);
    expect(only.filters.marked).toBeDefined();
    const fewer = press(only, 'm');
    expect(shownKeys(fewer)).toHaveLength(1);
    expect(shownKeys(press(fewer, 'M'))).toHaveLength(start.view.rows.length);
    expect(shownKeys(press(only, 'x'))).toHaveLength(start.view.rows.length);
  });

  test('M with nothing marked says how to mark instead of showing an empty list', async () => {
    const after = press(await bundledState(), 'M');
    expect(after.view.rows.length).toBeGreaterThan(0);
    expect(after.notice).toMatch(/no marked events yet/);
  });

  test('m in presentation mode marks the card shown', async () => {
    const shown = press(await bundledState(), 'p', 'right', 'right', 'm');
    const row = shown.screen.kind === 'present' ? shown.timeline.rows[shown.screen.rows[2]!]! : undefined;
    expect(isMarked(shown.marks, row!.incident.id, row!.event.id)).toBe(true);
    expect(flagged(press(shown, 'escape'))).toEqual([row!.key]);
  });

  test('marks of events not in the data are kept when others change', async () => {
    const start = await bundledState();
    const withGone = { ...start, marks: toggleMark(start.marks, 'gone-incident', 'e99') };
    const after = press(withGone, 'm');
    expect(isMarked(after.marks, 'gone-incident', 'e99')).toBe(true);
  });
});

describe('marks saved beside the data', () => {
  test('the explorer saves each mark through the shell, atomically, and a restart reads them back', async () => {
    const dir = tempDir();
    const store = openMarksStore([dir]);
    expect(store.file).toBe(path.join(dir, MARKS_FILE_NAME));
    const state = await bundledState();
    const times = new TimeColumn(state.timeline.rows, state.timeModes);
    rendered = renderAt(<Explorer initial={state} times={times} color={false} onQuit={() => {}} onMarksChange={store.save} />, 80, 24);
    const lines = (await rendered.type('jm')).map((l) => stripVTControlCharacters(l));
    const key = shownKeys(state)[1]!;
    const [incidentId, eventId] = key.split('/') as [string, string];
    // The save runs once the frame with the mark is drawn.
    const saved = await vi.waitFor(() => readFileSync(store.file, 'utf8'));
    expect(JSON.parse(saved)).toEqual({ version: 1, marks: { [incidentId]: [eventId] } });
    expect(lines.find((l) => l.startsWith('>'))).toMatch(/ \*\S/);
    // No temporary file is left beside the sidecar.
    expect(readdirSync(dir)).toEqual([MARKS_FILE_NAME]);
    rendered.unmount();

    const again = openMarksStore([dir]);
    expect(isMarked(again.initial, incidentId, eventId)).toBe(true);
    rendered = renderAt(<Explorer initial={{ ...state, marks: again.initial }} times={times} color={false} onQuit={() => {}} onMarksChange={again.save} />, 80, 24);
    const restarted = (await rendered.type('j')).map((l) => stripVTControlCharacters(l));
    expect(restarted.find((l) => l.startsWith('>'))).toMatch(/ \*\S/);
  });

  test('marks of events no longer in the data stay in the sidecar when others are saved', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, MARKS_FILE_NAME), JSON.stringify({ version: 1, marks: { 'gone-incident': ['e99'] } }));
    const store = openMarksStore([dir]);
    const state = { ...(await bundledState()), marks: store.initial };
    const times = new TimeColumn(state.timeline.rows, state.timeModes);
    rendered = renderAt(<Explorer initial={state} times={times} color={false} onQuit={() => {}} onMarksChange={store.save} />, 80, 24);
    await rendered.type('m');
    const [incidentId, eventId] = shownKeys(state)[0]!.split('/') as [string, string];
    await vi.waitFor(() => expect(isMarked(readMarksFile(store.file).marks, incidentId, eventId)).toBe(true));
    expect(isMarked(readMarksFile(store.file).marks, 'gone-incident', 'e99')).toBe(true);
  });

  test('a mark that cannot be saved is said on the status line; the explorer goes on', async () => {
    const dir = tempDir();
    // A folder where the sidecar should be: no file can replace it.
    mkdirSync(path.join(dir, MARKS_FILE_NAME));
    const store = openMarksStore([dir]);
    const state = await bundledState();
    const times = new TimeColumn(state.timeline.rows, state.timeModes);
    rendered = renderAt(<Explorer initial={state} times={times} color={false} onQuit={() => {}} onMarksChange={store.save} />, 80, 24);
    await rendered.type('m');
    // The save runs after the frame with the mark is drawn; its failure comes in a later frame.
    await vi.waitFor(() => expect(stripVTControlCharacters(rendered!.lines().at(-1)!)).toMatch(/^marks not saved to .*\.itx-marks\.json: /));
    const moved = (await rendered.type('j')).map((l) => stripVTControlCharacters(l));
    expect(moved.at(-1)).toMatch(/2\/\d+$/);
  });

  test('a corrupt sidecar is set aside and reported; marks start empty', () => {
    const dir = tempDir();
    const file = path.join(dir, MARKS_FILE_NAME);
    writeFileSync(file, '{"version": 1, "marks": {"tm": [');
    const store = openMarksStore([dir]);
    expect(store.initial.size).toBe(0);
    expect(store.notice).toMatch(/^\.itx-marks\.json was not valid: set aside as \.itx-marks\.json\.corrupt-\d{8}T\d{6}Z; marks start empty$/);
    expect(store.diagnostics[0]).toMatchObject({ severity: 'warning', file });
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.itx-marks\.json\.corrupt-/)]);
    expect(store.save(toggleMark(store.initial, 'telemessage-2025', 'e01'))).toBeUndefined();
    expect(isMarked(readMarksFile(file).marks, 'telemessage-2025', 'e01')).toBe(true);
  });
});
