/**
 * Real-terminal test harness: runs `node bin/itx.js` in a pseudo-terminal (@lydell/node-pty) and
 * feeds everything it writes into a headless terminal emulator (@xterm/headless), so a test reads
 * the screen a user would see, types keys, resizes, and checks the alternate screen.
 *
 *   const itx = spawnItx(['test/tui/fixtures/three-incidents.json'], { cols: 80, rows: 24 });
 *   await itx.waitForText('1/26');      // wait for what the user waits for; never sleep
 *   itx.press('j');
 *   await itx.waitFor((lines) => lines[3]!.startsWith('>'));
 *   itx.press('q');
 *   await itx.exited;
 *   itx.dispose();
 *
 * It also records what the program made the terminal do besides drawing (`effects`: title changes,
 * OSC and DCS strings, replies the terminal would type back, bells) and everything it wrote
 * (`output()`), so security tests can show that hostile data never reached the terminal.
 *
 * Build first (`npm run build`): the harness runs the bundled CLI, as a user would.
 */
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

/** Repository root, where bin/itx.js lives. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Keys as a terminal sends them, for `press`. */
export const KEYS = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  pageUp: '\x1b[5~',
  pageDown: '\x1b[6~',
  home: '\x1b[H',
  end: '\x1b[F',
  enter: '\r',
  escape: '\x1b',
  tab: '\t',
  space: ' ',
  backspace: '\x7f',
  ctrlC: '\x03',
  ctrlD: '\x04',
  ctrlU: '\x15',
} as const;

/** How to start the program. */
export interface SpawnOptions {
  cols?: number;
  rows?: number;
  /** Extra environment; `CI` is always removed (Ink prints only the last frame when it is set). */
  env?: Record<string, string>;
  /** Text printed on the normal screen before itx starts, to check that it is back afterwards. */
  banner?: string;
  /** Default time limit of the wait functions, in ms (8000). */
  timeoutMs?: number;
  /** Script to run instead of bin/itx.js (relative to the repository root), e.g. a test entry point. */
  script?: string;
  /**
   * A shell command run on the same terminal after the program ends (e.g. `stty -a`, to see the
   * terminal modes it left behind); the exit status is still the program's.
   */
  thenRun?: string;
}

/** OSC numbers recorded in `effects.osc`: titles, colours, links, fonts, clipboard, cwd and shell marks, iTerm2. */
const WATCHED_OSC = [0, 1, 2, 4, 7, 8, 10, 11, 12, 50, 52, 104, 112, 133, 777, 1337];
/** DCS final bytes (with intermediates) recorded in `effects.dcs`: DECRQSS, XTGETTCAP, sixel, tmux passthrough. */
const WATCHED_DCS = [
  { intermediates: '$', final: 'q' },
  { intermediates: '+', final: 'q' },
  { final: 'q' },
  { final: 't' },
];

/** What the program made the terminal do besides drawing text; each would be an attack if data caused it. */
export interface TerminalEffects {
  /** Window titles set (OSC 0, 1, 2). */
  titles: string[];
  /** OSC strings seen, by number (OSC 52 is a clipboard write or read). */
  osc: Array<{ ident: number; data: string }>;
  /** DCS strings seen (DECRQSS, XTGETTCAP, sixel, tmux passthrough). */
  dcs: string[];
  /** What the terminal answered to queries (device attributes, cursor position, DECRQSS): typed back into the program. */
  replies: string[];
  /** Bells rung. */
  bells: number;
}

/** How the program ended. */
export interface ExitStatus {
  exitCode: number;
  signal?: number;
}

/** A running program in a pseudo-terminal, seen through a terminal emulator. */
export interface PtySession {
  /** The emulator; `terminal.buffer.active` is what is on screen. */
  readonly terminal: xterm.Terminal;
  /** Resolves when the program has ended. */
  readonly exited: Promise<ExitStatus>;
  /** Bytes the program has written so far (to measure output per keystroke). */
  readonly bytesWritten: () => number;
  /** Everything the program has written so far, as the terminal received it. */
  readonly output: () => string;
  /** What the program made the terminal do besides drawing (titles, OSC, DCS, replies, bells). */
  readonly effects: TerminalEffects;
  /** Sends keys or text to the program, as typed. */
  press(...keys: string[]): void;
  /** The screen as lines of text, trailing spaces removed. */
  lines(): string[];
  /** The screen as one string, lines joined with "\n". */
  text(): string;
  /** True while the program shows the alternate screen. */
  isAlternateScreen(): boolean;
  /** Waits until the screen satisfies `check`; rejects with the screen's content after the time limit. */
  waitFor(check: (lines: string[]) => boolean, what?: string, timeoutMs?: number): Promise<string[]>;
  /** Waits until `text` (or a match of the pattern) is on screen. */
  waitForText(text: string | RegExp, timeoutMs?: number): Promise<string[]>;
  /** Resizes the pseudo-terminal (the program gets SIGWINCH) and the emulator. */
  resize(cols: number, rows: number): void;
  /** Sends a signal to the program. */
  kill(signal?: NodeJS.Signals): void;
  /** Ends the program if still running and frees the emulator. */
  dispose(): void;
}

