import { useEffect, useLayoutEffect, useRef, type Dispatch } from 'react';
import type { Action, Overlay } from '../state/types.js';

/**
 * A search whose frame (search and React's render) takes up to this long runs with the edit that
 * asks for it: one frame per key. Beyond it the character is shown first, the results after.
 */
export const INLINE_SEARCH_MS = 30;

/**
 * Runs the search for the query line once the frame showing the typed character is out, so a
 * keystroke never waits for a slow search to be echoed. Keys typed meanwhile restart the wait: a
 * burst of typing searches once, for what the line then holds. `renderStart` is when the
 * explorer's render began (before its reducer ran): a render that searched tells whether the next
 * edits may search at once.
 */
export function useSearchRunner(overlay: Overlay | undefined, dispatch: Dispatch<Action>, renderStart: number): void {
  const search = overlay?.kind === 'search' ? overlay : undefined;
  const stale = search && search.searched !== search.input.text ? search.input.text : undefined;
  useEffect(() => {
    if (stale === undefined) return;
    const timer = setTimeout(() => dispatch({ type: 'search-run' }), 0);
    return () => clearTimeout(timer);
  }, [stale, dispatch]);

  const lastSearched = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const searched = search?.searched;
    if (searched === lastSearched.current) return;
    lastSearched.current = searched;
    if (!search || searched === '') return;
    const inline = performance.now() - renderStart <= INLINE_SEARCH_MS;
    if (inline !== search.inline) dispatch({ type: 'search-pace', inline });
  });
}
