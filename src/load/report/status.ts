import type { Status } from '../../model/incident.js';
import { comparable } from './comparable.js';

/** What a value says of its topic: a status, and any wording beyond the status phrase. */
export interface StatusReading {
  status: Status;
  /** Wording after the status phrase ("in the summary, implied ..."); empty when there is none. */
  rest: string;
}

// Two-word phrases are statuses whatever follows ("Not detailed in the summary, ...").
const PHRASES: [RegExp, Status][] = [
  [/^not\s+(?:explicitly\s+|publicly\s+|yet\s+)?(?:detailed|described|stated|disclosed|provided|reported|discussed|mentioned|specified|covered|available|given)\b/i, 'not-detailed'],
  [/^no\s+(?:details?|information|specifics)\s+(?:given|provided|available|disclosed)?/i, 'not-detailed'],
  [/^(?:not\s+applicable|none\s+applicable)\b/i, 'not-applicable'],
  [/^none\s+(?:specified|identified|reported|provided|listed|given|known|observed|published|disclosed|released)\b/i, 'none-specified'],
  [/^(?:to\s+be\s+determined|not\s+(?:yet\s+)?(?:known|determined))\b/i, 'unknown'],
];

// Single words are statuses only when nothing but punctuation follows ("Unknown threat actor" is prose).
const WORDS: [RegExp, Status][] = [
  [/^(?:n\/a|na)(?=$|[\s.,;:/(—–-])/i, 'not-applicable'],
  [/^none(?=$|[.,;:/(—–-])/i, 'none-specified'],
  [/^(?:unknown|unclear|undetermined|tbd|unconfirmed)(?=$|[.,;:/(—–-])/i, 'unknown'],
];

/** Reads "Not detailed" / "Not applicable" / "None specified" / "Unknown" and close variants; else "described". */
export function readStatus(value: string): StatusReading {
  // Escape sequences and invisible characters are not wording: "Not detailed.\u001b[0m" has no rest.
  const text = comparable(value).trim();
  for (const [re, status] of [...PHRASES, ...WORDS]) {
    const m = re.exec(text);
    if (m) return { status, rest: text.slice(m[0].length).replace(/^[\s.,;:/—–-]+/, '').trim() };
  }
  return { status: 'described', rest: text };
}
