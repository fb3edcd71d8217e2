import type { Key } from 'ink';

/**
 * Names of the keys one Ink input event holds, in order: "j", "G", "?", "space", "enter", "tab",
 * "shift-tab", "escape", "backspace", "up", "down", "left", "right", "pageup", "pagedown", "home",
 * "end", "ctrl-d", "alt-x".
 *
 * Ink 6.8 splits escape sequences apart but hands a run of plain characters that arrived in one
 * stdin chunk ("jjjjj" from key repeat over SSH, or a paste) to `useInput` as one string; each
 * character is a key press here, so none are dropped.
 */
export function decodeKeys(input: string, key: Key): string[] {
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.leftArrow) return ['left'];
  if (key.rightArrow) return ['right'];
  if (key.pageUp) return ['pageup'];
  if (key.pageDown) return ['pagedown'];
  if (key.home) return ['home'];
  if (key.end) return ['end'];
  if (key.tab) return [key.shift ? 'shift-tab' : 'tab'];
  if (key.return) return ['enter'];
  // Ink 6.8 reports the Backspace key's \x7f as "delete" and ^H as "backspace".
  if (key.backspace || key.delete) return ['backspace'];
  if (key.escape && input === '') return ['escape'];
  if (key.ctrl && input.length === 1) return [`ctrl-${input}`];
  if (key.meta && [...input].length === 1) return [`alt-${input}`];
  return [...input].map(charKey);
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
