import { describe, expect, test } from 'vitest';
import { presentCard, presentedRow } from '../../src/tui/state/present.js';
import { selectedRow } from '../../src/tui/state/selectors.js';
import { keyContext } from '../../src/tui/keymap.js';
import type { ExplorerState } from '../../src/tui/state/types.js';
import { bundledState, onlyIncident, press, run, textOf } from './helpers.js';

const telemessage = async (columns = 80, rows = 24) => onlyIncident(await bundledState(columns, rows), 'telemessage-2025');
const cardText = (state: ExplorerState) => presentCard(state).map(textOf).join('\n');
/** The card's words with line breaks and wrapping indents as single spaces. */
const cardWords = (state: ExplorerState) => cardText(state).replace(/\s+/g, ' ');
const at = (state: ExplorerState) => (state.screen.kind === 'present' ? `${state.screen.at + 1}/${state.screen.rows.length}` : 'not presenting');

describe('presentation mode', () => {
  test('p opens on the first event in view; →, Space and l step forward, ←, h and Backspace back, within bounds', async () => {
    const start = await telemessage();
    const shown = press(start, 'p');
    expect(keyContext(shown)).toBe('present');
    expect(at(shown)).toBe('1/13');
    expect(presentedRow(shown)?.key).toBe('telemessage-2025/e01');
    expect(at(press(shown, 'right', 'space', 'l'))).toBe('4/13');
    expect(at(press(shown, 'right', 'space', 'l', 'left', 'h'))).toBe('2/13');
    expect(at(press(shown, 'right', 'backspace'))).toBe('1/13');
    expect(press(shown, 'left')).toBe(shown);
    const last = press(shown, 'G');
    expect(at(last)).toBe('13/13');
    expect(press(last, 'right')).toBe(last);
    expect(at(press(last, 'g'))).toBe('1/13');
  });

  test('the card says the time with fidelity and T+ offset, incident, stage, tactics, title, description, entities, sources', async () => {
    const shown = press(await telemessage(), 'p', 'right', 'right');
    const card = cardText(shown);
    expect(card).toContain('≤ 2025-05-04 (day, on or before) · ~T+0d from incident start');
    expect(card).toContain('TM  TeleMessage Service Breach');
    expect(card).toMatch(/Attack, \w+ · TA0001 Initial Access/);
    expect(card).toMatch(/┌─+┐\n\s+│ Hackers claim to have breached TeleMessage +│\n\s+└─+┘/);
    expect(card).toContain('Vector: Unspecified hacking/breach');
    expect(cardWords(shown)).toMatch(/Entities Unnamed hacker \(404 Media's source\) \(attacker\), TeleMessage \(victim\)/);
    expect(card).toMatch(/Sources +imtr\[.\]net \(analysis summary\)/);
    expect(cardWords(shown)).toMatch(/404 Media, 2025-05-0\d/);
  });

  test('filters apply: only the events in view are presented', async () => {
    const start = run(await telemessage(), { type: 'set-filters', filters: { tactics: ['initial-access'], incidents: [] } });
    const shown = press(start, 'p');
    expect(at(shown)).toBe(`1/${start.view.rows.length}`);
    const titles = Array.from({ length: start.view.rows.length }, (_, i) => presentedRow(press(shown, ...Array(i).fill('right')))!.event.tactics);
    expect(titles.every((tactics) => tactics?.includes('initial-access'))).toBe(true);
  });

  test('Esc goes back to the timeline on the event last shown; q too, unless started as itx present', async () => {
    const shown = press(await telemessage(), 'p', 'right', 'right', 'right');
    const back = press(shown, 'escape');
    expect(back.screen.kind).toBe('timeline');
    expect(selectedRow(back)?.key).toBe('telemessage-2025/e04');
    expect(selectedRow(press(shown, 'q'))?.key).toBe('telemessage-2025/e04');
    expect(press(shown, 'q').quit).toBe(false);
    const standalone = run(await telemessage(), { type: 'present-open', standalone: true });
    expect(press(standalone, 'q').quit).toBe(true);
    expect(press(standalone, 'escape').screen.kind).toBe('timeline');
  });

  test('nothing in view: p says so and stays on the timeline', async () => {
    const empty = run(await bundledState(), { type: 'set-filters', filters: { tactics: ['resource-development'], incidents: [0] } });
    expect(empty.view.rows).toHaveLength(0);
    const after = press(empty, 'p');
    expect(after.screen.kind).toBe('timeline');
    expect(after.notice).toMatch(/no event in view to present/);
  });

  test('a card taller than a small screen scrolls with j/k, within bounds', async () => {
    const shown = press(await telemessage(40, 12), 'p');
    const lines = presentCard(shown).length;
    const bottom = press(shown, ...Array(60).fill('j'));
    expect(bottom.screen.kind === 'present' && bottom.screen.scroll).toBe(lines - (bottom.viewport.rows - 3 - 1));
    expect(press(bottom, ...Array(80).fill('k')).screen).toMatchObject({ scroll: 0 });
    expect(press(bottom, 'right').screen).toMatchObject({ at: 1, scroll: 0 });
  });
});

describe('redaction', () => {
  test("r hides the officials' and journalists' names behind placeholders by role; r again shows them", async () => {
    const shown = press(await telemessage(), 'p');
    expect(cardText(shown)).toContain('Mike Waltz');
    const redacted = press(shown, 'r');
    const card = cardWords(redacted);
    for (const name of ['Mike Waltz', 'Waltz', 'JD Vance', 'Tulsi Gabbard', 'Marco Rubio']) expect(card).not.toContain(name);
    expect(card).toContain('Reuters photo shows Official 1 using');
    expect(card).toContain('chats with Official 2, Official 3 and Official 4');
    expect(card).toContain('Official 1 (user), Official 2 (official)');
    // Organisations, products and outlets stay.
    expect(card).toContain("TeleMessage's TM SGNL");
    expect(card).toContain('Reuters (photographer)');
    expect(cardText(press(redacted, 'r'))).toContain('Mike Waltz');
  });

  test('placeholders stay the same from card to card, numbered by first appearance in the events in view', async () => {
    const redacted = press(await telemessage(), 'p', 'r');
    const micah = cardWords(press(redacted, ...Array(6).fill('right')));
    expect(micah).toContain('Independent journalist Journalist 1 reports the breach');
    const wyden = cardWords(press(redacted, 'G'));
    // The four officials of the first card come first, Ron Wyden later.
    expect(wyden).toMatch(/Senator Official \d asks the Justice Department/);
    expect(wyden).not.toMatch(/Official [1-4]\b asks/);
    expect(cardWords(press(redacted, 'G', 'g'))).toContain('Reuters photo shows Official 1 using');
    expect(redacted.screen).toMatchObject({ redacted: true });
  });

  test('itx present --redact opens redacted; r then shows the names', async () => {
    const opened = run(await telemessage(), { type: 'present-open', standalone: true, redacted: true });
    expect(cardWords(opened)).toContain('Reuters photo shows Official 1 using');
    expect(cardWords(press(opened, 'r'))).toContain('Reuters photo shows Mike Waltz using');
  });

  test('the header says REDACTED only while redacting', async () => {
    const { headerLine } = await import('../../src/tui/present/header-line.js');
    const state = await telemessage();
    const facts = { incidents: state.incidents, filters: state.filters, shown: 13, total: 106, timeMode: { kind: 'utc' } as const };
    expect(textOf(headerLine({ ...facts, redacted: true }, 80))).toMatch(/^ itx +REDACTED /);
    expect(textOf(headerLine(facts, 80))).not.toContain('REDACTED');
    expect(textOf(headerLine({ ...facts, redacted: true }, 40))).toContain('REDACTED');
  });
});
