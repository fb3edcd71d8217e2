// A program in a pseudo-terminal, seen through a headless terminal emulator: the benchmark's
// version of test/pty/harness.ts, with a timestamp on every chunk of output so the time from a
// key to the frame it causes, and the bytes that frame cost, can be measured.
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { ROOT } from './bundle.mjs';

/** Starts `command args` at cols x rows; `CI` is removed (Ink prints only the last frame when it is set). */
export function spawnPty(command, args, { cols = 80, rows = 24, env = {} } = {}) {
  const fullEnv = { ...process.env, TERM: 'xterm-256color', LESS: '', LESSHISTFILE: '-', ...env };
  delete fullEnv.CI;
  const started = performance.now();
  const child = pty.spawn(command, args, { name: 'xterm-256color', cols, rows, cwd: ROOT, env: fullEnv });
  const terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
  let bytes = 0;
  let lastDataAt = started;
  const listeners = new Set();
  child.onData((data) => {
    lastDataAt = performance.now();
    bytes += Buffer.byteLength(data);
    terminal.write(data, () => listeners.forEach((notify) => notify()));
  });
  const exited = new Promise((resolve) => child.onExit(({ exitCode }) => resolve({ exitCode, at: performance.now() })));

  const lines = () => {
    const buffer = terminal.buffer.active;
    const out = [];
    for (let y = 0; y < terminal.rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return out;
  };

  /** Resolves with the time the screen first satisfied `check` (rejects after `timeoutMs`). */
  const waitFor = (check, what, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const attempt = () => {
        if (!check(lines())) return;
        done();
        resolve(lastDataAt);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}; screen:\n${lines().join('\n')}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(attempt);
      };
      listeners.add(attempt);
      attempt();
    });

  /**
   * Resolves with the time of the last chunk once output that began after `since` has been
   * followed by `quietMs` of silence; if none begins within `timeoutMs`, with undefined.
   */
  const settle = (quietMs = 40, since = performance.now(), timeoutMs = 10_000) =>
    new Promise((resolve) => {
      const check = () => {
        const now = performance.now();
        if (lastDataAt <= since) {
          if (now - since >= timeoutMs) resolve(undefined);
          else setTimeout(check, Math.min(quietMs, 5));
          return;
        }
        const idle = now - lastDataAt;
        if (idle >= quietMs) resolve(lastDataAt);
        else setTimeout(check, quietMs - idle + 1);
      };
      check();
    });

  /** Resolves after `ms` of silence, whether or not anything was written. */
  const quiet = (ms) =>
    new Promise((resolve) => {
      const check = () => {
        const idle = performance.now() - lastDataAt;
        if (idle >= ms) resolve();
        else setTimeout(check, ms - idle + 1);
      };
      setTimeout(check, ms);
    });

  return {
    pid: child.pid,
    started,
    exited,
    lines,
    waitFor,
    settle,
    quiet,
    bytes: () => bytes,
    press: (keys) => child.write(keys),
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
