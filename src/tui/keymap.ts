import type { Action, ExplorerState, OverlayKind } from './state/types.js';

/** Where a key press lands: the focused pane of the timeline, or the open overlay. */
export type KeyContext = 'list' | 'detail' | OverlayKind | 'present' | 'compare';

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
const EVERYWHERE: readonly KeyContext[] = ['list', 'detail', 'help', 'tactic-picker', 'incident-picker', 'present', 'search', 'entity-card', 'compare'];

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
  { keys: ['/'], contexts: TIMELINE, action: { type: 'open', overlay: 'search' }, help: 'search people, organisations, outlets and events', hint: { keys: '/', label: 'search' } },
  { keys: ['n'], contexts: TIMELINE, action: { type: 'search-next', direction: 1 }, help: 'next event in view matching the last search (wraps)' },
  { keys: ['N'], contexts: TIMELINE, action: { type: 'search-next', direction: -1 }, help: 'previous event matching the last search' },
  { keys: ['e'], contexts: TIMELINE, action: { type: 'open', overlay: 'entity-card' }, help: "entity card: the pivot's, else the selected event's first entity", hint: { keys: 'e', label: 'entity' } },
  { keys: ['c'], contexts: TIMELINE, action: { type: 'compare-open' }, help: 'compare the response to the incidents in view', hint: { keys: 'c', label: 'compare' } },
  { keys: ['F'], contexts: TIMELINE, action: { type: 'toggle-fanged' }, help: 'show URLs and addresses in events as written (live), or defanged again' },
  { keys: ['x'], contexts: TIMELINE, action: { type: 'clear-filters' }, help: 'clear all filters and the entity pivot', hint: { keys: 'x', label: 'clear' } },
  { keys: ['p'], contexts: TIMELINE, action: { type: 'present-open' }, help: 'present the events in view, one per screen', hint: { keys: 'p', label: 'present' } },
  { keys: ['m'], contexts: TIMELINE, action: { type: 'mark-toggle' }, help: 'mark or unmark the selected event (kept beside the data)', hint: { keys: 'm', label: 'mark' } },
  { keys: ['M'], contexts: TIMELINE, action: { type: 'marked-only-toggle' }, help: 'show only the marked events, or all again' },
  { keys: ['R'], contexts: TIMELINE, action: { type: 'reload-request' }, help: 'reload the files (also automatic when they change)' },
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

  { keys: ['right', 'l', 'space'], contexts: ['present'], action: { type: 'present-step', by: 1 }, help: 'next card', hint: { keys: '→', label: 'next' } },
  { keys: ['left', 'h', 'backspace'], contexts: ['present'], action: { type: 'present-step', by: -1 }, help: 'previous card', hint: { keys: '←', label: 'back' } },
  { keys: ['g', 'home'], contexts: ['present'], action: { type: 'present-jump', to: 'first' }, help: 'first card' },
  { keys: ['G', 'end'], contexts: ['present'], action: { type: 'present-jump', to: 'last' }, help: 'last card' },
  { keys: ['j', 'down'], contexts: ['present'], action: { type: 'present-scroll', by: 1 }, help: 'scroll a card taller than the screen' },
  { keys: ['k', 'up'], contexts: ['present'], action: { type: 'present-scroll', by: -1 }, help: 'scroll it back' },
  { keys: ['r'], contexts: ['present'], action: { type: 'present-redact' }, help: "redact people's names, email and IP addresses (placeholders by role), or show them again", hint: { keys: 'r', label: 'redact' } },
  { keys: ['m'], contexts: ['present'], action: { type: 'mark-toggle' }, help: 'mark or unmark this event', hint: { keys: 'm', label: 'mark' } },
  { keys: ['z'], contexts: ['present'], action: { type: 'cycle-time-mode' }, help: 'time: UTC, local zone, relative to incident start' },
  { keys: ['?'], contexts: ['present'], action: { type: 'open', overlay: 'help' }, help: 'help', hint: { keys: '?', label: 'help' } },
  { keys: ['escape'], contexts: ['present'], action: { type: 'present-leave' }, help: 'back to the timeline, on this event', hint: { keys: 'Esc', label: 'timeline' } },
  { keys: ['q'], contexts: ['present'], action: { type: 'present-quit' }, help: 'the same; quits when started as itx present' },

  { keys: ['down', 'ctrl-n'], contexts: ['search'], action: { type: 'overlay-move', by: 1 }, help: 'next result', hint: { keys: '↑/↓', label: 'choose' } },
  { keys: ['up', 'ctrl-p'], contexts: ['search'], action: { type: 'overlay-move', by: -1 }, help: 'previous result' },
  { keys: ['pagedown'], contexts: ['search'], action: { type: 'overlay-move', by: 10 }, help: 'ten results down' },
  { keys: ['pageup'], contexts: ['search'], action: { type: 'overlay-move', by: -10 }, help: 'ten results up' },
  { keys: ['enter'], contexts: ['search'], action: { type: 'search-choose' }, help: 'entity: show only its events (pivot); event: go to it', hint: { keys: 'Enter', label: 'go' } },
  { keys: ['tab'], contexts: ['search'], action: { type: 'open-card' }, help: "the chosen entity's card", hint: { keys: 'Tab', label: 'card' } },
  { keys: ['escape'], contexts: ['search'], action: { type: 'close' }, help: 'cancel', hint: { keys: 'Esc', label: 'cancel' } },
  { keys: ['backspace'], contexts: ['search'], action: { type: 'search-edit', edit: 'backspace' }, help: 'delete the character before the cursor' },
  { keys: ['left', 'ctrl-b'], contexts: ['search'], action: { type: 'search-edit', edit: 'left' }, help: 'cursor left' },
  { keys: ['right', 'ctrl-f'], contexts: ['search'], action: { type: 'search-edit', edit: 'right' }, help: 'cursor right' },
  { keys: ['home', 'ctrl-a'], contexts: ['search'], action: { type: 'search-edit', edit: 'home' }, help: 'start of the line' },
  { keys: ['end', 'ctrl-e'], contexts: ['search'], action: { type: 'search-edit', edit: 'end' }, help: 'end of the line' },
  { keys: ['ctrl-u'], contexts: ['search'], action: { type: 'search-edit', edit: 'kill-start' }, help: 'delete to the start of the line' },
  { keys: ['ctrl-k'], contexts: ['search'], action: { type: 'search-edit', edit: 'kill-end' }, help: 'delete to the end of the line' },
  { keys: ['ctrl-w'], contexts: ['search'], action: { type: 'search-edit', edit: 'kill-word' }, help: 'delete the word before the cursor' },

  { keys: ['j', 'down'], contexts: ['entity-card'], action: { type: 'overlay-move', by: 1 }, help: 'scroll down', hint: { keys: 'j/k', label: 'scroll' } },
  { keys: ['k', 'up'], contexts: ['entity-card'], action: { type: 'overlay-move', by: -1 }, help: 'scroll up' },
  { keys: ['enter'], contexts: ['entity-card'], action: { type: 'card-pivot' }, help: 'show only its events (pivot)', hint: { keys: 'Enter', label: 'pivot' } },
  { keys: ['escape', 'q', 'e'], contexts: ['entity-card'], action: { type: 'card-back' }, help: 'back (to the search results, when opened from them)', hint: { keys: 'Esc', label: 'back' } },

  { keys: ['j', 'down'], contexts: ['compare'], action: { type: 'compare-select', by: 1 }, help: 'next action', hint: { keys: 'j/k', label: 'action' } },
  { keys: ['k', 'up'], contexts: ['compare'], action: { type: 'compare-select', by: -1 }, help: 'previous action' },
  { keys: ['l', 'right'], contexts: ['compare'], action: { type: 'compare-columns', by: 1 }, help: 'next incidents (columns)', hint: { keys: 'h/l', label: 'incidents' } },
  { keys: ['h', 'left'], contexts: ['compare'], action: { type: 'compare-columns', by: -1 }, help: 'previous incidents' },
  { keys: ['pagedown', 'space'], contexts: ['compare'], action: { type: 'compare-scroll', by: 1 }, help: 'page down' },
  { keys: ['pageup', 'b'], contexts: ['compare'], action: { type: 'compare-scroll', by: -1 }, help: 'page up' },
  { keys: ['g', 'home'], contexts: ['compare'], action: { type: 'compare-jump', to: 'first' }, help: 'first action' },
  { keys: ['G', 'end'], contexts: ['compare'], action: { type: 'compare-jump', to: 'last' }, help: 'last action' },
  { keys: ['enter'], contexts: ['compare'], action: { type: 'compare-enter' }, help: "the selected action's event on the timeline", hint: { keys: 'Enter', label: 'event' } },
  { keys: ['?'], contexts: ['compare'], action: { type: 'open', overlay: 'help' }, help: 'help', hint: { keys: '?', label: 'help' } },
  { keys: ['escape', 'q'], contexts: ['compare'], action: { type: 'compare-close' }, help: 'back to the timeline', hint: { keys: 'Esc', label: 'back' } },

  { keys: ['ctrl-c'], contexts: EVERYWHERE, action: { type: 'quit' }, help: 'quit from anywhere' },
];

/** Titles of the help screen's sections, keyed by a binding's first context. */
export const CONTEXT_TITLES: Record<KeyContext, string> = {
  list: 'Timeline',
  detail: 'Detail pane (after Tab)',
  'tactic-picker': 'Tactic and incident pickers (t, i)',
  'incident-picker': 'Incident picker',
  help: 'Help',
  present: 'Presentation (p, itx present)',
  search: 'Search (/): type to search; keys edit as in a shell',
  'entity-card': 'Entity card (e, or Tab on a search result)',
  compare: 'Compare responses (c)',
};

/** The context a key press goes to in this state. */
export function keyContext(state: ExplorerState): KeyContext {
  return state.overlay?.kind ?? (state.screen.kind === 'timeline' ? state.focus : state.screen.kind);
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
