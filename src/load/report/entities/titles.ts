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
    const escaped = person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`((?:[\\p{L}.-]+\\s+){1,8})${escaped}(?![\\p{L}])`, 'u');
    const m = re.exec(text);
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/);
    if (!ROLE_NOUNS.has(words[words.length - 1]!.toLowerCase())) continue;
    let start = words.length - 1;
    while (start > 0) {
      const word = words[start - 1]!;
      const lower = word.toLowerCase();
      if (STOP.has(lower) && !(lower === 'of' && start > 1 && TITLE_CAPS.test(words[start]!))) break;
      if (!(word === lower || TITLE_CAPS.test(word))) break;
      start--;
    }
    const title = words.slice(start).join(' ');
    person.title = title;
    if (/\b(?:journalist|reporter|correspondent|editor)\b/i.test(title) && !person.roles.includes('journalist')) person.roles.push('journalist');
  }
}