/** Starts `node bin/itx.js ...args` (or `options.script`) in a pseudo-terminal of `cols` x `rows` (80x24 by default). */
export function spawnItx(args: readonly string[], options: SpawnOptions = {}): PtySession {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const timeout = options.timeoutMs ?? 8000;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), TERM: 'xterm-256color', ...options.env };
  delete env.CI;
  const script = options.script ?? 'bin/itx.js';
  const viaShell = options.banner !== undefined || options.thenRun !== undefined;
  const command = viaShell ? '/bin/sh' : process.execPath;
  const shellScript =
    (options.banner === undefined ? 'shift; ' : 'printf "%s\\n" "$1"; shift; ') +
    (options.thenRun === undefined ? 'exec "$@"' : `"$@"; status=$?; ${options.thenRun}; exit $status`);
  const argv = viaShell ? ['-c', shellScript, 'sh', options.banner ?? '', process.execPath, script, ...args] : [script, ...args];
  const child = pty.spawn(command, argv, { name: 'xterm-256color', cols, rows, cwd: REPO_ROOT, env });
  const terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 100 });

  const effects: TerminalEffects = { titles: [], osc: [], dcs: [], replies: [], bells: 0 };
  terminal.onTitleChange((title) => effects.titles.push(title));
  terminal.onBell(() => effects.bells++);
  terminal.onData((reply) => effects.replies.push(reply));
  // Returning false lets the emulator's own handling run too, so modes and titles change as they would.
  for (const ident of WATCHED_OSC) terminal.parser.registerOscHandler(ident, (data) => (effects.osc.push({ ident, data }), false));
  for (const id of WATCHED_DCS) terminal.parser.registerDcsHandler(id, (data) => (effects.dcs.push(data), false));

  let bytes = 0;
  const written: string[] = [];
  const listeners = new Set<() => void>();
  child.onData((data) => {
    bytes += Buffer.byteLength(data);
    written.push(data);
    // The emulator parses asynchronously; look at the screen once this chunk is on it.
    terminal.write(data, () => listeners.forEach((notify) => notify()));
  });
  const exited = new Promise<ExitStatus>((resolve) => {
    child.onExit(({ exitCode, signal }) => {
      // Let the emulator finish parsing the last output before reporting the end.
      terminal.write('', () => resolve(signal ? { exitCode, signal } : { exitCode }));
    });
  });

  const lines = (): string[] => {
    const buffer = terminal.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < terminal.rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return out;
  };

  const waitFor = (check: (lines: string[]) => boolean, what = 'the expected screen', ms = timeout): Promise<string[]> =>
    new Promise((resolve, reject) => {
      const attempt = () => {
        const now = lines();
        if (!check(now)) return false;
        done();
        resolve(now);
        return true;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}; the screen was:\n${lines().join('\n')}`));
      }, ms);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(onOutput);
      };
      const onOutput = () => void attempt();
      listeners.add(onOutput);
      attempt();
    });

  return {
    terminal,
    exited,
    bytesWritten: () => bytes,
    output: () => written.join(''),
    effects,
    press: (...keys) => keys.forEach((k) => child.write(k)),
    lines,
    text: () => lines().join('\n'),
    isAlternateScreen: () => terminal.buffer.active.type === 'alternate',
    waitFor,
    waitForText: (text, ms) =>
      waitFor((now) => (typeof text === 'string' ? now.join('\n').includes(text) : text.test(now.join('\n'))), JSON.stringify(String(text)), ms),
    resize: (c, r) => {
      child.resize(c, r);
      terminal.resize(c, r);
    },
    kill: (signal = 'SIGTERM') => child.kill(signal),
    dispose: () => {
      try {
        child.kill('SIGKILL');
      } catch {
        // Already ended.
      }
      terminal.dispose();
    },
  };
}
