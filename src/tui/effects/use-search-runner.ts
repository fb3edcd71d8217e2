import { useEffect, type Dispatch } from 'react';
import type { Action, Overlay } from '../state/types.js';

/**
 * Runs the search for the query line once the frame showing the typed character is out, so a
 * keystroke never waits for a search to be echoed. Keys typed meanwhile restart the wait: a
 * burst of typing searches once, for what the line then holds.
 */
export function useSearchRunner(overlay: Overlay | undefined, dispatch: Dispatch<Action>): void {
  const stale = overlay?.kind === 'search' && overlay.searched !== overlay.input.text ? overlay.input.text : undefined;
  useEffect(() => {
    if (stale === undefined) return;
    const timer = setTimeout(() => dispatch({ type: 'search-run' }), 0);
    return () => clearTimeout(timer);
  }, [stale, dispatch]);
}
