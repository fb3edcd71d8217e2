import { describe, expect, test } from 'vitest';
import { EMPTY_LINE, editLine, insertText, insertable, type LineEdit, type LineInput } from '../../src/tui/state/line-edit.js';

const typed = (text: string): LineInput => insertText(EMPTY_LINE, text);
const edits = (input: LineInput, ...names: LineEdit[]) => names.reduce(editLine, input);
/** The line with the caret drawn as "|". */
const shown = ({ text, caret }: LineInput) => `${text.slice(0, caret)}|${text.slice(caret)}`;

describe('the search line edits like a shell line', () => {
  test('typing inserts at the caret, which left/right/Home/End move', () => {
    expect(shown(typed('smrsh'))).toBe('smrsh|');
    const fixed = insertText(edits(typed('smrsh'), 'left', 'left', 'left'), 'a');
    expect(shown(fixed)).toBe('sma|rsh');
    expect(shown(edits(fixed, 'home'))).toBe('|smarsh');
    expect(shown(edits(fixed, 'end'))).toBe('smarsh|');
    expect(shown(edits(fixed, 'home', 'left'))).toBe('|smarsh');
    expect(shown(edits(fixed, 'end', 'right'))).toBe('smarsh|');
  });

  test('Backspace deletes the character before the caret, a whole emoji or accented letter at once', () => {
    expect(shown(edits(typed('waltzz'), 'backspace'))).toBe('waltz|');
    expect(shown(edits(typed('ab'), 'home', 'backspace'))).toBe('|ab');
    expect(shown(edits(typed('famille 👨‍👩‍👧'), 'backspace'))).toBe('famille |');
    expect(shown(edits(typed('cafe\u0301'), 'backspace'))).toBe('caf|');
    expect(shown(edits(typed('日本'), 'left', 'backspace'))).toBe('|本');
  });

  test('Ctrl-U deletes to the start, Ctrl-K to the end, Ctrl-W the word before the caret', () => {
    const line = edits(typed('mike waltz signal'), 'left', 'left', 'left');
    expect(shown(edits(line, 'kill-start'))).toBe('|nal');
    expect(shown(edits(line, 'kill-end'))).toBe('mike waltz sig|');
    expect(shown(edits(line, 'kill-word'))).toBe('mike waltz |nal');
    expect(shown(edits(typed('mike waltz  '), 'kill-word'))).toBe('mike |');
    expect(shown(edits(typed('mike'), 'kill-word', 'kill-word'))).toBe('|');
  });

  test('pasted text goes in whole: line breaks and tabs become spaces, controls go, invisible characters show', () => {
    expect(shown(typed('mike\twaltz\r\nsignal'))).toBe('mike waltz  signal|');
    expect(insertable('a\x07b\x1bc\x9bd')).toBe('abcd');
    // A right-to-left override would reorder what is on screen; it is shown as a visible mark instead.
    expect(insertable('evil\u202Etxt')).not.toContain('\u202E');
    expect(insertText(EMPTY_LINE, '\x07')).toBe(EMPTY_LINE);
  });
});
