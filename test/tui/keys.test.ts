import { describe, expect, test } from 'vitest';
import { decodeKeys } from '../../src/tui/input/decode-keys.js';
import { CONTEXT_TITLES, KEYMAP, actionFor, hintsFor, type KeyContext } from '../../src/tui/keymap.js';

describe('decodeKeys', () => {
  test('a chunk of typed characters is one key each, control characters included', () => {
    expect(decodeKeys('jjjjj')).toEqual(['j', 'j', 'j', 'j', 'j']);
    expect(decodeKeys('tjj \r')).toEqual(['t', 'j', 'j', 'space', 'enter']);
    expect(decodeKeys('G\x04\x7f\b')).toEqual(['G', 'ctrl-d', 'backspace', 'backspace']);
    expect(decodeKeys('日本🔑')).toEqual(['日', '本', '🔑']);
  });

  test('escape sequences of the keys itx binds, in their xterm, VT and rxvt forms', () => {
    expect(decodeKeys('\x1b[B')).toEqual(['down']);
    expect(decodeKeys('\x1bOA')).toEqual(['up']);
    expect(decodeKeys('\x1b[1;5C')).toEqual(['right']);
    expect(decodeKeys('\x1b[5~')).toEqual(['pageup']);
    expect(decodeKeys('\x1b[6~')).toEqual(['pagedown']);
    expect(decodeKeys('\x1b[H')).toEqual(['home']);
    expect(decodeKeys('\x1b[4~')).toEqual(['end']);
    expect(decodeKeys('\x1b[Z')).toEqual(['shift-tab']);
    expect(decodeKeys('\x1b[3~')).toEqual(['delete']);
    expect(decodeKeys('\x1b')).toEqual(['escape']);
    expect(decodeKeys('\x03')).toEqual(['ctrl-c']);
    // Alt+j is not j: it must not move the selection.
    expect(decodeKeys('\x1bj')).toEqual(['alt-j']);
  });

  test('sequences that name no bound key are ignored, never an error', () => {
    for (const raw of ['\x1b[1;5P', '\x1b[1;5R', '\x1b[6n', '\x1b[?2004h', '\x1b[200~', '\x1bOP', '\x1b]52;c;eA==']) {
      expect(decodeKeys(raw), JSON.stringify(raw)).toEqual([]);
    }
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
