import { INVISIBLE_CLASS } from '../text/index.js';

// JSON.stringify escapes C0 controls but not DEL, C1, bidi, zero-width or tag characters: escape
// those too (the sanitiser's own list, so the two never disagree), so the output is the same data
// yet safe to print to a terminal.
const UNSAFE_IN_JSON = new RegExp(`[\\u007f-\\u009f${INVISIBLE_CLASS}]`, 'gu');

/** `\uXXXX` for each UTF-16 unit, so astral characters (tags) become a surrogate pair of escapes. */
function escape(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** Pretty JSON with characters that could steer a terminal written as \u escapes. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, escape);
}
