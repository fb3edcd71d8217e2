import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_MAX_LENGTH, sanitize, sanitizeDeep } from '../../src/text/index.js';

const marks = (n: number) => '\u0301'.repeat(n);

// [name, hostile input, expected output]
const HOSTILE: Array<[string, string, string]> = [
  ['OSC 52 clipboard write (BEL)', 'a\x1b]52;c;SGVsbG8=\x07b', 'ab'],
  ['OSC 52 clipboard write (ST)', '\x1b]52;c;SGVsbG8=\x1b\\x', 'x'],
  ['OSC 8 hyperlink keeps only the label', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\', 'click'],
  ['OSC 0 title set', '\x1b]0;pwned\x07x', 'x'],
  ['title report CSI 21 t', 'a\x1b[21tb', 'ab'],
  ['DECRQSS', '\x1bP$qm\x1b\\', ''],
  ['OSC 50 font query', '\x1b]50;?\x07f', 'f'],
  ['less CVE-2022-46663 style OSC 8', 'x\x1b]8;;http://x\x1b\\y', 'xy'],
  ['cursor up', 'up\x1b[1Adown', 'updown'],
  ['erase display and scrollback', '\x1b[2J\x1b[3Jok', 'ok'],
  ['alternate screen (private CSI)', '\x1b[?1049hz', 'z'],
  ['device status report', '\x1b[6n', ''],
  ['SGR colour', '\x1b[1;31mred\x1b[0m', 'red'],
  ['bare CR cannot overwrite', 'safe\rEVIL', 'safe^MEVIL'],
  ['CR at end', 'x\r', 'x^M'],
  ['CRLF becomes LF', 'a\r\nb', 'a\nb'],
  ['backspace overstrike', 'a\bb', 'a^Hb'],
  ['8-bit C1 CSI', '\x9b31mred', 'red'],
  ['8-bit OSC ended by 8-bit ST', '\x9d0;t\x9cx', 'x'],
  ['8-bit DCS', '\x90q#0;2\x9cz', 'z'],
  ['8-bit APC ended by BEL', '\x9fhidden\x07v', 'v'],
  ['tmux passthrough', '\x1bPtmux;\x1b\x1b]52;c;x\x07\x1b\\after', 'after'],
  ['APC kitty graphics', '\x1b_Gf=100;AAAA\x1b\\img', 'img'],
  ['SOS', '\x1bXsecret\x1b\\s', 's'],
  ['PM', '\x1b^secret\x1b\\p', 'p'],
  ['iTerm2 OSC 1337 file', '\x1b]1337;File=name=eA==:QUFB\x07done', 'done'],
  ['bracketed paste end', '\x1b[201~rm -rf /', 'rm -rf /'],
  ['RIS', '\x1bcx', 'x'],
  ['DECSC / DECRC / reverse index', '\x1b7a\x1b8\x1bMb', 'ab'],
  ['DECALN screen fill', '\x1b#8q', 'q'],
  ['charset shift SO/SI', '\x0eab\x0f', '^Nab^O'],
  ['charset designation', '\x1b(0lqk\x1b(B', 'lqk'],
  ['BEL flood', '\x07\x07\x07', '^G^G^G'],
  ['NUL', 'a\x00b', 'a^@b'],
  ['DEL', 'a\x7fb', 'a^?b'],
  ['other C0', '\x01\x1a\x1c\x1f', '^A^Z^\\^_'],
  ['lone ESC at end', 'x\x1b', 'x^['],
  ['ESC before newline', 'x\x1b\ny', 'x^[\ny'],
  ['ESC before non-ASCII', '\x1bé', '^[é'],
  ['incomplete escape with intermediate', 'x\x1b(', 'x^[('],
  ['ESC ESC restarts the escape', '\x1b\x1b[31mX', 'X'],
  ['malformed CSI is dropped, text kept', '\x1b[31\nm', '\nm'],
  ['unterminated CSI at end', 'x\x1b[12;', 'x'],
  ['C1 NEL shown', 'a\x85b', 'a<U+0085>b'],
  ['bare 8-bit ST shown', '\x9c', '<U+009C>'],
  ['tab is four spaces', 'a\tb', 'a    b'],
  ['RLO (CVE-2021-42574 trojan source)', 'abc\u202egpj.exe', 'abc<U+202E>gpj.exe'],
  ['bidi isolates and marks', '\u2066\u2069\u200e\u200f\u061c', '<U+2066><U+2069><U+200E><U+200F><U+061C>'],
  ['zero-width space', 'pay\u200bpal', 'pay<U+200B>pal'],
  ['word joiner, BOM, soft hyphen', '\u2060\ufeff\u00ad', '<U+2060><U+FEFF><U+00AD>'],
  ['line and paragraph separators', 'a\u2028b\u2029', 'a<U+2028>b<U+2029>'],
  ['Mongolian vowel separator', '\u180e', '<U+180E>'],
  ['tag characters (ASCII smuggling)', 'hi\u{e0041}\u{e0042}', 'hi<U+E0041><U+E0042>'],
  ['variation selector supplement', 'x\u{e0100}', 'x<U+E0100>'],
  ['Hangul filler', '\u3164', '<U+3164>'],
  ['combining-mark bomb', 'a' + marks(500), 'a' + marks(8) + '<+492 marks>'],
  ['combining marks up to the cap are kept', 'a' + marks(8) + 'b', 'a' + marks(8) + 'b'],
  ['marks across a removed sequence count as one run', 'a' + marks(6) + '\x1b[0m' + marks(6) + 'b', 'a' + marks(8) + '<+4 marks>b'],
  ['lone surrogates', '\ud800x\udc00', '\ufffdx\ufffd'],
  ['reversed surrogate pair', '\udc00\ud800', '\ufffd\ufffd'],
  ['ZWJ emoji kept', '👨‍👩‍👧', '👨‍👩‍👧'],
  ['ZWJ emoji with skin tone and VS16', '👩🏽‍💻 ❤️‍🔥', '👩🏽‍💻 ❤️‍🔥'],
  ['ZWJ between letters badged', 'a\u200db', 'a<U+200D>b'],
  ['ZWJ after emoji before text badged', '😀\u200dx', '😀<U+200D>x'],
  ['ZWJ at end badged', '😀\u200d', '😀<U+200D>'],
  ['ZWNJ badged', 'a\u200cb', 'a<U+200C>b'],
];

const C0_EXCEPT_LF = /[\x00-\x09\x0b-\x1f\x7f]/;
const C1 = /[\x80-\x9f]/;
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff\u{e0000}-\u{e0fff}]/u;
const LONE_SURROGATE = /[\ud800-\udfff]/u;
// ZWJ is allowed only between an emoji (plus modifiers/marks) and an emoji.
const STRAY_ZWJ = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\p{M}])\u200d|\u200d(?!\p{Extended_Pictographic})/u;

