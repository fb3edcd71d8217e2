import { sanitize } from '../../text/index.js';

/** A one-line text input: its text and where the caret is (a UTF-16 offset on a character boundary). */
export interface LineInput {
  text: string;
  caret: number;
}

/** An empty input. */
export const EMPTY_LINE: LineInput = { text: '', caret: 0 };

/** The editing keys of a shell line (readline's names where it has one). */
export type LineEdit =
  | 'backspace'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  /** Ctrl-U: delete from the start of the line to the caret. */
  | 'kill-start'
  /** Ctrl-K: delete from the caret to the end of the line. */
  | 'kill-end'
  /** Ctrl-W: delete the word before the caret, with the spaces between it and the caret. */
  | 'kill-word';

// One user-perceived character (a letter with its accents, an emoji sequence) moves and deletes as one.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Offsets of the character boundaries of a text, 0 and text.length included. */
function boundaries(text: string): number[] {
  const out: number[] = [];
  for (const { index } of graphemes.segment(text)) out.push(index);
  out.push(text.length);
  return out;
}

function previousBoundary(text: string, caret: number): number {
  const all = boundaries(text);
  for (let i = all.length - 1; i >= 0; i--) if (all[i]! < caret) return all[i]!;
  return 0;
}

function nextBoundary(text: string, caret: number): number {
  return boundaries(text).find((b) => b > caret) ?? text.length;
}

/**
 * Text as a line input takes it: line breaks and tabs become spaces, other control characters
 * go, and anything the terminal would not show as is (bidi overrides, invisible characters)
 * is shown as `sanitize` shows it, so the query searched is the query on screen.
 */
export function insertable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\t\r\n]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return sanitize(flat);
}

/** Inserts text at the caret (after making it `insertable`), leaving the caret after it. */
export function insertText(input: LineInput, text: string): LineInput {
  const clean = insertable(text);
  if (clean === '') return input;
  return { text: input.text.slice(0, input.caret) + clean + input.text.slice(input.caret), caret: input.caret + clean.length };
}

/** Applies one editing key. */
export function editLine(input: LineInput, edit: LineEdit): LineInput {
  const { text, caret } = input;
  switch (edit) {
    case 'backspace': {
      if (caret === 0) return input;
      const from = previousBoundary(text, caret);
      return { text: text.slice(0, from) + text.slice(caret), caret: from };
    }
    case 'left':
      return { text, caret: previousBoundary(text, caret) };
    case 'right':
      return { text, caret: caret >= text.length ? caret : nextBoundary(text, caret) };
    case 'home':
      return { text, caret: 0 };
    case 'end':
      return { text, caret: text.length };
    case 'kill-start':
      return { text: text.slice(caret), caret: 0 };
    case 'kill-end':
      return { text: text.slice(0, caret), caret };
    case 'kill-word': {
      // As readline's unix-word-rubout: the spaces before the caret, then the word before them.
      let from = caret;
      while (from > 0 && text[from - 1] === ' ') from--;
      while (from > 0 && text[from - 1] !== ' ') from--;
      return { text: text.slice(0, from) + text.slice(caret), caret: from };
    }
  }
}
