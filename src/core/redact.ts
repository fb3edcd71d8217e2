// Redaction for showing incidents to a wider audience: people's names, email addresses and IP
// addresses become stable placeholders ("Official 1", "Journalist 2", "Email 1", "IP 1").
// Organisations, media outlets, products and threat actors are left as they are.
import { isIP } from 'node:net';
import type { Entity, Incident } from '../model/incident.js';
import { refang } from '../text/index.js';
import { groupMembers, type EntityMember } from './entities/identity.js';
import { normalizeName } from './entities/normalize.js';
import type { TimelineRow } from './timeline.js';

/** Replaces names and addresses in text with the placeholders a view was numbered with. */
export interface Redactor {
  /** The text with every known person's name (full, alias, surname), email and IP address replaced by whole words. */
  redact(text: string): string;
}

/** Placeholder words by role, most telling first; a person with none of these roles is a "Person". */
const ROLE_LABELS: readonly (readonly [string, string])[] = [
  ['official', 'Official'],
  ['journalist', 'Journalist'],
  ['reporter', 'Journalist'],
  ['executive', 'Executive'],
];

/** What a name that several people share becomes: numbering it would pin it on one of them. */
const AMBIGUOUS_NAME = '[name]';

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;
const EMAIL = '(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}(?:@|\\[@\\]|\\(@\\)|\\[at\\])[A-Za-z0-9-]+(?:(?:\\.|\\[\\.\\]|\\(\\.\\))[A-Za-z0-9-]+)+';
const IPV4 = '(?<![\\p{L}\\p{N}.])(?:\\d{1,3}(?:\\.|\\[\\.\\]|\\(\\.\\))){3}\\d{1,3}(?![\\p{N}]|\\.\\d)';
const IPV6 = '(?<![\\p{L}\\p{N}:])[0-9A-Fa-f]{0,4}(?:(?::|\\[:\\])[0-9A-Fa-f]{0,4}){2,7}(?![\\p{L}\\p{N}:])';

/** A way a person is written: case matters for one-word forms ("Waltz" the surname, not "waltz" the dance). */
interface NameForm {
  text: string;
  exactCase: boolean;
  /** Full names and aliases win over surnames when two people could be meant. */
  full: boolean;
  group: number;
}

/** The texts of an event in the order a card shows them; numbering follows first appearance in these. */
export function eventTexts(row: TimelineRow): string[] {
  const { incident, event } = row;
  const entities = (event.entities ?? []).map((link) => {
    const ref = typeof link === 'string' ? link : link.ref;
    return incident.entities?.find((e) => e.id === ref)?.name ?? ref;
  });
  const sources = (event.sources ?? []).flatMap((id) => {
    const source = incident.sources.find((s) => s.id === id);
    return source ? [source.publisher ?? '', source.title] : [id];
  });
  return [incident.title, event.title, event.description ?? '', ...entities, ...sources];
}

/**
 * A redactor for the people of these incidents, numbered in order of first appearance in `rows`
 * (the events in view, in order). The same person (merged across incidents as the entity index
 * merges them) always gets the same placeholder; text not seen while numbering gets the next free
 * numbers when it is first redacted.
 */
