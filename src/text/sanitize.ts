// Terminal-safe text. Every string from an incident file or report is hostile: Ink writes
// <Text> content raw, so an embedded OSC 52 writes the clipboard, OSC 8 plants links, CSI
// moves the cursor over other rows (cf. CVE-2022-46663, CVE-2021-25743, CVE-2024-52005).
// Node's stripVTControlCharacters misses DCS/APC bodies, BEL, CR and bidi overrides, so this
// is a small VT parser (after the DEC/ECMA-48 state machine) rather than a pile of regexes:
// sequences are removed whole, every other control is made visible, nothing is silently lost.

import { Emitter, MAX_MARKS } from './emitter.js';
import {
  INVISIBLE_CLASS,
  ZWJ,
  badge,
  isEmojiModifier,
  isInvisible,
  isMark,
  isPictographic,
} from './chars.js';

/** Options for {@link sanitize}. */
export interface SanitizeOptions {
  /** Cap on output length in UTF-16 code units, suffix included (default 10000; Infinity = no cap). */
  maxLength?: number;
}

/** Default output cap per field. */
export const DEFAULT_MAX_LENGTH = 10_000;

// A tab has no meaningful tab stop inside a table cell, so it becomes a fixed four spaces
// (stable, idempotent, and width-predictable) rather than expanding to a column multiple.
const TAB = '    ';

// Anything that could make the slow path change the string. Lone surrogates only: in a
// `u` class a valid pair is one code point and does not match D800–DFFF.
const NEEDS_WORK = new RegExp(
  `[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f${INVISIBLE_CLASS}\\ud800-\\udfff]|\\p{M}{${MAX_MARKS + 1}}`,
  'u',
);

const GROUND = 0;
const ESCAPE = 1; // after ESC, possibly collecting intermediates 0x20–0x2F
const CSI = 2; // parameters/intermediates until a final byte 0x40–0x7E
const STRING = 3; // OSC/DCS/SOS/PM/APC body until BEL, ESC \ or ST (0x9C)

/** Makes one field terminal-safe: strips escape sequences, shows controls and invisibles, caps length. */
export function sanitize(input: string, options?: SanitizeOptions): string {
  const max = clampMax(options?.maxLength);
  if (input.length <= max && !NEEDS_WORK.test(input)) return input;
  return scan(input, max);
}

function clampMax(maxLength: number | undefined): number {
  if (maxLength === undefined || Number.isNaN(maxLength)) return DEFAULT_MAX_LENGTH;
  return Math.max(0, Math.floor(maxLength));
}

function scan(input: string, max: number): string {
  const out = new Emitter(input, max);
  const n = input.length;
  let state = GROUND;
  let seqStart = 0; // index of the ESC that opened the current escape
  let i = 0;

  while (i < n && !out.full) {
    const c = input.charCodeAt(i);

    if (state === ESCAPE) {
      if (c === 0x1b) {
        // ESC ESC: terminals restart the escape, so the first ESC does nothing.
        seqStart = i++;
      } else if (c >= 0x20 && c <= 0x2f) {
        i++;
      } else if (c >= 0x30 && c <= 0x7e) {
        i++;
        state = GROUND;
        if (i === seqStart + 2) {
          if (c === 0x5b) state = CSI; // [
          else if (c === 0x5d || c === 0x50 || c === 0x58 || c === 0x5e || c === 0x5f) state = STRING; // ] P X ^ _
        }
        // Otherwise a complete two-character escape (RIS, charset, DECSC...) was dropped.
      } else {
        // ESC that begins nothing: show it, then handle this character normally.
        out.text('^[' + input.slice(seqStart + 1, i), seqStart);
        state = GROUND;
      }
      continue;
    }

    if (state === CSI) {
      if (c >= 0x20 && c <= 0x3f) i++;
      else {
        state = GROUND;
        if (c >= 0x40 && c <= 0x7e) i++;
        // else: malformed CSI is dropped and this character is processed as text.
      }
      continue;
    }

    if (state === STRING) {
      if (c === 0x07 || c === 0x9c) {
        i++;
        state = GROUND;
      } else if (c === 0x1b) {
        state = GROUND;
        if (input.charCodeAt(i + 1) === 0x5c) i += 2;
        // else: ESC aborts the string and opens a new escape, as in xterm; reprocess it.
      } else i++;
      continue;
    }

    // GROUND
    if (c >= 0x20 && c < 0x7f) {
      let j = i + 1;
      while (j < n) {
        const d = input.charCodeAt(j);
        if (d < 0x20 || d >= 0x7f) break;
        j++;
      }
      out.text(input.slice(i, j), i, false, true);
      i = j;
    } else if (c < 0x20 || c === 0x7f) {
      i = control(input, i, c, out);
      if (c === 0x1b) {
        state = ESCAPE;
        seqStart = i - 1;
      }
    } else if (c <= 0x9f) {
      i++;
      if (c === 0x9b) state = CSI;
      else if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) state = STRING;
      else out.text(badge(c), i - 1); // other C1 (NEL, bare ST...) shown, never executed
    } else {
      i = codePoint(input, i, out);
    }
  }

  // An escape cut off by the end of the field cannot combine with whatever Ink writes next
  // because it is shown, not emitted. Unterminated CSI and strings are dropped.
  if (state === ESCAPE && !out.full) out.text('^[' + input.slice(seqStart + 1), seqStart);
  return out.finish();
}

