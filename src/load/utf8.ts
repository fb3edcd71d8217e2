import type { TextPosition } from './text-position.js';

/** Text decoded from bytes, or where the first invalid UTF-8 byte is. */
export type Decoded = { ok: true; text: string } | { ok: false; byteOffset: number; position: TextPosition };

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Decodes UTF-8 strictly (a leading BOM is dropped); invalid bytes are an error, never a silent U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const byteOffset = firstInvalidByte(bytes);
    return { ok: false, byteOffset, position: positionOfByte(bytes, byteOffset) };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (bytes.length if none). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

// Length of the valid multi-byte sequence at i, or 0; follows the well-formed table of Unicode 15, 3.9.
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Line and column of a byte offset, counting characters of the (valid) text before it as an editor would.
function positionOfByte(bytes: Uint8Array, byteOffset: number): TextPosition {
  let before = lenient.decode(bytes.subarray(0, byteOffset));
  if (before.charCodeAt(0) === 0xfeff) before = before.slice(1);
  const lastNewline = before.lastIndexOf('\n');
  let line = 1;
  for (let at = before.indexOf('\n'); at !== -1; at = before.indexOf('\n', at + 1)) line++;
  return { line, column: before.length - (lastNewline + 1) + 1 };
}