function expectSafe(out: string): void {
  expect(out).not.toMatch(/\x1b/);
  expect(out).not.toMatch(C0_EXCEPT_LF);
  expect(out).not.toMatch(C1);
  expect(out).not.toMatch(INVISIBLE);
  expect(out).not.toMatch(LONE_SURROGATE);
  expect(out).not.toMatch(STRAY_ZWJ);
  expect(out).not.toMatch(/\p{M}{9}/u);
}

describe('sanitize: hostile inputs', () => {
  it('has a large table', () => expect(HOSTILE.length).toBeGreaterThanOrEqual(30));

  it.each(HOSTILE)('%s', (_name, input, expected) => {
    const out = sanitize(input);
    expect(out).toBe(expected);
    expectSafe(out);
    expect(sanitize(out)).toBe(out);
  });

  it('drops an unterminated 1 MB OSC to the end of the field, quickly', () => {
    const input = 'ok\x1b]52;c;' + 'A'.repeat(1_000_000);
    const start = performance.now();
    expect(sanitize(input)).toBe('ok');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('drops unterminated DCS and APC bodies, even ones holding newlines', () => {
    expect(sanitize('a\x1bPq\nline2')).toBe('a');
    expect(sanitize('a\x1b_G\x07b')).toBe('ab');
  });

  it('an ESC inside a string sequence ends it and starts a new escape', () => {
    expect(sanitize('\x1b]0;t\x1b[31mred')).toBe('red');
  });
});

describe('sanitize: fast path and length cap', () => {
  it('returns clean strings unchanged', () => {
    for (const s of ['', 'plain ASCII', 'Ünïcödé 漢字 😀 👨‍👩‍👧', 'line\nbreak', 'é' + marks(7)]) {
      expect(sanitize(s)).toBe(s);
    }
  });

  it('caps at maxLength with a visible suffix counting dropped input characters', () => {
    const out = sanitize('a'.repeat(100), { maxLength: 40 });
    expect(out.length).toBeLessThanOrEqual(40);
    const m = /^(a*)… \((\d+) more characters\)$/.exec(out);
    expect(m).not.toBeNull();
    expect(m![1]!.length + Number(m![2])).toBe(100);
    expect(sanitize(out, { maxLength: 40 })).toBe(out);
  });

  it('defaults to 10000 code units', () => {
    const input = 'x'.repeat(25_000);
    const out = sanitize(input);
    expect(out.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(out.length).toBeGreaterThan(DEFAULT_MAX_LENGTH - 40);
    const m = /… \((\d+) more characters\)$/.exec(out)!;
    expect(out.indexOf('…') + Number(m[1])).toBe(25_000);
    expect(sanitize('x'.repeat(DEFAULT_MAX_LENGTH))).toBe('x'.repeat(DEFAULT_MAX_LENGTH));
  });

  it('counts dropped characters in code points and never splits a pair or badge', () => {
    const out = sanitize('😀'.repeat(50), { maxLength: 40 });
    expect(out).toMatch(/^(?:😀)+… \(\d+ more characters\)$/u);
    const kept = [...out.slice(0, out.indexOf('…'))].length;
    expect(kept + Number(/(\d+) more/.exec(out)![1])).toBe(50);
    const badges = sanitize('\u202e'.repeat(30), { maxLength: 40 });
    expect(badges).toMatch(/^(?:<U\+202E>)*… /);
  });

  it('counts escape sequences in the input toward the cap only by their visible output', () => {
    const input = '\x1b[31m'.repeat(5000) + 'visible';
    expect(sanitize(input, { maxLength: 100 })).toBe('visible');
  });

  it('tiny caps still hold', () => {
    expect(sanitize('abcdef', { maxLength: 3 })).toBe('ab…');
    expect(sanitize('abcdef', { maxLength: 0 })).toBe('');
    expect(sanitize('abc', { maxLength: Infinity })).toBe('abc');
  });
});

// Generator biased toward the characters a VT parser cares about.
const hostileChar = fc.oneof(
  fc.constantFrom(
    '\x1b', '[', ']', '\\', 'P', '_', '^', 'X', '(', '#', '?', ';', '0', '1', 'm', 'A', 'a', ' ',
    '\x07', '\x9b', '\x9c', '\x9d', '\x90', '\x85', '\r', '\n', '\t', '\x00', '\x7f', '\b',
    '\u202e', '\u2066', '\u200b', '\u200d', '\ufeff', '\u{e0041}', '\u0301', '\ufe0f',
    '😀', '👩', '🏽', '漢', '\ud800', '\udc00', '…', '<', '>', '+', 'U',
  ),
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp))),
);
const hostileString = fc.array(hostileChar, { maxLength: 80 }).map((cs) => cs.join(''));

