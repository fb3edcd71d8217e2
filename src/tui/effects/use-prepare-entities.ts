import { useEffect, type Dispatch } from 'react';
import type { Action } from '../state/types.js';

/**
 * Up to this many events, the entity index (for the detail pane's entities and inferred
 * mentions) is built right after the first frame, in well under a tenth of a second. Larger
 * loads build it on first need (`/`, `e`) instead: there it takes seconds, and a key pressed
 * meanwhile would wait.
 */
export const EAGER_ENTITY_INDEX_ROWS = 20_000;

/** Builds the entity index of each load (the timeline's rows) once its first frame is on screen, for loads small enough to do it unnoticed. */
export function usePrepareEntities(rows: readonly unknown[], dispatch: Dispatch<Action>): void {
  useEffect(() => {
    if (rows.length > EAGER_ENTITY_INDEX_ROWS) return;
    // A macrotask: React has committed and Ink has written the first frame by then.
    const timer = setTimeout(() => dispatch({ type: 'prepare-entities' }), 0);
    return () => clearTimeout(timer);
  }, [rows, dispatch]);
}
