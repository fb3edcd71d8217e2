import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/model/incident.js';
import type { LoadedIncident, LoadResult } from '../../src/model/loaded.js';
import { isMarked } from '../../src/core/marks.js';
import { selectedRow } from '../../src/tui/state/selectors.js';
import type { Action, ExplorerState } from '../../src/tui/state/types.js';
import { run, shownKeys } from './bundled.js';
import { fixtureState, loadFixture } from './fixture.js';

const selectedKey = (state: ExplorerState) => selectedRow(state)?.key;
const selectKey = (key: string): Action => ({ type: 'select-key', key });

/** The fixture's load with each incident's events changed by `edit` (by incident id), as a reload would bring it. */
async function edited(edit: (id: string, events: TimelineEvent[]) => TimelineEvent[], extra: Partial<LoadResult> = {}): Promise<LoadResult> {
  const load = await loadFixture();
  const incidents = load.incidents.map((l): LoadedIncident => ({ ...l, incident: { ...l.incident, events: edit(l.incident.id, [...l.incident.events]) } }));
  return { ...load, incidents, ...extra };
}

/** An event added to the harbor incident at this time. */
const added = (id: string, at: string, title: string) => (incident: string, events: TimelineEvent[]) =>
  incident === 'harbor-outage' ? [...events, { ...events[0]!, id, title, time: { at } }] : events;
const without = (eventId: string) => (_: string, events: TimelineEvent[]) => events.filter((e) => e.id !== eventId);
const reloaded = (load: LoadResult): Action => ({ type: 'reloaded', load });

