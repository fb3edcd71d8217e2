import { useCallback, type Dispatch } from 'react';
import { useInput } from 'ink';
import type { Action } from '../state/types.js';
import { decodeKeys } from './decode-keys.js';

/** Turns every key of every stdin chunk into a `key` action; the reducer resolves it through the keymap. */
export function useKeys(dispatch: Dispatch<Action>): void {
  const onInput = useCallback(
    (input: string, key: Parameters<typeof decodeKeys>[1]) => {
      for (const name of decodeKeys(input, key)) dispatch({ type: 'key', name });
    },
    [dispatch],
  );
  useInput(onInput);
}
