import { parse } from '@humanwhocodes/momoa';
import type { TextPosition } from './text-position.js';

/** Parsed JSON, or a syntax error a user can act on. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string; position: TextPosition };

const TOKENS: Record<string, string> = {
  Comma: '","',
  Colon: '":"',
  LBrace: '"{"',
  RBrace: '"}"',
  LBracket: '"["',
  RBracket: '"]"',
  String: 'string',
  Number: 'number',
  Boolean: 'true/false',
  Null: 'null',
};

/**
 * Parses JSON with the engine's fast parser; only on failure does the positional parser run, to
 * say where and what. `text` must already have passed the depth check.
 */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (engineError) {
    return explain(text, engineError);
  }
}

function explain(text: string, engineError: unknown): ParsedJson {
  try {
    parse(text, { mode: 'json' });
  } catch (error) {
    const e = error as { message: string; line?: number; column?: number; offset?: number };
    if (typeof e.line === 'number' && typeof e.column === 'number') {
      return { ok: false, message: describe(e.message, text, e.offset ?? 0), position: { line: e.line, column: e.column } };
    }
  }
  // The two parsers disagree (rare: e.g. a raw control character in a string); use the engine's words.
  const message = engineError instanceof Error ? engineError.message : String(engineError);
  return { ok: false, message: `invalid JSON: ${message}`, position: enginePosition(message, text) };
}

function describe(message: string, text: string, offset: number): string {
  const token = /^Unexpected token (\w+)/.exec(message)?.[1];
  if (token !== undefined) {
    const what = TOKENS[token] ?? token;
    const before = previousSignificant(text, offset);
    if ((token === 'RBrace' || token === 'RBracket') && before === ',') {
      return `invalid JSON: trailing comma before ${what} (JSON allows none; remove the comma)`;
    }
    if (before !== undefined && !'{[,:'.includes(before) && !(token === 'RBrace' || token === 'RBracket' || token === 'Comma' || token === 'Colon')) {
      return `invalid JSON: unexpected ${what}; is a comma missing before it?`;
    }
    return `invalid JSON: unexpected ${what}`;
  }
  const word = /^Unexpected identifier '(.*)' found/.exec(message)?.[1];
  if (word !== undefined) {
    return `invalid JSON: unexpected word "${word}" (strings need double quotes; the only bare words are true, false and null)`;
  }
  if (message.startsWith('Unexpected end of input')) {
    return 'invalid JSON: the file ends too early (an object, array or string is not closed)';
  }
  const char = /^Unexpected character '(.*)' found/.exec(message)?.[1];
  if (char !== undefined) {
    const bareWord = /^[A-Za-z_$][\w$-]*/.exec(text.slice(offset, offset + 40))?.[0];
    if (bareWord) return describe(`Unexpected identifier '${bareWord}' found.`, text, offset);
    return `invalid JSON: unexpected character ${JSON.stringify(char)}`;
  }
  return `invalid JSON: ${message.replace(/\s*\(\d+:\d+\)$/, '').replace(/\.$/, '')}`;
}

function previousSignificant(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return c;
  }
  return undefined;
}

function enginePosition(message: string, text: string): TextPosition {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /position (\d+)/.exec(message);
  if (!at) return { line: 1, column: 1 };
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
