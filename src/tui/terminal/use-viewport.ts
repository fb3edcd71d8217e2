import { useEffect, type Dispatch } from 'react';
import { useStdout } from 'ink';
import type { Action } from '../state/types.js';

/** Re-lays out the frame whenever the terminal is resized. */
export function useViewportSync(dispatch: Dispatch<Action>): void {
  const { stdout } = useStdout();
  useEffect(() => {
    const onResize = () => dispatch({ type: 'resize', viewport: { columns: stdout.columns || 80, rows: stdout.rows || 24 } });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, dispatch]);
}
