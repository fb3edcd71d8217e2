import type { Key } from 'ink';
import { describe, expect, test } from 'vitest';
import { decodeKeys } from '../../src/tui/input/decode-keys.js';
import { CONTEXT_TITLES, KEYMAP, actionFor, hintsFor, type KeyContext } from '../../src/tui/keymap.js';

const plain: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

describe('decodeKeys', () => {
  test('a chunk of typed characters is one key each, control characters included', () => {
    expect(decodeKeys('jjjjj', plain)).toEqual(['j', 'j', 'j', 'j', 'j']);
    expect(decodeKeys('tjj \r', plain)).toEqual(['t', 'j', 'j', 'space', 'enter']);
    expect(decodeKeys('G\x04\x7f\b', plain)).toEqual(['G', 'ctrl-d', 'backspace', 'backspace']);
    expect(decodeKeys('日本🔑', plain)).toEqual(['日', '本', '🔑']);
  });

  test('keys Ink has already named', () => {
    expect(decodeKeys('', { ...plain, downArrow: true })).toEqual(['down']);
    expect(decodeKeys('', { ...plain, pageUp: true })).toEqual(['pageup']);
    expect(decodeKeys('', { ...plain, tab: true, shift: true })).toEqual(['shift-tab']);
    expect(decodeKeys('', { ...plain, escape: true, meta: true })).toEqual(['escape']);
    expect(decodeKeys('d', { ...plain, ctrl: true })).toEqual(['ctrl-d']);
    expect(decodeKeys('', { ...plain, delete: true })).toEqual(['backspace']);
    // Alt+j is not j: it must not move the selection.
    expect(decodeKeys('j', { ...plain, meta: true })).toEqual(['alt-j']);
  });
});

describe('keymap', () => {
  const contexts = Object.keys(CONTEXT_TITLES) as KeyContext[];

  test('no key is bound twice in one context (the second binding would never fire)', () => {
    for (const context of contexts) {
      const keys = KEYMAP.filter((b) => b.contexts.includes(context)).flatMap((b) => b.keys);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), context).toEqual([]);
    }
  });

  test('every context can be left and shows how on its hint line', () => {
    for (const context of contexts) {
      expect(actionFor(context, 'ctrl-c'), context).toEqual({ type: 'quit' });
      const leave = context === 'list' ? 'q' : 'escape';
      expect(actionFor(context, leave), context).toBeDefined();
      expect(hintsFor(context).map((h) => h.keys).some((k) => ['q', 'Esc', 'Tab'].includes(k)), context).toBe(true);
    }
  });
});
