import { cleanName, looksLikePerson } from './names.js';
import type { EntityRegistry } from './registry.js';

// The last word of a title: "former US national security adviser", "independent journalist".
const ROLE_NOUNS = new Set(
  'adviser advisor secretary director president journalist reporter researcher officer ceo cto ciso cfo coo cio spokesperson spokesman spokeswoman minister senator official analyst founder cofounder co-founder chairman chairwoman chair head commissioner governor ambassador representative lawmaker chief general attorney engineer executive manager lead expert investigator editor correspondent leader mayor judge prosecutor'.split(
    ' ',
  ),
);
// Words that end a title when met going left: "spotted on | former US ...".
const STOP = new Set('a an the on in of by to from with for at and or but was is are were as its his her their our this that which who'.split(' '));
// Capitalised words that may stand inside a title ("Secretary of State", "US", "Former").
const TITLE_CAPS = /^(?:[A-Z]{2,5}|U\.S\.|U\.K\.|E\.U\.|Former|Acting|Deputy|Chief|Vice|Secretary|Director|Senator|President|National|Security|State|Defense|Defence|General|Attorney|Homeland|Intelligence|Information|Executive|Technology)$/;

/** Adds a title to each person the text introduces with one: "former US national security adviser Mike Waltz". */
export function titles(text: string, registry: EntityRegistry): void {
  for (const person of registry.all) {
    if (person.kind !== 'person' || person.title) continue;
    for (const at of wordsAt(text, person.name)) {
      const title = titleBefore(text.slice(Math.max(0, at - 120), at));
      if (!title) continue;
      person.title = title;
      if (/\b(?:journalist|reporter|correspondent|editor)\b/i.test(title) && !person.roles.includes('journalist')) person.roles.push('journalist');
      break;
    }
  }
}

/** People introduced by a title, which the NLP pass may cut short: "adviser Mike Waltz's phone" -> Mike Waltz. */
export function titledPeople(text: string, registry: EntityRegistry): void {
  const re = /(?<![\p{L}])([\p{L}-]+)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = cleanName(m[2]!);
    if (ROLE_NOUNS.has(m[1]!.toLowerCase()) && looksLikePerson(name)) registry.add(name, 'person');
    // Look again from the name: it may itself end in a role word before another name.
    re.lastIndex = m.index + m[1]!.length + 1;
  }
}

/** The title at the end of the text before a name, if its last word is a role: "... on former US national security adviser". */
function titleBefore(before: string): string | undefined {
  const words = before.split(/\s+/).filter(Boolean).slice(-8);
  if (words.length === 0 || !ROLE_NOUNS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  let start = words.length - 1;
  while (start > 0) {
    const word = words[start - 1]!;
    const lower = word.toLowerCase();
    if (STOP.has(lower) && !(lower === 'of' && start > 1 && TITLE_CAPS.test(words[start]!))) break;
    if (!(word === lower || TITLE_CAPS.test(word))) break;
    start--;
  }
  return words.slice(start).join(' ');
}

/** Where the name stands as whole words in the text, after a space or at the start. */
function* wordsAt(text: string, name: string): Generator<number> {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before === undefined || /\s/.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) yield at;
  }
}
