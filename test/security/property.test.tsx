// Random incidents full of hostile text load without throwing, and the explorer drawn from them at
// random sizes, with random keys and hostile text pasted, writes nothing to the terminal but its own
// drawing: no foreign escape sequence, no raw control, bidi or invisible character, no line wider or
// frame taller than the terminal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { render } from 'ink';
import { afterAll, describe, expect, test } from 'vitest';
import { loadPaths } from '../../src/load/index.js';
import { displayWidth } from '../../src/text/index.js';
import { Explorer } from '../../src/tui/Explorer.js';
import { TimeColumn } from '../../src/tui/present/time-column.js';
import { initialState } from '../../src/tui/state/init.js';
import { FakeStdin, FakeStdout, settle } from '../tui/render-at.js';
import { auditTerminalOutput, stripAllowed } from './escape-audit.js';
import { NASTY_STRINGS } from './nasty-strings.js';

const ROOT = mkdtempSync(path.join(tmpdir(), 'itx-property-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const ESC = '\x1b';
const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** One piece of hostile text: a corpus string, an escape sequence, a dangerous character, or arbitrary Unicode. */
const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS.filter((s) => !s.large).map((s) => s.value)),
  fc
    .tuple(fc.constantFrom('[', ']', 'P', '_', '^', 'X', '(', '#', '7', 'c', '\u009b', '\u009d'), fc.string({ unit: 'binary-ascii', maxLength: 12 }), fc.constantFrom('\x07', `${ESC}\\`, '\u009c', 'm', 'H', ''))
    .map(([intro, body, end]) => (intro.length === 1 && intro < '\u0080' ? ESC : '') + intro + body + end),
  char(0x00, 0x1f),
  char(0x7f, 0x9f),
  fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'),
  fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\u2061', '\u2064', '\ufeff', '\u00ad', '\u180e', '\u2028', '\u2029'),
  char(0xe0000, 0xe007f),
  char(0xd800, 0xdfff),
  fc.integer({ min: 1, max: 400 }).map((n) => `e${'\u0301'.repeat(n)}`),
  fc.constantFrom('\u{1f469}\u200d\u{1f4bb}', '\u{1f468}\u{1f3fd}\u200d\u{1f692}', '\u200d\u{1f4bb}', 'メール', '\u{1f511}'),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.string({ maxLength: 40 }),
);

const hostileText = fc.array(hostilePiece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));

const timeSpec = fc.oneof(
  fc.constantFrom({ at: '2024-01-02' }, { at: '2024-02' }, { at: '2024-03-04T05:06Z' }, { at: '2024', approximate: true }),
  hostileText.map((text) => ({ text })),
  fc.record({ at: fc.constantFrom('2024-05-05', '2023-12'), text: hostileText }),
);

const KNOWN_TACTIC = fc.constantFrom('initial-access', 'Defense Evasion', 'TA0040', 'exfiltration');
// An unknown tactic turns the incident away (an error), so hostile labels are only in the load test.
const ANY_TACTIC = fc.oneof(KNOWN_TACTIC, hostileText);

const event = (i: number, tactic: fc.Arbitrary<string>) =>
  fc.record(
    {
      id: fc.constant(`e${i}`),
      time: timeSpec,
      title: hostileText,
      description: hostileText,
      stage: fc.constantFrom('attack', 'detection', 'response'),
      tactics: fc.array(tactic, { maxLength: 2 }),
      entities: fc.constant(['ent0']),
      sources: fc.constant(['src']),
    },
    { requiredKeys: ['id', 'time', 'title', 'stage'] },
  );

