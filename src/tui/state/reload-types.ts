import type { LoadResult } from '../../model/loaded.js';
import { actionGuard } from './action-guard.js';

/** Actions of live reload (handled in reload.ts). */
export type ReloadAction =
  /** R: load the files again now (the shell sees `reloads` grow and reloads). */
  | { type: 'reload-request' }
  /** The shell loaded the same paths again (after R, or because the files changed). */
  | { type: 'reloaded'; load: LoadResult }
  /** The shell could not reload (nothing to reload from stdin, or the loader failed): say so, keep what is shown. */
  | { type: 'reload-failed'; message: string };

/** True for the actions reload.ts handles. */
export const isReloadAction = actionGuard<ReloadAction>(['reload-request', 'reloaded', 'reload-failed']);
