import { actionGuard } from './action-guard.js';
/** Presentation mode (`p`, `itx present`): the events in view, one per screen as a large card. */
export interface PresentScreen {
  kind: 'present';
  /** Timeline positions of the events in view when it opened, in order; fixed while presenting. */
  rows: readonly number[];
  /** Position in `rows` of the card shown. */
  at: number;
  /** First card line shown, when the card is taller than the screen. */
  scroll: number;
  /** True while names, email and IP addresses are shown as placeholders (r). */
  redacted: boolean;
  /** Started by `itx present`: q quits instead of going back to the timeline. */
  standalone: boolean;
}

/** Actions of presentation mode (handled in present.ts). */
export type PresentAction =
  /** Open on the events in view, at the first; `standalone` when started by `itx present` (with --redact: `redacted`). */
  | { type: 'present-open'; standalone?: boolean; redacted?: boolean }
  /** The next (1) or previous (-1) card. */
  | { type: 'present-step'; by: number }
  | { type: 'present-jump'; to: 'first' | 'last' }
  /** Scroll a card taller than the screen by lines. */
  | { type: 'present-scroll'; by: number }
  | { type: 'present-redact' }
  /** Back to the timeline, on the event last shown (Esc). */
  | { type: 'present-leave' }
  /** q: quit when started by `itx present`, else back to the timeline. */
  | { type: 'present-quit' };

/** True for the actions present.ts handles. */
export const isPresentAction = actionGuard<PresentAction>([
  'present-open', 'present-step', 'present-jump', 'present-scroll', 'present-redact', 'present-leave', 'present-quit',
]);
