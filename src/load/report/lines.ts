import { plainInline } from './inline.js';

/** One line of a report, classified. */
export type Line =
  | { kind: 'blank'; line: number }
  | { kind: 'rule'; line: number }
  | { kind: 'heading'; line: number; column: number; level: number; text: string }
  | { kind: 'bullet'; line: number; column: number; indent: number; raw: string; rawColumn: number }
  | { kind: 'text'; line: number; column: number; indent: number; raw: string };

const HEADING = /^( {0,3})(#{1,6})(?=[^#]|$)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^(\s*)(?:[-*+•‣◦▪]|\d{1,3}[.)]|[a-z][.)])[ \t]+(?=\S)/;
const RULE = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A whole line in bold, as some reports write their headings ("**Incident Details**"). */
export const BOLD_LINE = /^\s*(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s*:?\s*$/;

/** Splits a report into classified lines; CR, LF and CRLF all end a line. */
export function classifyLines(source: string): Line[] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return text.split(/\r\n|\r|\n/).map((raw, i) => classify(raw, i + 1));
}

function classify(raw: string, line: number): Line {
  if (raw.trim() === '') return { kind: 'blank', line };
  if (RULE.test(raw)) return { kind: 'rule', line };
  const heading = HEADING.exec(raw);
  if (heading) {
    const text = plainInline(heading[3]!).replace(/[:：]\s*$/, '').trim();
    if (text) return { kind: 'heading', line, column: heading[1]!.length + 1, level: heading[2]!.length, text };
    return { kind: 'blank', line };
  }
  const bullet = BULLET.exec(raw);
  // "**Key:** value" starts with "*" but is not a bullet: BULLET needs a space after the marker.
  if (bullet) {
    const indent = width(bullet[1]!);
    return { kind: 'bullet', line, column: bullet[1]!.length + 1, indent, raw: raw.slice(bullet[0].length).trimEnd(), rawColumn: bullet[0].length + 1 };
  }
  const lead = /^\s*/.exec(raw)![0];
  return { kind: 'text', line, column: lead.length + 1, indent: width(lead), raw: raw.slice(lead.length).trimEnd() };
}

/** Indentation width with tabs as four columns. */
function width(lead: string): number {
  let n = 0;
  for (const ch of lead) n += ch === '\t' ? 4 : 1;
  return n;
}