/** A whole incident with hostile text in every free-text field, events and entities included. */
const hostileIncident = (tactic: fc.Arbitrary<string>) =>
  fc.tuple(
    fc.record({ title: hostileText, summary: hostileText, tag: hostileText.map((t) => t.slice(0, 6)), geography: hostileText }),
    fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => event(i, tactic)))),
    fc.record({ name: hostileText, alias: hostileText, role: hostileText, publisher: hostileText, url: hostileText }),
    fc.array(fc.record({ value: hostileText, action: hostileText, lesson: hostileText }), { maxLength: 2 }),
  )
  .map(([head, events, people, extras]) => ({
    schemaVersion: 1,
    id: 'hostile',
    ...head,
    sources: [{ id: 'src', publisher: people.publisher, title: head.title, url: people.url }],
    entities: [{ id: 'ent0', name: people.name, kind: 'person', aliases: [people.alias], roles: [people.role] }],
    events,
    indicators: extras.map((x) => ({ type: 'network', value: x.value })),
    responses: extras.map((x) => ({ phase: 'containment', action: x.action })),
    lessons: extras.map((x) => ({ kind: 'takeaway', text: x.lesson })),
  }));

/** A file name a file system accepts, made of hostile text. */
const hostileFileName = hostileText
  .map((t) => t.replace(/[/\0]/g, '_'))
  .filter((t) => Buffer.byteLength(t) <= 200 && t !== '.' && t !== '..');

const KEYS = ['j', 'k', 'G', 'g', '\t', '?', 't', '\x1b', 'z', 'i', '\r', '\x1b[6~', 'J', 'K', '\x1b[1;5P', '\x1b[6n'];

// Some keys, then hostile text pasted into the search line (or as keys elsewhere), escape
// sequences included (Ctrl+F1 is "\x1b[1;5P" in xterm), then more keys.
const typing = fc
  .tuple(fc.array(fc.constantFrom(...KEYS), { maxLength: 3 }), fc.constantFrom('/', 'j', 'e'), hostileText, fc.array(fc.constantFrom(...KEYS), { maxLength: 3 }))
  .map(([before, opener, pasted, after]) => [...before, opener, pasted, ...after]);

let runs = 0;
function writeIncident(name: string, incident: unknown): string {
  const dir = path.join(ROOT, String(runs++));
  mkdirSync(dir);
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(incident));
  return file;
}

/** Draws the explorer at `columns` x `rows`, types `keys`, and returns everything Ink wrote, frame by frame. */
async function drive(file: string, incidents: Awaited<ReturnType<typeof loadPaths>>['incidents'], columns: number, rows: number, keys: string[]): Promise<string[]> {
  const state = initialState(incidents, { columns, rows }, 'UTC', [file]);
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const times = new TimeColumn(state.timeline.rows, state.timeModes);
  // Not debug mode: the writes are exactly what a terminal would get, erase and cursor codes included.
  const instance = render(<Explorer initial={state} times={times} color onQuit={() => {}} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  try {
    await settle();
    for (const key of keys) {
      stdin.write(key);
      await settle();
    }
  } finally {
    instance.unmount();
  }
  return stdout.frames;
}

describe('hostile text in random incidents', () => {
  test('loads through loadPaths without throwing, from files with hostile names', async () => {
    await fc.assert(
      fc.asyncProperty(hostileIncident(ANY_TACTIC), hostileFileName, async (incident, name) => {
        const result = await loadPaths([writeIncident(name, incident)]);
        expect(result.files).toBe(1);
        for (const d of result.diagnostics) expect(auditTerminalOutput(`${d.file} ${d.message}`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  test('the explorer at 20–200 x 5–60 writes only its own escape codes, no hidden characters, nothing too wide', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileIncident(KNOWN_TACTIC),
        hostileFileName,
        fc.integer({ min: 20, max: 200 }),
        fc.integer({ min: 5, max: 60 }),
        typing,
        async (incident, name, columns, rows, keys) => {
          const file = writeIncident(name, incident);
          const { incidents } = await loadPaths([file]);
          expect(incidents).toHaveLength(1);
          const writes = await drive(file, incidents, columns, rows, keys);
          expect(writes.length).toBeGreaterThan(0);
          // Write by write, so a frame that is too tall is named before the screen clear Ink sends after it.
          for (const write of writes) {
            const lines = stripAllowed(write).replace(/\n$/, '').split('\n');
            expect(lines.length, JSON.stringify(lines)).toBeLessThan(rows);
            for (const line of lines) expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(columns);
            expect(auditTerminalOutput(write)).toEqual([]);
          }
          // And as one stream, in case a sequence started in one write and ended in the next.
          expect(auditTerminalOutput(writes.join(''))).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  }, 30_000);
});
