// Renders Ink trees into a fake terminal of a chosen size, for component tests at fixed sizes.
import { EventEmitter } from 'node:events';
import type { ReactElement } from 'react';
import { render } from 'ink';

/** A stdout with settable size that keeps the frames Ink writes. */
export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  frames: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
  /** Changes the size and tells Ink and the app, as SIGWINCH would. */
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

/** A stdin that delivers written text in one chunk, as a terminal does for a paste or key repeat. */
export class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;
  write(data: string): void {
    this.pending = data;
    this.emit('readable');
  }
  read = (): string | null => {
    const data = this.pending;
    this.pending = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  ref(): void {}
  unref(): void {}
  resume(): void {}
  pause(): void {}
}

/** Lets React and Ink finish the work queued by the last input. */
export const settle = () => new Promise<void>((resolve) => setImmediate(() => setTimeout(resolve, 0)));

/** What a rendered tree offers a test. */
export interface Rendered {
  stdout: FakeStdout;
  stdin: FakeStdin;
  /** The last frame as lines. */
  lines(): string[];
  /** Types text or keys, then waits for the frame. */
  type(text: string): Promise<string[]>;
  unmount(): void;
}

/** Renders `tree` at `columns` x `rows`. */
export function renderAt(tree: ReactElement, columns: number, rows: number): Rendered {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = render(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const lines = () => (stdout.frames.at(-1) ?? '').replace(/\n$/, '').split('\n');
  return {
    stdout,
    stdin,
    lines,
    type: async (text) => {
      stdin.write(text);
      await settle();
      return lines();
    },
    unmount: () => instance.unmount(),
  };
}
