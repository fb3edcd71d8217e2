import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { describeFsError } from './find-inputs.js';
import { formatBytes } from './limits.js';

/** The bytes of an input, or why they could not be read. */
export type ReadResult = { ok: true; bytes: Uint8Array; /** A regular file's modification time. */ modified?: number } | { ok: false; message: string };

/** Reads a file of at most `maxBytes`; a regular file's size is checked before a byte is read. */
export async function readFileCapped(file: string, maxBytes: number): Promise<ReadResult> {
  return readRegularFile(file, maxBytes) ?? readStreamCapped(file, maxBytes);
}

/**
 * Reads a regular file of at most `maxBytes` at once, synchronously: four asynchronous steps per
 * file (open, stat, read, close) cost more waiting than reading, a quarter of a second over a
 * thousand files. Undefined for anything else (a pipe, a device), which must be read as a stream.
 */
export function readRegularFile(file: string, maxBytes: number): ReadResult | undefined {
  // Non-blocking open, so that a FIFO given as a path cannot stall it.
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    const bytes = readFileSync(fd);
    return bytes.length > maxBytes ? tooLarge(bytes.length, maxBytes) : { ok: true, bytes, modified: info.mtimeMs };
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// Pipes and devices have no size up front: read in chunks and stop at the cap.
async function readStreamCapped(file: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
  try {
    return await readCapped(handle.createReadStream({ autoClose: false }), maxBytes);
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    await handle.close();
  }
}

/** Reads a stream to its end, giving up as soon as it passes `maxBytes`. */
export async function readCapped(stream: NodeJS.ReadableStream, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return { ok: false, message: `more than ${formatBytes(maxBytes)}, the limit per input; split it into smaller files` };
    }
    chunks.push(buffer);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { ok: false, message: `the file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} limit per file; split it into smaller files` };
}
