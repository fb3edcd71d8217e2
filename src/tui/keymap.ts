import type { Action, ExplorerState, OverlayKind } from './state/types.js';

/** Where a key press lands: the focused pane of the timeline, or the open overlay. */
export type KeyContext = 'list' | 'detail' | OverlayKind;

/** One row of the keymap: the keys, where they apply, what they do. The input handler and the help screen both read it. */
export interface KeyBinding {
  /** Key names as `decodeKeys` produces them ("j", "G", "down", "ctrl-d", "space"). */
  keys: readonly string[];
  contexts: readonly KeyContext[];
  action: Action;
  /** What the keys do, as the help screen says it. */
  help: string;
  /** Entry on the key hint line: how the keys are written there, and one word. */
  hint?: { keys: string; label: string };
}

const TIMELINE: readonly KeyContext[] = ['list', 'detail'];
const PICKERS: readonly KeyContext[] = ['tactic-picker', 'incident-picker'];
const EVERYWHERE: readonly KeyContext[] = ['list', 'detail', 'help', 'tactic-picker', 'incident-picker'];

/** Every key the explorer knows, in the order the help screen lists them. */
export const KEYMAP: readonly KeyBinding[] = [
  { keys: ['j', 'down'], contexts: ['list'], action: { type: 'move', by: 1 }, help: 'next event', hint: { keys: 'j/k', label: 'move' } },
  { keys: ['k', 'up'], contexts: ['list'], action: { type: 'move', by: -1 }, help: 'previous event' },
  { keys: ['pagedown', 'space'], contexts: ['list'], action: { type: 'page', by: 1 }, help: 'page down' },
  { keys: ['pageup', 'b'], contexts: ['list'], action: { type: 'page', by: -1 }, help: 'page up' },
  { keys: ['ctrl-d'], contexts: ['list'], action: { type: 'page', by: 0.5 }, help: 'half a page down' },
  { keys: ['ctrl-u'], contexts: ['list'], action: { type: 'page', by: -0.5 }, help: 'half a page up' },
  { keys: ['g', 'home'], contexts: ['list'], action: { type: 'jump', to: 'first' }, help: 'first event' },
  { keys: ['G', 'end'], contexts: ['list'], action: { type: 'jump', to: 'last' }, help: 'last event' },
  { keys: ['t'], contexts: TIMELINE, action: { type: 'open', overlay: 'tactic-picker' }, help: 'filter by ATT&CK tactic', hint: { keys: 't', label: 'tactics' } },
  { keys: ['i'], contexts: TIMELINE, action: { type: 'open', overlay: 'incident-picker' }, help: 'choose the incidents shown', hint: { keys: 'i', label: 'incidents' } },
  { keys: ['z'], contexts: TIMELINE, action: { type: 'cycle-time-mode' }, help: 'time: UTC, local zone, relative to incident start', hint: { keys: 'z', label: 'time' } },
  { keys: ['x'], contexts: TIMELINE, action: { type: 'clear-filters' }, help: 'clear all filters', hint: { keys: 'x', label: 'clear' } },
  { keys: ['tab', 'shift-tab'], contexts: TIMELINE, action: { type: 'toggle-focus' }, help: 'move focus between the list and the detail pane', hint: { keys: 'Tab', label: 'detail' } },
  { keys: ['?'], contexts: TIMELINE, action: { type: 'open', overlay: 'help' }, help: 'this help', hint: { keys: '?', label: 'help' } },
  { keys: ['q'], contexts: TIMELINE, action: { type: 'quit' }, help: 'quit', hint: { keys: 'q', label: 'quit' } },

  { keys: ['j', 'down'], contexts: ['detail'], action: { type: 'scroll-detail', by: 1 }, help: 'scroll down', hint: { keys: 'j/k', label: 'scroll' } },
  { keys: ['k', 'up'], contexts: ['detail'], action: { type: 'scroll-detail', by: -1 }, help: 'scroll up' },
  { keys: ['pagedown', 'space', 'ctrl-d'], contexts: ['detail'], action: { type: 'page-detail', by: 1 }, help: 'page down' },
  { keys: ['pageup', 'b', 'ctrl-u'], contexts: ['detail'], action: { type: 'page-detail', by: -1 }, help: 'page up' },
  { keys: ['g', 'home'], contexts: ['detail'], action: { type: 'scroll-detail', by: -Infinity }, help: 'top' },
  { keys: ['G', 'end'], contexts: ['detail'], action: { type: 'scroll-detail', by: Infinity }, help: 'bottom' },
  { keys: ['escape'], contexts: ['detail'], action: { type: 'focus', pane: 'list' }, help: 'back to the list' },

  { keys: ['j', 'down'], contexts: PICKERS, action: { type: 'overlay-move', by: 1 }, help: 'next item', hint: { keys: 'j/k', label: 'move' } },
  { keys: ['k', 'up'], contexts: PICKERS, action: { type: 'overlay-move', by: -1 }, help: 'previous item' },
  { keys: ['space'], contexts: PICKERS, action: { type: 'overlay-toggle' }, help: 'tick or untick the item', hint: { keys: 'Space', label: 'toggle' } },
  { keys: ['enter'], contexts: PICKERS, action: { type: 'overlay-apply' }, help: 'show events of any ticked item', hint: { keys: 'Enter', label: 'apply' } },
  { keys: ['escape', 'q'], contexts: PICKERS, action: { type: 'close' }, help: 'cancel', hint: { keys: 'Esc', label: 'cancel' } },

  { keys: ['j', 'down'], contexts: ['help'], action: { type: 'overlay-move', by: 1 }, help: 'scroll down', hint: { keys: 'j/k', label: 'scroll' } },
  { keys: ['k', 'up'], contexts: ['help'], action: { type: 'overlay-move', by: -1 }, help: 'scroll up' },
  { keys: ['escape', 'q', '?'], contexts: ['help'], action: { type: 'close' }, help: 'close help', hint: { keys: 'Esc', label: 'close' } },

  { keys: ['ctrl-c'], contexts: EVERYWHERE, action: { type: 'quit' }, help: 'quit from anywhere' },
];

