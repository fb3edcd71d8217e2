// JSON.stringify escapes C0 controls but not DEL, C1, bidi or zero-width characters: escape those
// too, so the output is the same data yet safe to print to a terminal.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** Pretty JSON with characters that could steer a terminal written as \u escapes. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
