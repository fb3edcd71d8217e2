import { actionGuard } from './action-guard.js';
/** Actions on marks (handled in marks.ts). */
export type MarksAction =
  /** m: mark the selected event (the card shown, when presenting), or unmark it. */
  | { type: 'mark-toggle' }
  /** M: show only the marked events, or all again. */
  | { type: 'marked-only-toggle' }
  /** The shell could not save the marks: say so on the status line. */
  | { type: 'marks-not-saved'; message: string };

/** True for the actions marks.ts handles. */
export const isMarksAction = actionGuard<MarksAction>(['mark-toggle', 'marked-only-toggle', 'marks-not-saved']);
