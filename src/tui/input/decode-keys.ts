/**
 * Names of the keys in one raw input event, in order: "j", "G", "?", "space", "enter", "tab",
 * "shift-tab", "escape", "backspace", "delete", "up", "down", "left", "right", "pageup",
 * "pagedown", "home", "end", "ctrl-d", "alt-x".
 *
 * Ink 6.8 splits stdin into escape sequences and runs of plain characters; a run that arrived in
 * one chunk ("jjjjj" from key repeat over SSH, or a paste) is one event, and each character is a
 * key press here, so none are dropped. The raw event is decoded here rather than by Ink's
 * `useInput`, whose key parser throws on some sequences (Ctrl+F1 `ESC[1;5P`, a pasted `ESC[6n`).
 * Sequences that name no key itx uses are ignored.
 */
export function decodeKeys(raw: string): string[] {
  if (raw === '') return [];
  if (raw.startsWith('\x1b')) return decodeEscape(raw);
  return [...raw].map(charKey);
}

// CSI and SS3 sequences of the keys itx binds; modifiers (ESC[1;5A) are read as the plain key.
const FINAL_KEYS: Record<string, string> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', Z: 'shift-tab' };
const TILDE_KEYS: Record<string, string> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '5': 'pageup', '6': 'pagedown', '3': 'delete' };

function decodeEscape(raw: string): string[] {
  if (raw === '\x1b' || raw === '\x1b\x1b') return ['escape'];
  // ESC ESC [A and the like: Alt with a special key; read as the key itself.
  const body = raw.startsWith('\x1b\x1b') ? raw.slice(1) : raw;
  const csi = /^\x1b\[([\d;]*)([~A-Za-z])$/.exec(body);
  if (csi) {
    const [, params = '', final = ''] = csi;
    const name = final === '~' ? TILDE_KEYS[params.split(';')[0] ?? ''] : FINAL_KEYS[final];
    return name ? [name] : [];
  }
  const ss3 = /^\x1bO([A-DHF])$/.exec(body);
  if (ss3) return [FINAL_KEYS[ss3[1]!]!];
  // ESC followed by one character is Alt+character (Alt+j is not j: it must not move the selection).
  const rest = [...raw.slice(1)];
  if (rest.length === 1) {
    const key = charKey(rest[0]!);
    return [key === 'backspace' || key === 'enter' ? key : `alt-${key}`];
  }
  return [];
}

/** The key name of one character typed or pasted. */
function charKey(char: string): string {
  if (char === '\r' || char === '\n') return 'enter';
  if (char === '\t') return 'tab';
  if (char === ' ') return 'space';
  if (char === '\x7f' || char === '\b') return 'backspace';
  if (char === '\x1b') return 'escape';
  const code = char.codePointAt(0) ?? 0;
  if (code > 0 && code <= 0x1a) return `ctrl-${String.fromCharCode(code + 96)}`;
  return char;
}
