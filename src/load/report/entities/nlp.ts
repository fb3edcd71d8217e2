import nlp from 'compromise';
import { cleanName } from './names.js';

/** People and organisations the NLP library finds in prose. */
export interface NlpNames {
  people: string[];
  organizations: string[];
}

// Beyond this the library slows down more than a report is worth; reports are a few kilobytes.
const MAX_TEXT = 20_000;
// Words the library takes for names in this kind of prose.
const NOISE = /^(?:not|none|unknown|report|reports|details?|summary|detection|response|hackers?|officials?|users?|data|signal|soc|it|ir|mfa|vpn|edr|xdr|siem|hr|ceo|ciso|cto|cio|api|sso|har)$/i;

/** Names `compromise` recognises as people and organisations, cleaned of possessives and punctuation. */
export function nlpNames(text: string): NlpNames {
  const doc = nlp(boundSentences(text.slice(0, MAX_TEXT)));
  return {
    people: keep(doc.people().out('array') as string[]),
    organizations: keep(doc.organizations().out('array') as string[]),
  };
}

function keep(names: string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const name = cleanName(raw.replace(/\([^)]*\)?|\)/g, ' '));
    // Every word capitalised (or a connector): "Communications data" is a phrase, not a name.
    const words = name.split(/\s+/);
    if (!name || words.length > 5 || NOISE.test(name)) continue;
    if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|and|&|de|van|von|der|la)$/.test(w))) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Breaks runs of more than 60 words without a sentence end and drops "words" longer than 40 characters
 * (URLs, hashes, hostile runs): no name is that long, and the library slows down on both.
 */
function boundSentences(text: string): string {
  let words = 0;
  return text.replace(/\S+(\s*)/g, (word: string, space: string) => {
    if (word.trimEnd().length > 40) return ' ';
    words = /[.!?]["'”’)]*\s*$/.test(word) || /\n\s*\n/.test(space) ? 0 : words + 1;
    if (words < 60) return word;
    words = 0;
    return `${word.trimEnd()}\n\n`;
  });
}
