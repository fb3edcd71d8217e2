// The hostile fixture directory, test/fixtures/hostile/, and the few files too big or too odd to
// commit. The committed files are generated from the corpus here and pinned by hostile-fixture.test.ts,
// so the corpus and the files cannot drift apart (`npx vitest run test/security -u` rewrites them).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NASTY_STRINGS, type NastyString } from './nasty-strings.js';

/** The committed fixture directory: hostile files with good files beside them. */
export const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

const ESC = '\x1b';
const BEL = '\x07';

/** Text after the nasty string in a title: when it is on screen, nothing swallowed the rest of the line. */
export const END_MARK = '|end';

/** The day of the corpus event at `index`, so the timeline lists the corpus in its own order. */
function dayOf(index: number): string {
  return new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
}

/** One incident with one event per nasty string: the string in the title (after its name) and in the description. */
export function corpusIncident(strings: readonly NastyString[], id = 'hostile-corpus'): object {
  return {
    schemaVersion: 1,
    id,
    tag: 'NASTY',
    title: 'Hostile strings corpus: every event carries one attack on the terminal',
    summary: 'A test fixture: each event title is a corpus name followed by its nasty string.',
    sources: [{ id: 'corpus', publisher: 'itx tests', title: 'test/security/nasty-strings.ts' }],
    events: strings.map((s) => ({
      id: s.name,
      time: { at: dayOf(NASTY_STRINGS.indexOf(s)) },
      title: `${s.name} ${s.value}${END_MARK}`,
      description: `${s.why}. Sample: ${s.value}${END_MARK}`,
      stage: 'attack',
      sources: ['corpus'],
    })),
  };
}

/** The events of the committed corpus file, in timeline order. */
export const CORPUS_EVENTS = NASTY_STRINGS.filter((s) => !s.large);

/** An incident with a hostile string in every other kind of field: tag, entities, sources, times, indicators, responses. */
export function fieldsIncident(): object {
  return {
    schemaVersion: 1,
    id: 'hostile-fields',
    tag: '\u202eLIF',
    title: `Fields ${ESC}]0;title from a field${BEL}with \u202eelif-live\u202c and ${ESC}[2J inside`,
    summary: `Summary that sets the clipboard ${ESC}]52;c;cm0gLXJmIH4K${BEL} and rings ${BEL}${BEL}`,
    status: 'ongoing',
    organization: 'victim',
    sectors: [`energy${ESC}[1A`, '\u200bfinance'],
    geography: `Nowhere\r${ESC}[31mSomewhere`,
    started: { at: '2023-11-01', approximate: true },
    discovered: { text: `the night of ${ESC}]2;a lie${BEL}Tuesday\u2067` },
    sources: [
      {
        id: 'src',
        publisher: `Gazette${ESC}P$q;1\n${ESC}\\`,
        title: `Report \u{e0049}\u{e0047}\u{e004e} hidden`,
        url: `https://evil.example/${ESC}]8;;https://bank.example/${ESC}\\`,
        date: '2023-11-05',
      },
    ],
    entities: [
      { id: 'victim', name: `Victim\u202e Corp`, kind: 'organization', roles: ['victim'], aliases: [`V${ESC}[2JC`] },
      { id: 'actor', name: `Actor \u0085Group\u2028`, kind: 'threat-actor', title: `boss${ESC}_Gkitty${ESC}\\`, roles: ['attacker'] },
    ],
    events: [
      {
        id: 'f1',
        time: { at: '2023-11-01', text: `around ${ESC}[6n the first` },
        title: `Field event with a hostile entity and time text ${ESC}[?1049l`,
        description: `Linked to the actor. ${ESC}c reset.`,
        stage: 'attack',
        tactics: ['initial-access'],
        entities: [{ ref: 'actor', role: `attacker${ESC}[5m` }, 'victim'],
        sources: ['src'],
      },
    ],
    indicators: [
      { type: 'network', kind: 'url', value: `https://evil.example/${ESC}]52;c;?${BEL}path`, description: `C2 ${ESC}[8mhidden` },
      { type: 'network', kind: 'domain', value: 'pay\u200bpal.example' },
      { type: 'file', kind: 'filename', value: 'invoice\u202efdp.exe' },
    ],
    responses: [
      { phase: 'containment', action: `Isolated the host${ESC}[1A${ESC}[2K`, actor: `Team\u202e`, outcome: `done\r FAILED` },
      { phase: 'recovery', action: `Restored ${ESC}]0;x${BEL}from backup`, time: { at: '2023-11-03' } },
    ],
    lessons: [{ kind: 'takeaway', text: `Lesson ${'\u0301'.repeat(50)} with marks` }],
    recommendations: [`Recommend ${ESC}[?2004l${ESC}[201~ nothing`],
    notes: [{ heading: `Note ${ESC}7`, text: `Body ${ESC}8` }],
  };
}

