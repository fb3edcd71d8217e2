import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyAction, unknownKindWarning } from '../../src/core/compare/classify.js';
import { KIND_RULES, matchKindRule } from '../../src/core/compare/kind-rules.js';
import { ACTION_KINDS, ACTION_KIND_NAMES } from '../../src/core/compare/kinds.js';

const fixtureActions = JSON.parse(
  readFileSync(new URL('../fixtures/compare/actions.json', import.meta.url), 'utf8'),
) as { text: string; kind: string }[];
const docs = readFileSync(new URL('../../docs/action-kinds.md', import.meta.url), 'utf8');

describe('kind inference rules', () => {
  it.each(KIND_RULES.map((rule) => [rule.kind, rule.example] as const))('%s: its own example "%s" infers it', (kind, example) => {
    expect(matchKindRule(example)?.kind).toBe(kind);
  });

  it.each(fixtureActions.map((a) => [a.text, a.kind] as const))('"%s" -> %s', (text, kind) => {
    expect(classifyAction({ phase: 'containment', action: text })).toEqual({ kind, inferred: true, unknown: false });
  });

  it('gives every vocabulary kind but "other" a rule', () => {
    const ruled = new Set(KIND_RULES.map((r) => r.kind));
    expect(ACTION_KIND_NAMES.filter((k) => k !== 'other' && !ruled.has(k as never))).toEqual([]);
  });
});

describe('kinds stated by the data', () => {
  it('takes a documented kind as given, not inferred, whatever the text says', () => {
    expect(classifyAction({ phase: 'containment', kind: 'pay-ransom', action: 'Suspended all services' })).toEqual({
      kind: 'pay-ransom',
      inferred: false,
      unknown: false,
    });
  });

  it('accepts a documented kind written with capitals or spaces', () => {
    expect(classifyAction({ phase: 'containment', kind: 'Suspend Service', action: 'x' }).kind).toBe('suspend-service');
  });

  it('keeps an unknown kind as the data wrote it and flags it', () => {
    expect(classifyAction({ phase: 'recovery', kind: 'ritual-sacrifice', action: 'x' })).toEqual({
      kind: 'ritual-sacrifice',
      inferred: false,
      unknown: true,
    });
  });

  it('warns about an unknown kind with its place and the likely intended kind', () => {
    const warning = unknownKindWarning('suspend-servce', { file: 'data/tm.json', incidentId: 'tm', index: 2 });
    expect(warning).toContain('data/tm.json: incident "tm" responses[2].kind "suspend-servce"');
    expect(warning).toContain('did you mean "suspend-service"?');
    expect(warning).toContain('docs/action-kinds.md');
  });
});

describe('docs/action-kinds.md', () => {
  it('documents every kind with its meaning', () => {
    for (const { kind, meaning } of ACTION_KINDS) expect(docs).toContain(`| \`${kind}\` | ${meaning} |`);
  });

  it('lists every rule, in order, with its example and exact patterns', () => {
    const rows = KIND_RULES.map((rule, i) => {
      const patterns = rule.patterns.map((p) => `\`${p.source.replaceAll('|', '\\|')}\``).join('<br>');
      return `| ${i + 1} | \`${rule.kind}\` | ${rule.example} | ${patterns} |`;
    });
    const documented = docs.split('\n').filter((line) => /^\| \d+ \| `/.test(line));
    expect(documented).toEqual(rows);
  });
});
