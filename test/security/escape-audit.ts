// Reads what itx wrote to a terminal and lists every escape sequence or character that is not one
// itx or Ink writes on purpose. Hostile data that got through shows up here, whatever it was.

/** An escape sequence itx's own drawing uses, and who writes it. */
interface Allowed {
  sequence: string | RegExp;
  writer: string;
}

/**
 * Everything Ink 6.8 (ink/build/log-update.js, cursor-helpers.js, write-synchronized.js; ansi-escapes 7,
 * cli-cursor), chalk and itx's alternate-screen.ts write. Ink's `clearTerminal` (ESC[2J ESC[3J ESC[H) is
 * not here: Ink writes it only when a frame fills the screen, which the explorer's layout never does.
 */
const ALLOWED: readonly Allowed[] = [
  { sequence: /^\x1b\[[0-9;]*m$/, writer: 'chalk: SGR colours and styles' },
  { sequence: '\x1b[2K', writer: 'Ink eraseLines: erase the line' },
  { sequence: '\x1b[1A', writer: 'Ink eraseLines: cursor up one line' },
  { sequence: '\x1b[G', writer: 'Ink eraseLines: cursor to column 1' },
  { sequence: '\x1b[?25l', writer: 'cli-cursor: hide the cursor while drawing' },
  { sequence: '\x1b[?25h', writer: 'cli-cursor and itx: show the cursor' },
  { sequence: '\x1b[?2026h', writer: 'Ink: begin a synchronized update' },
  { sequence: '\x1b[?2026l', writer: 'Ink: end a synchronized update' },
  { sequence: '\x1b[?1049h', writer: 'itx: enter the alternate screen' },
  { sequence: '\x1b[?1049l', writer: 'itx: leave the alternate screen' },
  { sequence: '\x1b[H', writer: 'itx: cursor home after entering the alternate screen' },
  { sequence: /^\x1b\[\d*[AB]$/, writer: 'itx frame-diff writer (scripts/frame-diff.mjs): cursor up/down to a changed row' },
  { sequence: /^\x1b\[\d+G$/, writer: 'itx frame-diff writer: cursor to the first changed column' },
  { sequence: '\x1b[K', writer: 'itx frame-diff writer: erase the rest of a changed row' },
  { sequence: /^\x1b\[[LM]$/, writer: 'itx frame-diff writer: insert/delete a line when the list scrolls by one' },
];

function isAllowed(sequence: string): boolean {
  return ALLOWED.some((a) => (typeof a.sequence === 'string' ? a.sequence === sequence : a.sequence.test(sequence)));
}

/** Length of the escape sequence starting at `i` (an ESC), per ECMA-48; strings run to BEL, ESC \ or ST, or the end. */
function sequenceLength(text: string, i: number): number {
  const next = text[i + 1];
  if (next === undefined) return 1;
  if (next === '[') {
    let j = i + 2;
    while (j < text.length && /[\x20-\x3f]/.test(text[j]!)) j++;
    return j - i + (j < text.length ? 1 : 0);
  }
  if (']PX^_'.includes(next)) {
    for (let j = i + 2; j < text.length; j++) {
      if (text[j] === '\x07' || text[j] === '\u009c') return j - i + 1;
      if (text[j] === '\x1b' && text[j + 1] === '\\') return j - i + 2;
    }
    return text.length - i;
  }
  let j = i + 1;
  while (j < text.length && /[\x20-\x2f]/.test(text[j]!)) j++;
  return j - i + (j < text.length ? 1 : 0);
}

// C0 other than LF (and CR, which a pty's line discipline puts before every LF), DEL, C1; the
// characters that hide or reorder text: bidi controls, zero-width and invisible characters, line
// separators, tag characters. ZWJ is checked apart: it is allowed inside an emoji sequence.
const FORBIDDEN_CHAR =
  /[\x00-\x09\x0b-\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const STRAY_ZWJ = /(?<!\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f]*)\u200d|\u200d(?!\p{Extended_Pictographic})/u;

/** Shows a piece of terminal output with every control escaped, for a failure message. */
export function visible(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/**
 * Problems in text written to a terminal: each escape sequence not on the allowed list, each raw
 * control, bidi, invisible or lone-surrogate character. `crlf` allows CR right before LF (pty output).
 */
export function auditTerminalOutput(text: string, options: { crlf?: boolean } = {}): string[] {
  const problems: string[] = [];
  let plain = '';
  for (let i = 0; i < text.length; ) {
    if (text[i] === '\x1b') {
      const length = sequenceLength(text, i);
      const sequence = text.slice(i, i + length);
      if (!isAllowed(sequence)) problems.push(`escape sequence ${visible(sequence)} at ${i}`);
      plain += ' ';
      i += length;
    } else if (options.crlf && text[i] === '\r' && text[i + 1] === '\n') {
      i++;
    } else {
      plain += text[i];
      i++;
    }
  }
  for (const [pattern, what] of [
    [FORBIDDEN_CHAR, 'control, bidi or invisible character'],
    [LONE_SURROGATE, 'lone surrogate'],
    [STRAY_ZWJ, 'zero-width joiner outside an emoji sequence'],
  ] as const) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of plain.matchAll(global)) {
      problems.push(`${what} U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in ${visible(plain.slice(Math.max(0, match.index - 20), match.index + 20))}`);
      if (problems.length > 20) return problems;
    }
  }
  return problems;
}

/** Removes the sequences itx and Ink write on purpose, leaving the text a user would see. */
export function stripAllowed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (text[i] === '\x1b') {
      const length = sequenceLength(text, i);
      if (!isAllowed(text.slice(i, i + length))) out += text.slice(i, i + length);
      i += length;
    } else out += text[i++];
  }
  return out;
}
