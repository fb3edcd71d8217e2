import type { EntityKind } from '../../../model/incident.js';
import { CAP, NAME, cleanName, isGovernmentName, isMediaName, looksLikePerson, sentenceCase } from './names.js';
import type { EntityRegistry } from './registry.js';

/** Kind of a name found by a rule, from what it looks like (and what the NLP pass said of it). */
export function kindOf(name: string, people: ReadonlySet<string>): EntityKind {
  if (isMediaName(name)) return 'media';
  if (isGovernmentName(name)) return 'government';
  if (people.has(name) || looksLikePerson(name)) return 'person';
  return 'organization';
}

// Role of a group noun, for names listed after it: "officials (including Mike Waltz, ...)".
const GROUP_ROLES: Record<string, string> = {
  officials: 'official',
  users: 'user',
  customers: 'customer',
  clients: 'customer',
  employees: 'employee',
  staff: 'employee',
  executives: 'executive',
  journalists: 'journalist',
  researchers: 'researcher',
  victims: 'victim',
  vendors: 'vendor',
  partners: 'partner',
  agencies: 'government',
  companies: 'victim',
  organizations: 'victim',
  organisations: 'victim',
  targets: 'victim',
};

const LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;

/** "high-ranking US officials (including Mike Waltz, JD Vance, Tulsi Gabbard, and Marco Rubio)". */
export function parenthesisedLists(text: string, registry: EntityRegistry, people: ReadonlySet<string>, wholeReport = text): void {
  const re = /\b([\p{L}-]+)\s*\((?:including|incl\.|such as|e\.g\.,?|namely|like|among them)\s+([^()]{1,1000})\)/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const group = m[1]!.toLowerCase();
    const role = GROUP_ROLES[group];
    const roles = role ? [role] : [];
    if (role && role !== 'user' && usedBy(wholeReport, group)) roles.push('user');
    for (const part of m[2]!.split(LIST_SPLIT)) {
      const name = cleanName(part);
      if (!new RegExp(`^${NAME}$`, 'u').test(name)) continue;
      registry.add(name, kindOf(name, people), roles);
    }
  }
}

/** "Signal clone used by high-ranking US officials", "officials using ...": the group are users too. */
function usedBy(text: string, group: string): boolean {
  return new RegExp(`\\bused by (?:[\\p{L}-]+ ){0,3}${group}\\b|\\b${group} (?:using|who use|who used|utili[sz]ing)\\b`, 'iu').test(text);
}

/** "TeleMessage (owned by Smarsh)", "a subsidiary of X", "acquired by X": X is the owner. */
export function owners(text: string, registry: EntityRegistry): void {
  const re = new RegExp(`\\b(?:owned by|a subsidiary of|subsidiary of|part of|acquired by|parent company,?)\\s+(?:the\\s+)?(${NAME})`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) registry.add(cleanName(m[1]!), 'organization', ['owner']);
}

/** "Reports by 404 Media and independent journalist Micah Lee", "reported by NBC News": reporters. */
export function reporters(text: string, registry: EntityRegistry, people: ReadonlySet<string>): void {
  const re = /\b(?:(?:reports?|reporting|reported|stories|articles?|coverage)(?:\s+(?:surfaced|first|initially|published|appeared))?\s+(?:from|by)|according to)\s+([^.;()]{1,300})/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Look again inside this clause: "... on Sunday, followed by ... reported by NBC News".
    re.lastIndex = m.index + m[0].length - m[1]!.length;
    // The list ends where the clause does: "on Sunday", "followed by", ", which ...".
    const clause = m[1]!.split(/\s+(?:on|in|at|during|after|before|that|which|who|followed|confirming|said|says|when|while|last|earlier|later|about|of)\s|,\s+(?:which|who|after|followed)/i)[0]!;
    for (const part of clause.split(LIST_SPLIT)) {
      // Lowercase words before the name describe it: "independent journalist Micah Lee".
      const found = new RegExp(`^((?:\\p{Ll}[\\p{L}-]*\\s+)*)(${NAME})$`, 'u').exec(part.trim());
      if (!found) continue;
      const descriptor = (found[1] ?? '').trim();
      const name = cleanName(found[2]!);
      const journalist = /\b(?:journalist|reporter|correspondent|editor|researcher|blogger)\b/i.test(descriptor);
      if (descriptor && !journalist && !/^(?:the|security|cybersecurity|tech|news)$/i.test(descriptor)) continue;
      if (journalist) registry.add(name, 'person', ['reporter', 'journalist'], descriptor.replace(/^(?:an?|the)\s+/i, ''));
      else registry.add(name, kindOf(name, people), ['reporter']);
    }
  }
}