export function buildRedactor(incidents: readonly Incident[], rows: readonly TimelineRow[]): Redactor {
  const members: EntityMember[] = [];
  incidents.forEach((incident, incidentIndex) => {
    for (const entity of incident.entities ?? []) if (entity.kind === 'person') members.push({ incidentIndex, entity });
  });
  const groups = groupMembers(members).map((g) => g.map((m) => members[m]!.entity));
  const labels = groups.map(roleLabel);
  const others = new Set(incidents.flatMap((i) => (i.entities ?? []).filter((e) => e.kind !== 'person').map((e) => normalizeName(e.name))));
  const forms = nameForms(groups, others);
  const finder = new RegExp(`(?<email>${EMAIL})|(?<ip4>${IPV4})|(?<ip6>${IPV6})${forms.pattern ? `|(?<name>${forms.pattern})` : ''}`, 'giu');

  const assigned = new Map<string, string>();
  const counters = new Map<string, number>();
  const placeholder = (key: string, label: string): string => {
    let text = assigned.get(key);
    if (text === undefined) {
      const n = (counters.get(label) ?? 0) + 1;
      counters.set(label, n);
      text = `${label} ${n}`;
      assigned.set(key, text);
    }
    return text;
  };
  const redact = (text: string): string =>
    text.replace(finder, (match: string, ...rest: unknown[]) => {
      const groupsFound = rest[rest.length - 1] as Record<string, string | undefined>;
      if (groupsFound.email !== undefined) return placeholder(`email:${refang(match).toLowerCase()}`, 'Email');
      if (groupsFound.ip4 !== undefined || groupsFound.ip6 !== undefined) {
        const address = refang(match);
        return isIP(address) !== 0 && /[0-9a-f]/i.test(address) ? placeholder(`ip:${address.toLowerCase()}`, 'IP') : match;
      }
      const owner = forms.owner(match);
      if (owner === undefined) return match;
      return owner === 'ambiguous' ? AMBIGUOUS_NAME : placeholder(`person:${owner}`, labels[owner]!);
    });
  for (const row of rows) for (const text of eventTexts(row)) redact(text);
  return { redact };
}

/** "Official" for anyone with the official role, then journalists, executives; everyone else "Person". */
function roleLabel(group: readonly Entity[]): string {
  const roles = new Set(group.flatMap((e) => e.roles ?? []).map((r) => r.toLowerCase()));
  return ROLE_LABELS.find(([role]) => roles.has(role))?.[1] ?? 'Person';
}

/** All the ways the people are written, as one regex alternative, and who a match names. */
function nameForms(groups: readonly (readonly Entity[])[], others: ReadonlySet<string>) {
  const byKey = new Map<string, NameForm[]>();
  const add = (text: string, full: boolean, group: number) => {
    const clean = text.trim().replace(/\s+/g, ' ');
    if (clean.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return;
    const exactCase = !clean.includes(' ');
    // A one-word name that is also an organisation's or product's name ("Signal") would hide that too.
    if (exactCase && others.has(normalizeName(clean))) return;
    const key = clean.toLowerCase();
    const list = byKey.get(key) ?? [];
    if (!list.some((f) => f.group === group && f.text === clean)) list.push({ text: clean, exactCase, full, group });
    byKey.set(key, list);
  };
  groups.forEach((group, g) => {
    for (const entity of group) {
      for (const name of [entity.name, ...(entity.aliases ?? [])]) {
        add(name, true, g);
        const surname = surnameOf(name);
        if (surname) add(surname, false, g);
      }
    }
  });
  const texts = [...byKey.values()].flat().map((f) => f.text);
  const unique = [...new Set(texts)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = unique.length
    ? `(?<![\\p{L}\\p{N}])(?:${unique.map((t) => escapeRegex(t).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`
    : '';
  const owner = (match: string): number | 'ambiguous' | undefined => {
    const clean = match.replace(/\s+/g, ' ');
    const fits = (byKey.get(clean.toLowerCase()) ?? []).filter((f) => !f.exactCase || f.text === clean);
    const preferred = fits.some((f) => f.full) ? fits.filter((f) => f.full) : fits;
    const people = new Set(preferred.map((f) => f.group));
    if (people.size === 0) return undefined;
    return people.size === 1 ? preferred[0]!.group : 'ambiguous';
  };
  return { pattern, owner };
}

/** The family name of a personal name written in capitals ("Mike Waltz" -> "Waltz"); none for descriptions. */
function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  while (words.length > 2 && SUFFIX.test(words.at(-1)!)) words.pop();
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const last = words.at(-1)!.replace(/[^\p{L}\p{N}'’-]+$/u, '');
  return /^\p{Lu}\p{L}/u.test(last) ? last : undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
