import { writeSync } from 'node:fs';

/** Switch to the alternate screen (saving the shell's screen and cursor), then home the cursor. */
export const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h\x1b[H';
/** Show the cursor and return to the shell's screen as it was. */
export const LEAVE_ALTERNATE_SCREEN = '\x1b[?25h\x1b[?1049l';

/**
 * Enters the alternate screen and returns the function that leaves it. Ink 6.8 has no option for
 * this. Leaving is idempotent and synchronous, so it also works from signal and crash handlers.
 */
export function enterAlternateScreen(stdout: NodeJS.WriteStream): () => void {
  write(stdout, ENTER_ALTERNATE_SCREEN);
  let left = false;
  return () => {
    if (left) return;
    left = true;
    write(stdout, LEAVE_ALTERNATE_SCREEN);
  };
}

function write(stdout: NodeJS.WriteStream, text: string): void {
  try {
    // A synchronous write reaches the terminal even when the process is about to end.
    const fd = (stdout as { fd?: unknown }).fd;
    if (typeof fd === 'number') writeSync(fd, text);
    else stdout.write(text);
  } catch {
    // The terminal is gone (SIGHUP after a dropped SSH link): nothing left to restore.
  }
}
