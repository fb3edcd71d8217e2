import type { Run } from './reveal.js';
import type { ExplorerState } from './types.js';

/** True while a text line (the search query) takes typed characters. */
function typing(state: ExplorerState): boolean {
  return state.overlay?.kind === 'search';
}

/** A key no binding takes: typed into the search line when it is open (a character or Space); elsewhere ignored. */
export function unboundKey(state: ExplorerState, name: string, run: Run): ExplorerState {
  if (!typing(state)) return state;
  const text = name === 'space' ? ' ' : [...name].length === 1 ? name : '';
  return text ? run(state, { type: 'search-insert', text }) : state;
}

/**
 * The keys of one input chunk. Outside a text line each is a key press ("jjjjj" from key repeat
 * over SSH moves five rows). In the search line a run of text in the chunk is inserted whole, as
 * one edit: a paste is never split into commands, so a Tab or line break in it is a space, not
 * "open the card" or "choose". Only a line break ending the chunk is Enter, as a shell takes a
 * pasted line; editing keys in it (Backspace, Ctrl-W) still edit.
 */
export function keyChunk(state: ExplorerState, names: readonly string[], run: Run): ExplorerState {
  let next = state;
  let i = 0;
  while (i < names.length) {
    if (typing(next)) {
      let text = '';
      let end = i;
      for (; end < names.length; end++) {
        const piece = textOf(names[end]!, end === names.length - 1);
        if (piece === undefined) break;
        text += piece;
      }
      if (end > i) {
        next = run(next, { type: 'search-insert', text });
        i = end;
        continue;
      }
    }
    next = run(next, { type: 'key', name: names[i]! });
    i++;
  }
  return next;
}

function textOf(name: string, last: boolean): string | undefined {
  if (name === 'space' || name === 'tab') return ' ';
  if (name === 'enter') return last ? undefined : ' ';
  return [...name].length === 1 ? name : undefined;
}
