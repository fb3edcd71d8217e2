import { useEffect, useMemo, useReducer } from 'react';
import { useKeys } from './input/use-keys.js';
import { TimeColumn } from './present/time-column.js';
import { reducer } from './state/reducer.js';
import type { ExplorerState } from './state/types.js';
import { useViewportSync } from './terminal/use-viewport.js';
import { TimelineScreen } from './views/TimelineScreen.js';
import { useSaveMarks, type SaveMarks } from './effects/use-save-marks.js';
import { PresentationScreen } from './views/PresentationScreen.js';
import { usePrepareEntities } from './effects/use-prepare-entities.js';
import { useSearchRunner } from './effects/use-search-runner.js';
import { indexesOf } from './state/indexes.js';
import { useSearchWarmUp } from './effects/use-search-warm-up.js';
import { CompareScreen } from './views/CompareScreen.js';
import { useLiveReload, type LiveData } from './effects/use-live-reload.js';

/** Props of Explorer. */
export interface ExplorerProps {
  initial: ExplorerState;
  /** Time texts of the initial timeline (a reload makes its own). */
  times: TimeColumn;
  color: boolean;
  /** Called once when the user quits (q, Ctrl-C). */
  onQuit: () => void;
  /** Saves each change of the marks (the shell writes the sidecar); absent, marks last for the session. */
  onMarksChange?: SaveMarks;
  /** Reloads the files (R, and when they change); absent, there is nothing to reload (stdin). */
  live?: LiveData;
}

/** The interactive explorer: owns the state, feeds it keys and resizes, and draws the screen. */
export function Explorer({ initial, times, color, onQuit, onMarksChange, live }: ExplorerProps) {
  // Before the reducer runs: the search runner times renders that search.
  const renderStart = performance.now();
  const [state, dispatch] = useReducer(reducer, initial);
  useKeys(dispatch);
  useViewportSync(dispatch);
  useSaveMarks(state.marks, onMarksChange, dispatch);
  usePrepareEntities(state.timeline.rows, dispatch);
  useLiveReload(live, state.reloads, dispatch);
  useSearchRunner(state.overlay, dispatch, renderStart);
  // Opening the search built its index (a cached lookup here).
  useSearchWarmUp(state.overlay?.kind === 'search' ? indexesOf(state).search : undefined);
  useEffect(() => {
    if (state.quit) onQuit();
  }, [state.quit, onQuit]);
  const shownTimes = useMemo(
    () => (state.timeline === initial.timeline ? times : new TimeColumn(state.timeline.rows, state.timeModes)),
    [state.timeline, state.timeModes, initial.timeline, times],
  );
  if (state.screen.kind === 'present') return <PresentationScreen state={state} screen={state.screen} color={color} />;
  if (state.screen.kind === 'compare') return <CompareScreen state={state} screen={state.screen} color={color} />;
  return <TimelineScreen state={state} times={shownTimes} color={color} />;
}
