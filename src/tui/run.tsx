import { render, type Instance } from 'ink';
import type { LoadResult } from '../model/loaded.js';
import { Explorer } from './Explorer.js';
import { TimeColumn } from './present/time-column.js';
import { initialState } from './state/init.js';
import type { MarksStore } from './marks-store.js';
import { reducer } from './state/reducer.js';
import type { Action } from './state/types.js';
import { enterAlternateScreen } from './terminal/alternate-screen.js';
import { guardExit, type ExitCause } from './terminal/exit-guard.js';
import { watchPaths } from './watch-paths.js';
import type { LiveData } from './effects/use-live-reload.js';
import type { Timeline } from '../core/timeline.js';

/** How the explorer is started. */
export interface ExplorerOptions {
  /** --tz: an IANA zone (shown first, and the zone `z` switches to), or UTC, local, relative. */
  tz?: string;
  /** False under NO_COLOR or --no-color. */
  color: boolean;
  /** The paths the user gave (none: the bundled incidents), named on the help screen. */
  paths: string[];
  /** --fanged: show indicators in event text as written, not defanged. */
  fanged?: boolean;
  /** The marks sidecar (read before, written on each change); without it marks last for the session. */
  marks?: MarksStore;
  /** The merged timeline of `load`, when the caller has already built it. */
  timeline?: Timeline;
  /** Actions applied before the first frame: `itx present` sets its filters and opens presentation mode. */
  start?: readonly Action[];
  /** Loads the same paths again with the same options (R, and on changes); absent: nothing to reload (stdin). */
  reload?: () => Promise<LoadResult>;
  /** Files and folders to watch, reloading when they change; empty or absent: no watching (--no-watch). */
  watch?: readonly string[];
}

const MODE_WORDS = new Set(['utc', 'local', 'relative']);

/** The zone `z` switches to: a zone given with --tz, else $TZ, else the system's zone. */
export function localZone(tz: string | undefined): string {
  if (tz && !MODE_WORDS.has(tz.toLowerCase())) return tz;
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The time mode shown first: UTC unless --tz asked for a zone, "local" or "relative". */
export function startTimeMode(tz: string | undefined): number {
  if (!tz || tz.toLowerCase() === 'utc') return 0;
  return tz.toLowerCase() === 'relative' ? 2 : 1;
}

/**
 * Runs the full-screen explorer on the loaded incidents until the user quits (resolving with exit
 * code 0). The alternate screen is left and the cursor shown on every way out: q and Ctrl-C; a
 * termination signal (SIGTERM, SIGHUP when an SSH link drops, SIGINT, SIGQUIT), after which the
 * signal is raised again so the process ends the way its parent expects; an uncaught error, an
 * unhandled rejection or a render error, with which the promise rejects.
 */
export function runExplorer(load: LoadResult, options: ExplorerOptions): Promise<number> {
  const { stdout, stdin, stderr } = process;
  const viewport = { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const opened = { ...initialState(load.incidents, viewport, localZone(options.tz), options.paths, options.timeline), timeMode: startTimeMode(options.tz), fanged: options.fanged === true };
  const withMarks = options.marks ? { ...opened, marks: options.marks.initial, notice: options.marks.notice } : opened;
  const initial = (options.start ?? []).reduce(reducer, withMarks);
  const times = new TimeColumn(initial.timeline.rows, initial.timeModes);

  return new Promise<number>((resolve, reject) => {
    let instance: Instance | undefined;
    let finished = false;
    const { live, close: stopWatching } = liveData(options);
    // Raw mode before anything is drawn: a key typed before Ink takes stdin would otherwise be
    // echoed onto the new screen and push the first frame one line down.
    if (stdin.isTTY) stdin.setRawMode(true);
    const leaveScreen = enterAlternateScreen(stdout);
    // The one way out: every exit path comes here.
    const finish = (cause?: ExitCause) => {
      if (finished) return;
      finished = true;
      unguard();
      stopWatching();
      try {
        instance?.unmount();
      } catch {
        // Unmounting after a crash can throw again; the screen is restored below regardless.
      }
      leaveScreen();
      if (stdin.isTTY) stdin.setRawMode(false);
      if (cause?.kind === 'signal') process.kill(process.pid, cause.signal);
      else if (cause?.kind === 'error') reject(cause.error);
      else resolve(0);
    };
    const unguard = guardExit(finish);
    try {
      instance = render(<Explorer initial={initial} times={times} color={options.color} onQuit={() => finish()} onMarksChange={options.marks?.save} live={live} />, {
        stdout,
        stdin,
        stderr,
        // Ctrl-C is a key like q, so it goes through the one exit path above.
        exitOnCtrlC: false,
        patchConsole: false,
        // Ink's default of 30 frames a second held a search's results frame back until 33 ms after
        // the frame echoing the key (search keystroke p50 60 -> 31 ms at 100k events, BENCHMARKS.md).
        maxFps: 120,
        // Not `incrementalRendering`: in Ink 6.8 it draws every line one row too high when the frame is
        // shorter than the screen (which it must be, see layout.ts), so the header scrolls away. The
        // bundled Ink writes only what changed anyway (scripts/frame-diff.mjs).
      });
      instance.waitUntilExit().then(
        () => finish(),
        (error: unknown) => finish({ kind: 'error', error }),
      );
    } catch (error) {
      finish({ kind: 'error', error });
    }
  });
}

/** The reload the explorer may ask for, and the watcher telling it the files changed (closed on the way out). */
function liveData(options: ExplorerOptions): { live: LiveData | undefined; close: () => void } {
  const { reload, watch = [] } = options;
  if (!reload) return { live: undefined, close: () => {} };
  let listener: (() => void) | undefined;
  const watcher = watch.length > 0 ? watchPaths(watch, () => listener?.()) : undefined;
  const live: LiveData = {
    reload,
    onChange: (changed) => {
      listener = changed;
      return () => {
        if (listener === changed) listener = undefined;
      };
    },
  };
  return { live, close: () => watcher?.close() };
}
