/**
 * True when `at` falls inside a surrogate pair (on its second half): cutting a string there leaves
 * two lone surrogates, which terminals show as garbage and UTF-8 cannot encode.
 */
export function splitsPair(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}
