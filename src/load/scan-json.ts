import type { DataPath } from './data-path.js';

/** A key found by the structural scan, with where it is. */
export interface ScannedKey {
  key: string;
  /** Character offset of the key's opening quote. */
  offset: number;
  /** Path of the object holding the key. */
  path: DataPath;
}

/** What a structural pass over JSON text found before any real parsing. */
export interface JsonScan {
  /** Offset of the bracket that went deeper than allowed, if one did (the scan stops there). */
  tooDeepAt?: number;
  /** Keys that appear twice in one object (the later occurrence). */
  duplicateKeys: ScannedKey[];
  /** Keys that name an object prototype: `__proto__`, `constructor`, `prototype`. */
  prototypeKeys: ScannedKey[];
}

/** Keys that could reach an object's prototype if copied naively. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  kind: 'object' | 'array';
  keys?: Set<string>;
  key?: string;
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/**
 * Walks JSON text iteratively (no recursion, so no stack to exhaust) to find excessive nesting,
 * duplicate keys and prototype keys. Tolerates broken JSON: the parser reports syntax later.
 */
export function scanJson(text: string, maxDepth: number, maxReports = 20): JsonScan {
  const result: JsonScan = { duplicateKeys: [], prototypeKeys: [] };
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && nextSignificant(text, end) === COLON) {
        const key = decodeKey(text.slice(i + 1, end - 1));
        const path = () => pathOf(stack.slice(0, -1));
        if (PROTOTYPE_KEYS.has(key) && result.prototypeKeys.length < maxReports) {
          result.prototypeKeys.push({ key, offset: i, path: path() });
        }
        if (top.keys!.has(key)) {
          if (result.duplicateKeys.length < maxReports) result.duplicateKeys.push({ key, offset: i, path: path() });
        } else top.keys!.add(key);
        top.key = key;
      }
      i = end;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) {
        result.tooDeepAt = i;
        return result;
      }
      stack.push(c === 0x7b ? { kind: 'object', keys: new Set(), index: 0 } : { kind: 'array', index: 0 });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
    }
    i++;
  }
  return result;
}

// Offset just past the closing quote of the string starting at `start` (or the text's end).
function stringEnd(text: string, start: number): number {
  let at = text.indexOf('"', start + 1);
  while (at !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at + 1;
    at = text.indexOf('"', at + 1);
  }
  return text.length;
}

function nextSignificant(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
    i++;
  }
  return -1;
}

// "\u005f_proto__" is the same key as "__proto__" once parsed, so escapes are decoded before comparing.
function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function pathOf(parents: Frame[]): DataPath {
  const path: PropertyKey[] = [];
  for (const frame of parents) {
    if (frame.kind === 'array') path.push(frame.index);
    else if (frame.key !== undefined) path.push(frame.key);
  }
  return path;
}