/** Media outlets named anywhere ("Reuters reported on Tuesday"), reporters when a reporting verb follows. */
export function mediaMentions(text: string, registry: EntityRegistry): void {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:The\\s+)?${NAME}`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = cleanName(m[0]);
    if (!isMediaName(name)) continue;
    const reporting = /^\s+(?:first\s+|later\s+|also\s+)?(?:reported|reports|revealed|wrote|published|broke|confirmed)\b/.test(text.slice(m.index + m[0].length));
    registry.add(name, 'media', reporting ? ['reporter'] : []);
  }
}

/** "engaged an external cybersecurity firm" (unnamed) or "hired Mandiant": the investigator. */
export function investigators(text: string, registry: EntityRegistry): void {
  const unnamed = /\b(?:engaged|hired|retained|brought in|enlisted|called in|working with|is working with|appointed)\s+(?:(?:an?|the)\s+)?((?:(?:external|outside|third[- ]party|independent|leading|specialist)\s+)*(?:cyber\s*security|security|forensics?|digital forensics|incident[- ]response|IR)\s+(?:firm|company|team|experts?|specialists?|provider|consultancy|consultants?))\b/giu;
  for (let m = unnamed.exec(text); m; m = unnamed.exec(text)) registry.add(sentenceCase(m[1]!), 'organization', ['investigator']);
  const named = new RegExp(
    `\\b(?:engaged|hired|retained|brought in|enlisted|called in)\\s+(?:(?:the\\s+)?(?:cyber\\s*security|security|forensics?|incident[- ]response)\\s+(?:firm|company)\\s+)?(${NAME})`,
    'gu',
  );
  for (let m = named.exec(text); m; m = named.exec(text)) registry.add(cleanName(m[1]!), 'organization', ['investigator']);
}

/** "attributed to Scattered Spider", "the group known as Lapsus$": the attacker. */
export function attackers(text: string, registry: EntityRegistry): void {
  const re = new RegExp(
    `\\b(?:attributed to|claimed by|carried out by|(?:threat actor|hacking group|hacker group|ransomware (?:gang|group)|extortion group|group) (?:known as|called|dubbed|named))\\s+(?:the\\s+)?(?:threat actor\\s+|group\\s+)?["“]?(${CAP}(?:\\s+${CAP}){0,2})`,
    'giu',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = cleanName(m[1]!);
    if (!/^(?:An?|The|Unknown|Hackers?)$/i.test(name)) registry.add(name, 'threat-actor', ['attacker']);
  }
}

/** "the ALPHV ransomware operation", "LockBit ransomware gang": ransomware operators are attackers too. */
export function ransomwareOperators(text: string, registry: EntityRegistry): void {
  const re = new RegExp(`(${CAP}(?:\\s+${CAP})?)\\s+ransomware\\s+(?:operation|gang|group|crew|affiliates?|operators?|cartel)\\b`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = cleanName(m[1]!);
    if (!/^(?:The|A|An)$/.test(name)) registry.add(name, 'threat-actor', ['attacker']);
  }
}

/** "BeyondTrust", "TeleMessage", "1Password": names no dictionary knows, recognisable by their shape. */
export function shapedNames(text: string, registry: EntityRegistry): void {
  const re = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{N}+\p{Lu}\p{Ll}+[\p{L}]*)(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!NOT_ORGS.has(m[1]!.toLowerCase())) registry.add(m[1]!, isMediaName(m[1]!) ? 'media' : 'organization');
  }
}

// Product and format names with the same shape that are not organisations.
const NOT_ORGS = new Set(['javascript', 'typescript', 'powershell', 'postgresql', 'mysql', 'mongodb', 'graphql', 'oauth', 'macos', 'ios', 'iphone', 'ipad', 'wifi', 'bitlocker', 'onedrive', 'sharepoint', 'devops', 'mfa']);
