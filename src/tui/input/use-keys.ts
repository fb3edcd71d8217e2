import { useEffect, type Dispatch } from 'react';
import { useStdin } from 'ink';
import type { Action } from '../state/types.js';
import { decodeKeys } from './decode-keys.js';

/**
 * Turns each raw input event into actions: one key is a `key` action, several (typed ahead, or a
 * paste) are one `keys` action, so a text line can take a paste whole. The reducer resolves keys
 * through the keymap. Listens to Ink's raw input events instead of `useInput`, whose key parser
 * throws on some escape sequences.
 */
export function useKeys(dispatch: Dispatch<Action>): void {
  const { setRawMode, internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    setRawMode(true);
    return () => setRawMode(false);
  }, [setRawMode]);
  useEffect(() => {
    const onInput = (raw: string) => {
      const names = decodeKeys(raw);
      if (names.length > 1) dispatch({ type: 'keys', names });
      else if (names[0] !== undefined) dispatch({ type: 'key', name: names[0] });
    };
    events.on('input', onInput);
    return () => {
      events.removeListener('input', onInput);
    };
  }, [events, dispatch]);
}
