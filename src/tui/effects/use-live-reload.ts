import { useEffect, useRef, type Dispatch } from 'react';
import type { LoadResult } from '../../model/loaded.js';
import { sanitize } from '../../text/index.js';
import type { Action } from '../state/types.js';

/** What the shell gives the explorer to follow its files: a reload, and word when the files change. */
export interface LiveData {
  /** Loads the same paths again, with the same options. */
  reload: () => Promise<LoadResult>;
  /** Registers the listener for changes of the watched files (already debounced); returns its removal. */
  onChange: (listener: () => void) => () => void;
}

/**
 * Reloads when the shell says the files changed and each time `requests` (R) grows, dispatching
 * `reloaded` with the new load. One reload runs at a time; changes meanwhile make one more.
 * Without `live` (incidents read from stdin) R only says there is nothing to reload.
 */
export function useLiveReload(live: LiveData | undefined, requests: number, dispatch: Dispatch<Action>): void {
  const start = useRef<() => void>(undefined);
  useEffect(() => {
    if (!live) return;
    let mounted = true;
    let running = false;
    let again = false;
    const reload = () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      live.reload().then(
        (load) => mounted && dispatch({ type: 'reloaded', load }),
        (error: unknown) => mounted && dispatch({ type: 'reload-failed', message: sanitize(error instanceof Error ? error.message : String(error), { maxLength: 200 }) }),
      ).finally(() => {
        running = false;
        if (again && mounted) {
          again = false;
          reload();
        }
      });
    };
    start.current = reload;
    const stop = live.onChange(reload);
    return () => {
      mounted = false;
      start.current = undefined;
      stop();
    };
  }, [live, dispatch]);

  const handled = useRef(requests);
  useEffect(() => {
    if (requests === handled.current) return;
    handled.current = requests;
    if (start.current) start.current();
    else dispatch({ type: 'reload-failed', message: 'not available for incidents from stdin, nor in itx present' });
  }, [requests, dispatch]);
}
