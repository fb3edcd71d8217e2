/** Letters and digits of any script: everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Lower-cases and strips diacritics ("Müller" -> "muller"); ASCII text skips the costly Unicode steps. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
}

/** The words of a text, folded: "J.D. Vance's" -> ["j", "d", "vance", "s"]. */
export function wordsOf(text: string): string[] {
  const folded = foldCase(text);
  return folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD) ?? [];
}

/**
 * The form two names must share to be the same entity: folded words, a leading "the" dropped,
 * so "The Atlantic", "the atlantic" and "Atlantic" agree, as do "Müller" and "Muller".
 */
export function normalizeName(name: string): string {
  const words = wordsOf(name);
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}