/** A report with raw escape bytes (a JSON file cannot hold raw C0 characters in strings, a report can). */
export function hostileReport(): string {
  return [
    `# Incident Report: Hostile report ${ESC}]0;report title${BEL}with raw bytes`,
    '',
    '## Executive Summary',
    `A report that writes the clipboard ${ESC}]52;c;cm0gLXJmIH4K${BEL}, clears the screen ${ESC}[2J${ESC}[3J and hides \u202etxet\u202c.`,
    '',
    '## Incident Details',
    '- **Discovery Date:** 2024-06-01',
    '- **Incident Date:** 2024-05-30',
    `- **Organization:** Report\u200b Victim Ltd`,
    '',
    '## Timeline of Events',
    `- **2024-05-30:** Report event with a cursor move ${ESC}[1A${ESC}[2K and a bare CR\rhere.`,
    `- **2024-06-01:** Report event with a kitty image ${ESC}_Ga=T;AAAA${ESC}\\ and 8-bit CSI \u009b2J done.`,
    '',
    '## Indicators of Compromise',
    `- **URL:** https://evil.example/${ESC}]8;;https://bank.example/${ESC}\\login`,
    '',
    '## Response Actions',
    `- **Containment:** Blocked the domain ${ESC}[?1000h and reset passwords.`,
    '',
  ].join('\n');
}

/** A good incident, to check the good files beside the hostile ones still work. */
export function goodIncident(): object {
  return {
    schemaVersion: 1,
    id: 'good-neighbour',
    tag: 'GOOD',
    title: 'Good neighbour: a well-formed incident beside hostile files',
    sources: [{ id: 'memo', publisher: 'Fixture Gazette', title: 'Good neighbour memo', date: '2023-02-10' }],
    entities: [{ id: 'acme', name: 'Acme Widgets', kind: 'organization', roles: ['victim'] }],
    events: [
      { id: 'g1', time: { at: '2023-02-01' }, title: 'Good event one: phishing mail opened', stage: 'attack', tactics: ['initial-access'], entities: ['acme'], sources: ['memo'] },
      { id: 'g2', time: { at: '2023-02-02' }, title: 'Good event two: alert raised by the SOC', stage: 'detection', sources: ['memo'] },
      { id: 'g3', time: { at: '2023-02-03' }, title: 'Good event three: mailbox rules removed', stage: 'response', sources: ['memo'] },
    ],
    responses: [{ phase: 'eradication', action: 'Removed the forwarding rules', time: { at: '2023-02-03' } }],
  };
}

/** The committed files: name -> content. */
export function committedFiles(): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'nasty-corpus.json': json(corpusIncident(CORPUS_EVENTS)),
    'hostile-fields.json': json(fieldsIncident()),
    'hostile-report.txt': hostileReport(),
    'good-neighbour.json': json(goodIncident()),
    // A raw ESC inside a JSON string is a syntax error; the parser's message must not quote it raw.
    'raw-escape-syntax-error.json': `{"schemaVersion": 1, "id": "raw", "title": "raw ${ESC}]0;pwned${BEL} bytes"}\n`,
    // An unknown key that is itself an escape sequence: the diagnostic names the key.
    'hostile-key.json': json({ ...(goodIncident() as Record<string, unknown>), id: 'hostile-key', [`${ESC}]0;key title${BEL}`]: 1 }),
  };
}

/** The file named with a right-to-left override: shown as "invoice<U+202E>nosj.json", it would read "invoicejson.json". */
export const RLO_FILE_NAME = 'invoice\u202enosj.json';
/** A file named with an OSC title set in it. */
export const ESC_FILE_NAME = `osc-${ESC}]0;name title${BEL}.json`;

/**
 * A temporary copy of the hostile directory plus what is never committed: the RLO- and ESC-named files
 * (whose bad key makes every command name them) and an incident with an unterminated 1 MB OSC.
 */
export function makeHostileDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'itx-hostile-'));
  cpSync(HOSTILE_DIR, dir, { recursive: true });
  const named = (id: string) => `${JSON.stringify({ ...(goodIncident() as Record<string, unknown>), id, tag: 'NAMED', events: [], unexpected: true })}\n`;
  writeFileSync(path.join(dir, RLO_FILE_NAME), named('rlo-named'));
  writeFileSync(path.join(dir, ESC_FILE_NAME), named('esc-named'));
  writeFileSync(path.join(dir, 'unterminated-osc.json'), `${JSON.stringify(corpusIncident(NASTY_STRINGS.filter((s) => s.large), 'unterminated-osc'))}\n`);
  return dir;
}
