// What Ink's log-update writes for a new frame in the itx bundle (see ink-patches.mjs): only what
// changed since the last frame, instead of erasing and rewriting every line. A key press in the
// explorer changes a few rows; a scroll of the list moves a block of rows by one, which the
// terminal can do itself. Plain JavaScript, so the build can bundle it into Ink and tests can
// import it as it is.

import { isOneCell } from './one-cell.mjs';

const CSI = '\x1b[';
const SGR = /\x1b\[[0-9;]*m/y;
/** A block of rows must be at least this long to be worth moving instead of rewriting. */
const MIN_MOVED_ROWS = 3;

/**
 * The bytes that turn a terminal showing the frame `before` into one showing `after`, given how
 * log-update leaves a frame: written from the cursor's row, each line ending in a newline, the
 * cursor at the start of the row below. It leaves the cursor there again, below `after`. All
 * moves are relative to the cursor (the frame may start anywhere). Undefined when a frame does not
 * end in a newline or does not fit in `rows` (a full-screen frame): log-update then redraws.
 * @param {string} before
 * @param {string} after
 * @param {number} rows rows of the terminal
 * @returns {string | undefined}
 */
export function frameDifference(before, after, rows) {
  if (!before.endsWith('\n') || !after.endsWith('\n')) return undefined;
  const shown = before.split('\n').slice(0, -1);
  const next = after.split('\n').slice(0, -1);
  if (shown.length >= rows || next.length >= rows) return undefined;
  let out = `\r${up(shown.length)}`;
  let at = 0;
  const goTo = (row) => {
    out += row > at ? `${CSI}${row - at}B` : row < at ? `${CSI}${at - row}A` : '';
    at = row;
  };
  const block = movedBlock(shown, next);
  if (block) {
    // Deleting a row above the block and inserting one below it moves the block up (and the
    // reverse moves it down); rows outside the block end where they were.
    const { top, bottom, by } = block;
    goTo(by === 1 ? top : top - 1);
    out += by === 1 ? `${CSI}M` : `${CSI}L`;
    goTo(by === 1 ? bottom + 1 : bottom + 1);
    out += by === 1 ? `${CSI}L` : `${CSI}M`;
    if (by === 1) shown.splice(top, bottom - top + 2, ...shown.slice(top + 1, bottom + 2), '');
    else shown.splice(top - 1, bottom - top + 2, '', ...shown.slice(top - 1, bottom));
  }
  for (let row = 0; row < Math.max(shown.length, next.length); row++) {
    const was = shown[row] ?? '';
    const now = next[row] ?? '';
    if (was === now) continue;
    goTo(row);
    out += rewrite(was, now);
  }
  goTo(next.length);
  return `${out}\r`;
}

function up(n) {
  return n > 0 ? `${CSI}${n}A` : '';
}

// The longest run of rows of `next` that `shown` holds one row lower (by 1: the block moved up)
// or one row higher (by -1). Rows of the run are [top, bottom] in `next`.
function movedBlock(shown, next) {
  let best;
  for (const by of [1, -1]) {
    let start = -1;
    for (let row = 0; row <= next.length; row++) {
      const source = row + by;
      const moved = row < next.length && source >= 0 && source < shown.length && next[row] !== shown[row] && next[row] === shown[source];
      if (moved && start === -1) start = row;
      if (!moved && start !== -1) {
        if (row - start >= MIN_MOVED_ROWS && (!best || row - start > best.bottom - best.top + 1)) best = { top: start, bottom: row - 1, by };
        start = -1;
      }
    }
  }
  return best;
}

// Rewrites the row the cursor is on: from the first cell that differs when every character before
// it takes one cell, else from the start; the rest of the row is erased first (after writing, a
// full-width row leaves the cursor where an erase would eat its last cell), and styles are reset
// after, so every write starts from none.
function rewrite(was, now) {
  const { index, column, styles } = firstDifference(was, now);
  const rest = now.slice(index);
  const reset = rest.includes('\x1b') || styles ? `${CSI}m` : '';
  return `${column > 0 ? `${CSI}${column + 1}G` : '\r'}${CSI}K${styles}${rest}${reset}`;
}

function firstDifference(was, now) {
  let i = 0;
  let column = 0;
  const state = new Map();
  while (i < now.length && i < was.length) {
    SGR.lastIndex = i;
    const code = SGR.exec(now);
    if (code) {
      if (!was.startsWith(code[0], i)) break;
      if (!applySgr(state, code[0])) return { index: 0, column: 0, styles: '' };
      i += code[0].length;
      continue;
    }
    const c = now.charCodeAt(i);
    if (c !== was.charCodeAt(i)) break;
    if (!isOneCell(c)) return { index: 0, column: 0, styles: '' };
    i++;
    column++;
  }
  return { index: i, column, styles: [...state.values()].map((p) => `${CSI}${p}m`).join('') };
}

// What each SGR parameter sets (a later one replaces an earlier one of the same kind), and the
// parameters that turn kinds off.
const SGR_KIND = { 1: 'bold', 2: 'dim', 3: 'italic', 4: 'underline', 5: 'blink', 7: 'inverse', 8: 'hidden', 9: 'strike' };
const SGR_OFF = { 22: ['bold', 'dim'], 23: ['italic'], 24: ['underline'], 25: ['blink'], 27: ['inverse'], 28: ['hidden'], 29: ['strike'], 39: ['fg'], 49: ['bg'] };

// Applies one SGR code to the styles in force (one code per kind, so a row rewritten from its
// middle re-establishes them in a few bytes rather than replaying every code before that point);
// false for a code it does not know, after which the row is rewritten whole.
function applySgr(state, code) {
  const params = code.slice(2, -1).split(';');
  for (let k = 0; k < params.length; k++) {
    const p = Number(params[k] || 0);
    if (p === 0) state.clear();
    else if (SGR_OFF[p]) for (const kind of SGR_OFF[p]) state.delete(kind);
    else if (SGR_KIND[p]) state.set(SGR_KIND[p], String(p));
    else if ((p >= 30 && p <= 37) || (p >= 90 && p <= 97)) state.set('fg', String(p));
    else if ((p >= 40 && p <= 47) || (p >= 100 && p <= 107)) state.set('bg', String(p));
    else if ((p === 38 || p === 48) && (params[k + 1] === '5' || params[k + 1] === '2')) {
      const length = params[k + 1] === '5' ? 3 : 5;
      state.set(p === 38 ? 'fg' : 'bg', params.slice(k, k + length).join(';'));
      k += length - 1;
    } else return false;
  }
  return true;
}
