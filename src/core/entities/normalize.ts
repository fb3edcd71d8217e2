/** Letters and digits of any script: everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Lower-cases and strips diacritics ("Müller" -> "muller"); ASCII text skips the costly Unicode steps. */
export function foldCase(text: string): string {
  return NON_ASCII.test(text) ? foldUnicode(text) : text.toLowerCase();
}

function foldUnicode(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/** The words of a text, folded: "J.D. Vance's" -> ["j", "d", "vance", "s"]. */
export function wordsOf(text: string): string[] {
  // One test picks the path: most text is ASCII, and its words need no Unicode regex.
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return foldUnicode(text).match(WORD) ?? [];
}

/**
 * The form two names must share to be the same entity: folded words, a leading "the" dropped,
 * so "The Atlantic", "the atlantic" and "Atlantic" agree, as do "Müller" and "Muller".
 */
export function normalizeName(name: string): string {
  let form = forms.get(name);
  if (form === undefined) {
    if (forms.size >= FORMS_KEPT) forms.clear();
    forms.set(name, (form = nameForm(name)));
  }
  return form;
}

// Building the entity index asks for each name's form several times (identity, keys, phrases,
// merging): each is worked out once.
const forms = new Map<string, string>();
const FORMS_KEPT = 100_000;

function nameForm(name: string): string {
  const words = wordsOf(name);
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}
