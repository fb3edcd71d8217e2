import { useCallback, type Dispatch } from 'react';
import { useInput } from 'ink';
import type { Action } from '../state/types.js';
import { decodeKeys } from './decode-keys.js';

/**
 * Turns each stdin chunk into actions: one key is a `key` action, several (typed ahead, or a
 * paste) are one `keys` action, so a text line can take a paste whole. The reducer resolves
 * keys through the keymap.
 */
export function useKeys(dispatch: Dispatch<Action>): void {
  const onInput = useCallback(
    (input: string, key: Parameters<typeof decodeKeys>[1]) => {
      const names = decodeKeys(input, key);
      if (names.length > 1) dispatch({ type: 'keys', names });
      else if (names[0] !== undefined) dispatch({ type: 'key', name: names[0] });
    },
    [dispatch],
  );
  useInput(onInput);
}
