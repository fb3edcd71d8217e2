/** Inline Markdown a report may use: emphasis, code spans and links, reduced to plain text. */

const LINK = /!?\[([^\]\n]*)\]\(([^)\s]*)\)/g;
// Paired emphasis only at word edges, so snake_case names and hashes keep their underscores.
// The span is bounded so that a line of 10,000 unpaired "**" stays linear.
const EMPHASIS = /(^|[\s(["'“‘/])(\*{1,3}|_{1,3})(?=\S)(.{1,300}?)(?<=\S)\2(?=$|[\s)\]"'”’.,;:!?/])/g;
const CODE = /`+([^`]*)`+/g;

/** Plain text of an inline Markdown fragment: `**a**` -> `a`, `[t](u)` -> `t (u)`, code spans unwrapped. */
export function plainInline(text: string): string {
  let out = text.replace(CODE, '$1').replace(LINK, (_, label: string, url: string) => (label && url && label !== url ? `${label} (${url})` : label || url));
  // Nested emphasis (***x***, **_x_**) needs more than one pass; three is plenty for prose.
  for (let i = 0; i < 3; i++) {
    const next = out.replace(EMPHASIS, '$1$3');
    if (next === out) break;
    out = next;
  }
  return out.replace(/[ \t]+/g, ' ').trim();
}

/** A key and value split off a bullet or line: `**Key:** value`, `**Key**: value`, `Key: value`. */
export interface KeyValue {
  key: string;
  value: string;
  /** Offset of the value in the raw text. */
  valueOffset: number;
}

const BOLD_KEY = /^(\*\*|__)(.+?)\1\s*(?:([:：]|\s[-–—])\s*)?/;

/** Splits a leading key off raw bullet text; undefined when the text is prose, not `Key: value`. */
export function splitKey(raw: string): KeyValue | undefined {
  const bold = BOLD_KEY.exec(raw);
  if (bold) {
    let key = bold[2]!.trim();
    const colonInside = /[:：]$/.test(key);
    if (colonInside) key = key.slice(0, -1).trim();
    // "**Important** stuff" is emphasis, not a key: a key ends in a colon or a dash separator.
    if ((colonInside || bold[3]) && plausibleKey(plainInline(key))) {
      return { key: plainInline(key), value: raw.slice(bold[0].length), valueOffset: bold[0].length };
    }
    return undefined;
  }
  // The separator is a colon followed by a space or the end: not "05:00", not "https://".
  const sep = /[:：](?=\s|$)/.exec(raw);
  if (!sep) return undefined;
  const key = plainInline(raw.slice(0, sep.index));
  if (!plausibleKey(key)) return undefined;
  let valueOffset = sep.index + 1;
  while (valueOffset < raw.length && /\s/.test(raw[valueOffset]!)) valueOffset++;
  return { key, value: raw.slice(valueOffset), valueOffset };
}

/** A key is short, starts like a label and holds no sentence punctuation. */
function plausibleKey(key: string): boolean {
  if (key.length === 0 || key.length > 60) return false;
  if (key.split(/\s+/).length > 7) return false;
  if (!/^[\p{L}\p{N}]/u.test(key)) return false;
  // Dates as keys ("Sept. 28, 2023") may hold dots and commas; labels do not.
  if (/\d$/.test(key)) return !/[;!?"“”]/.test(key);
  return !/[.;!?"“”]/.test(key);
}