/** Titles of the help screen's sections, keyed by a binding's first context. */
export const CONTEXT_TITLES: Record<KeyContext, string> = {
  list: 'Timeline',
  detail: 'Detail pane (after Tab)',
  'tactic-picker': 'Tactic and incident pickers (t, i)',
  'incident-picker': 'Incident picker',
  help: 'Help',
};

/** The context a key press goes to in this state. */
export function keyContext(state: ExplorerState): KeyContext {
  return state.overlay?.kind ?? state.focus;
}

/** The action a key triggers in a context, if any. */
export function actionFor(context: KeyContext, key: string): Action | undefined {
  return KEYMAP.find((b) => b.contexts.includes(context) && b.keys.includes(key))?.action;
}

/** The bindings shown on the hint line for a context: its own first, then those it shares with others. */
export function hintsFor(context: KeyContext): { keys: string; label: string }[] {
  const bindings = KEYMAP.filter((b) => b.hint && b.contexts.includes(context));
  const own = bindings.filter((b) => b.contexts.length === 1);
  return [...own, ...bindings.filter((b) => b.contexts.length > 1)].map((b) => b.hint!);
}

const KEY_NAMES: Record<string, string> = {
  up: '↑', down: '↓', left: '←', right: '→', pageup: 'PgUp', pagedown: 'PgDn', home: 'Home', end: 'End',
  tab: 'Tab', 'shift-tab': 'Shift-Tab', enter: 'Enter', escape: 'Esc', space: 'Space', backspace: 'Backspace',
};

/** How a key name is written for people: "ctrl-d" -> "Ctrl-D", "pagedown" -> "PgDn". */
export function keyLabel(key: string): string {
  if (KEY_NAMES[key]) return KEY_NAMES[key];
  const ctrl = /^ctrl-(.)$/.exec(key);
  return ctrl ? `Ctrl-${ctrl[1]!.toUpperCase()}` : key;
}