/** Handles a C0 control or DEL at `i`; returns the next index. ESC is left to the caller. */
function control(input: string, i: number, c: number, out: Emitter): number {
  if (c === 0x0a) out.text('\n', i);
  else if (c === 0x09) out.text(TAB, i);
  else if (c === 0x0d) {
    // CRLF is a line break; a lone CR would let later text overwrite earlier text.
    if (input.charCodeAt(i + 1) === 0x0a) {
      out.text('\n', i);
      return i + 2;
    }
    out.text('^M', i);
  } else if (c === 0x7f) out.text('^?', i);
  else if (c !== 0x1b) out.text('^' + String.fromCharCode(c + 0x40), i);
  return i + 1;
}

/** Handles a code point >= U+00A0 at `i`; returns the next index. */
function codePoint(input: string, i: number, out: Emitter): number {
  const c = input.charCodeAt(i);
  let cp = c;
  let next = i + 1;
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = input.charCodeAt(i + 1);
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      next = i + 2;
    } else {
      out.text('\ufffd', i); // lone surrogate: not text, and breaks UTF-8 output
      return next;
    }
  }

  if (cp === ZWJ) {
    // Kept only where it joins emoji (UAX #29 GB11: pictographic Extend* ZWJ × pictographic),
    // where it cannot hide text. Emitted with its right-hand emoji as one piece so the length
    // cap never leaves a dangling ZWJ that a second pass would badge.
    out.flushMarks();
    const right = input.codePointAt(next);
    if (out.emojiLeft && right !== undefined && isPictographic(right)) {
      const end = next + (right > 0xffff ? 2 : 1);
      out.text(input.slice(i, end), i, true);
      return end;
    }
    out.text(badge(cp), i);
  } else if (isInvisible(cp)) {
    out.text(badge(cp), i);
  } else if (isMark(cp)) {
    out.mark(input.slice(i, next), i);
  } else {
    out.flushMarks(); // first: a marks badge ends the emoji context a modifier would extend
    const emoji = isPictographic(cp) || (isEmojiModifier(cp) && out.emojiLeft);
    out.text(input.slice(i, next), i, emoji);
  }
  return next;
}

/** Copies a JSON value with every string, object keys included, sanitised (iterative, any depth). */
export function sanitizeDeep<T>(value: T, options?: SanitizeOptions): T {
  if (typeof value === 'string') return sanitize(value, options) as T;
  if (typeof value !== 'object' || value === null) return value;

  // Explicit work stack instead of recursion: hostile files can nest far deeper than the
  // call stack. The map also makes shared references and cycles terminate.
  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  const work: Array<[object, Record<string, unknown> | unknown[]]> = [];
  const copyOf = (source: object): Record<string, unknown> | unknown[] => {
    let target = copies.get(source);
    if (target === undefined) {
      target = Array.isArray(source) ? [] : {};
      copies.set(source, target);
      work.push([source, target]);
    }
    return target;
  };
  const child = (v: unknown): unknown =>
    typeof v === 'string' ? sanitize(v, options) : typeof v === 'object' && v !== null ? copyOf(v) : v;

  const root = copyOf(value);
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [source, target] = item;
    if (Array.isArray(source)) {
      const list = target as unknown[];
      for (const element of source) list.push(child(element));
      continue;
    }
    const record = target as Record<string, unknown>;
    for (const [key, v] of Object.entries(source)) {
      // Keys that sanitise to the same text: the later one wins, as with JSON.parse duplicates.
      // defineProperty so a "__proto__" key stays data and never swaps the prototype.
      Object.defineProperty(record, sanitize(key, options), {
        value: child(v),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }
  return root as T;
}