describe('sanitize: properties', () => {
  it('output is always terminal-safe and idempotent', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = sanitize(s);
        expectSafe(out);
        expect(sanitize(out)).toBe(out);
      }),
      { numRuns: 3000 },
    );
  });

  it('respects and stays idempotent under any cap', () => {
    fc.assert(
      fc.property(hostileString, fc.integer({ min: 0, max: 60 }), (s, maxLength) => {
        const out = sanitize(s, { maxLength });
        expect(out.length).toBeLessThanOrEqual(maxLength);
        expectSafe(out);
        expect(sanitize(out, { maxLength })).toBe(out);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves printable ASCII alone', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }).map((s) => s.replace(/[^\x20-\x7e]/g, '')), (s) => {
      expect(sanitize(s)).toBe(s);
    }));
  });

  it('is linear on a large hostile field', () => {
    const chunk = 'a\x1b[1mb\x07\u202ec\r\n😀\u0301\x9b0m\x1b]0;t\x07';
    const input = chunk.repeat(50_000);
    const start = performance.now();
    sanitize(input, { maxLength: Infinity });
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('sanitizeDeep', () => {
  it('sanitises every string, keys included, without mutating the input', () => {
    const input = {
      'ti\x1b[31mtle': 'x\x1b]52;c;AA\x07y',
      list: ['a\rb', 1, true, null, { deep: '\u202e' }],
      n: 3.5,
    };
    const snapshot = structuredClone(input);
    expect(sanitizeDeep(input)).toEqual({
      title: 'xy',
      list: ['a^Mb', 1, true, null, { deep: '<U+202E>' }],
      n: 3.5,
    });
    expect(input).toEqual(snapshot);
  });

  it('handles primitives', () => {
    expect(sanitizeDeep('\x1b[2J')).toBe('');
    expect(sanitizeDeep(42)).toBe(42);
    expect(sanitizeDeep(null)).toBe(null);
  });

  it('keeps a "__proto__" key as data', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": "yes\\u001b[0m"}}') as Record<string, unknown>;
    const out = sanitizeDeep(parsed);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'yes' });
  });

  it('survives very deep nesting (no recursion)', () => {
    let value: unknown = 'leaf\x07';
    for (let i = 0; i < 20_000; i++) value = i % 2 ? [value] : { k: value };
    let out = sanitizeDeep(value);
    for (let i = 20_000 - 1; i >= 0; i--) out = i % 2 ? (out as unknown[])[0] : (out as { k: unknown }).k;
    expect(out).toBe('leaf^G');
  });

  it('passes maxLength through', () => {
    expect(sanitizeDeep({ a: 'x'.repeat(100) }, { maxLength: 30 }).a.length).toBeLessThanOrEqual(30);
  });
});
