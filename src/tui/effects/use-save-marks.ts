import { useEffect, useRef, type Dispatch } from 'react';
import type { Marks } from '../../core/marks.js';
import type { Action } from '../state/types.js';

/** Saves marks (the shell writes the sidecar); returns what went wrong, if anything, for the status line. */
export type SaveMarks = (marks: Marks) => string | undefined;

/** Hands each new value of the marks to `save`, once, after it is drawn; a failure becomes a notice, never a crash. */
export function useSaveMarks(marks: Marks, save: SaveMarks | undefined, dispatch: Dispatch<Action>): void {
  // The marks the explorer started with are what the sidecar holds already.
  const saved = useRef(marks);
  useEffect(() => {
    if (!save || marks === saved.current) return;
    saved.current = marks;
    const problem = save(marks);
    if (problem !== undefined) dispatch({ type: 'marks-not-saved', message: problem });
  }, [marks, save, dispatch]);
}
