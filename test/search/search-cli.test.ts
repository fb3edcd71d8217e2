import { describe, expect, it } from 'vitest';
import { itx } from '../cli/run-itx.js';

const FIXTURES = ['test/fixtures/search/telemessage.json', 'test/fixtures/search/signal-chat.json'];

interface JsonOutput {
  query: string;
  entities: { key: string; name: string; incidents: { id: string; tag: string; events: number; linked: number; inferred: number }[] }[];
  events: { key: string; title: string }[];
}

describe('itx search', () => {
  it('prints Smarsh first for the typo "smrash" on the bundled incidents, and exits 0', () => {
    const run = itx(['search', 'smrash']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Entities (1)');
    expect(lines[1]).toMatch(/^ {2}Smarsh \(organization\)/);
    expect(lines[2]).toMatch(/^ {6}TM +telemessage-2025 +owner/);
  });

  it('shows each incident of an entity with its mention counts, then the events', () => {
    const run = itx(['search', 'vance', ...FIXTURES]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  JD Vance (person) — US Vice President  aka J.D. Vance, Vance\n');
    expect(run.stdout).toMatch(/^ {6}TM +telemessage-2025 +user, official +1 event: 1 inferred +~2025-05-06$/m);
    expect(run.stdout).toMatch(/^ {6}SG +signal-chat-2025 +official +1 event: 1 inferred +2025-03-15$/m);
    const events = run.stdout.slice(run.stdout.indexOf('Events ('));
    expect(events).toMatch(/^ {2}2025-03-15 +SG +Strike plans posted to the chat$/m);
  });

  it('gives JSON with the ranked entities, their incidents and the events', () => {
    const run = itx(['search', 'waltz', '--format', 'json', ...FIXTURES]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as JsonOutput;
    expect(out.query).toBe('waltz');
    expect(out.entities[0]?.key).toBe('person:mike-waltz');
    expect(out.entities[0]?.incidents.map((i) => [i.tag, i.events, i.linked, i.inferred])).toEqual([
      ['TM', 2, 1, 1],
      ['SG', 1, 1, 0],
    ]);
    expect(out.events.map((e) => e.key)).toContain('signal-chat-2025/added');
  });

  it('keeps to --limit', () => {
    const out = JSON.parse(itx(['search', 'a', '--limit', '2', '--format', 'json', ...FIXTURES]).stdout) as JsonOutput;
    expect(out.entities).toHaveLength(2);
    expect(out.events).toHaveLength(2);
  });

  it('exits 1 with a note on stderr when nothing matches, like grep', () => {
    const run = itx(['search', 'qqqxxzz', ...FIXTURES]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('itx: nothing matches "qqqxxzz" in 2 incident(s)\n');
    const json = itx(['search', 'kubernetes', '--format', 'json', ...FIXTURES]);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ query: 'kubernetes', entities: [], events: [] });
  });

  it('never echoes control characters of the query to the terminal', () => {
    const run = itx(['search', 'x\u001b]52;c;aGk=\u0007\u202e', ...FIXTURES]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    const json = itx(['search', 'qq\u202e', '--format', 'json', ...FIXTURES]);
    expect(json.stdout).toContain('"query": "qq\\u202e"');
  });

  it.each([
    ['no query', ['search']],
    ['an empty query', ['search', ' ']],
    ['--limit 0', ['search', 'smarsh', '--limit', '0']],
    ['--limit many', ['search', 'smarsh', '--limit', 'many']],
  ])('exits 2 on a usage error: %s', (_, args) => {
    const run = itx(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^itx: /);
  });

  it('documents its exit status in its help', () => {
    const run = itx(['search', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 when nothing did (as grep)');
  });
});