describe('reloaded', () => {
  test('an added event appears, the selected event stays selected on the same screen line, and the notice counts the change', async () => {
    const start = run(await fixtureState(), selectKey('harbor-outage/h05'));
    const next = run(start, reloaded(await edited(added('h20', '2024-02-15', 'Scanner probes the VPN'))));
    expect(selectedKey(next)).toBe('harbor-outage/h05');
    expect(next.cursor).toBe(start.cursor + 1);
    expect(next.cursor - next.top).toBe(start.cursor - start.top);
    expect(shownKeys(next)).toContain('harbor-outage/h20');
    expect(next.timeline.rows).toHaveLength(27);
    expect(next.notice).toBe('reloaded: 3 incidents, 27 events (+1)');
  });

  test('a removed selected event gives way to the event nearest in time, after it as well as before it', async () => {
    const start = run(await fixtureState(), selectKey('harbor-outage/h05'));
    const gone = run(start, reloaded(await edited(without('h05'))));
    // h04 (03:10) is 2 h 35 before it; h10 (the next day) 18 h after.
    expect(selectedKey(gone)).toBe('harbor-outage/h04');
    expect(gone.notice).toBe('reloaded: 3 incidents, 25 events (-1)');
    // h10 (03-03, midnight) is nearer to h06 (01:00) than to h05 (05:45 the day before).
    const later = run(await fixtureState(), selectKey('harbor-outage/h10'));
    expect(selectedKey(run(later, reloaded(await edited(without('h10')))))).toBe('harbor-outage/h06');
  });

  test('filters stay: the tactic filter, and the incident filter by incident, even when the files load in another order', async () => {
    const start = run(
      await fixtureState(),
      { type: 'set-filters', filters: { tactics: ['initial-access', 'exfiltration'], incidents: [1] } },
      selectKey('beacon-leak/b03'),
    );
    expect(shownKeys(start)).toEqual(['beacon-leak/b01', 'beacon-leak/b03']);
    const load = await edited((_, events) => events);
    const [first, ...others] = load.incidents;
    const next = run(start, reloaded({ ...load, incidents: [...others, first!] }));
    expect(next.filters.tactics).toEqual(['initial-access', 'exfiltration']);
    expect(next.incidents[next.filters.incidents[0]!]!.id).toBe('beacon-leak');
    expect(shownKeys(next)).toEqual(['beacon-leak/b01', 'beacon-leak/b03']);
    expect(selectedKey(next)).toBe('beacon-leak/b03');
  });

  test('marks, the marked-only view, the time mode and the last search stay', async () => {
    const marked = run(await fixtureState(), selectKey('harbor-outage/h07'), { type: 'key', name: 'm' }, { type: 'key', name: 'M' }, { type: 'cycle-time-mode' });
    const start = { ...marked, find: { ...marked.find, lastQuery: 'ransomware' } };
    const next = run(start, reloaded(await edited(added('h20', '2024-03-03T02:30Z', 'Second wave'))));
    expect(isMarked(next.marks, 'harbor-outage', 'h07')).toBe(true);
    expect(shownKeys(next)).toEqual(['harbor-outage/h07']);
    expect(next.timeMode).toBe(1);
    expect(next.find.lastQuery).toBe('ransomware');
  });

  test('a file that became invalid drops out with a notice; the rest stay and the explorer goes on', async () => {
    const load = await loadFixture();
    const broken: LoadResult = {
      ...load,
      incidents: load.incidents.filter((l) => l.incident.id !== 'cobalt-mail-hijack'),
      diagnostics: [{ file: 'three-incidents.json', line: 3, column: 7, severity: 'error', message: 'expected a comma' }],
    };
    const next = run(await fixtureState(), selectKey('cobalt-mail-hijack/c02'), reloaded(broken));
    expect(next.notice).toBe('reload: 1 file has errors (itx validate for details); kept 2 incidents');
    expect(next.incidents.map((i) => i.id)).toEqual(['harbor-outage', 'beacon-leak']);
    // c02 (03-08) is gone: b06 (03-07) is the nearest event left.
    expect(selectedKey(next)).toBe('beacon-leak/b06');
    expect(selectedKey(run(next, { type: 'move', by: 1 }))).toBe('beacon-leak/b07');
  });

  test('a load with no incidents at all keeps the last one on screen', async () => {
    const start = await fixtureState();
    const empty: LoadResult = { incidents: [], files: 1, diagnostics: [{ file: 'x.json', line: 1, column: 1, severity: 'error', message: 'bad' }] };
    const next = run(start, reloaded(empty));
    expect(next.timeline).toBe(start.timeline);
    expect(next.notice).toBe('reload: 1 file has errors (itx validate for details); kept 3 incidents');
  });

  test('an entity pivot stays with its events looked up again, and goes when the entity is gone', async () => {
    const start = await fixtureState();
    const entity = run(start, { type: 'prepare-entities' });
    const { indexesOf } = await import('../../src/tui/state/indexes.js');
    const tidal = indexesOf(entity).entities.entities.find((e) => e.name.includes('Tidal'))!;
    const pivoted = run(entity, { type: 'set-filters', filters: { ...entity.filters, entity: { key: tidal.key, name: tidal.name, eventKeys: indexesOf(entity).entities.eventKeySet(tidal.key) } } });
    const before = shownKeys(pivoted);
    expect(before.length).toBeGreaterThan(0);
    const next = run(pivoted, reloaded(await edited(added('h20', '2024-03-04', 'Tidal Response finds the loader'))));
    expect(next.filters.entity?.key).toBe(tidal.key);
    expect(shownKeys(next)).toEqual(expect.arrayContaining([...before, 'harbor-outage/h20']));
    const load = await loadFixture();
    const withoutTidal = { ...load, incidents: load.incidents.filter((l) => l.incident.id !== 'harbor-outage') };
    const gone = run(pivoted, reloaded(withoutTidal));
    expect(gone.filters.entity).toBeUndefined();
    expect(gone.notice).toMatch(/; .*Tidal.* is gone, pivot cleared$/);
  });

  test('an open search keeps its query and searches the new load; a presentation keeps its card', async () => {
    const typed = run(await fixtureState(), { type: 'open', overlay: 'search' }, { type: 'search-insert', text: 'ransomware' }, { type: 'search-run' });
    const next = run(typed, reloaded(await edited(added('h20', '2024-03-04', 'Ransomware note found on a laptop'))));
    expect(next.overlay?.kind === 'search' && next.overlay.input.text).toBe('ransomware');
    const searchedAgain = run(next, { type: 'search-run' });
    const titles = searchedAgain.overlay?.kind === 'search' ? searchedAgain.overlay.results.flatMap((r) => (r.kind === 'event' ? [r.hit.row.event.title] : [])) : [];
    expect(titles).toContain('Ransomware note found on a laptop');

    const presenting = run(await fixtureState(), selectKey('harbor-outage/h05'), { type: 'present-open' }, { type: 'present-step', by: 6 });
    const shown = (state: ExplorerState) => (state.screen.kind === 'present' ? state.timeline.rows[state.screen.rows[state.screen.at]!]!.key : undefined);
    expect(shown(presenting)).toBe('harbor-outage/h05');
    expect(shown(run(presenting, reloaded(await edited(added('h20', '2024-02-15', 'Earlier scan')))))).toBe('harbor-outage/h05');
  });

  test('R asks the shell for a reload and says so', async () => {
    const start = await fixtureState();
    const asked = run(start, { type: 'key', name: 'R' });
    expect(asked.reloads).toBe(1);
    expect(asked.notice).toBe('reloading…');
  });
});
