import { isMarked } from '../../core/marks.js';
import { buildRedactor, type Redactor } from '../../core/redact.js';
import type { TimelineRow } from '../../core/timeline.js';
import type { ViewFilters } from '../../core/view.js';
import { frameLayout } from '../layout.js';
import { cardLines, maxCardScroll } from '../present/card-lines.js';
import type { Line } from '../present/spans.js';
import type { PresentAction, PresentScreen } from './present-types.js';
import { withNotice, type Run } from './reveal.js';
import type { ExplorerState } from './types.js';

/** The presentation transitions: open on the events in view, step, scroll, redact, leave. */
export function presentReducer(state: ExplorerState, action: PresentAction, run: Run): ExplorerState {
  if (action.type === 'present-open') return open(state, action.standalone ?? false, action.redacted ?? false);
  const screen = state.screen;
  if (screen.kind !== 'present') return state;
  switch (action.type) {
    case 'present-step':
      return show(state, screen, screen.at + action.by);
    case 'present-jump':
      return show(state, screen, action.to === 'first' ? 0 : screen.rows.length - 1);
    case 'present-scroll': {
      const max = maxCardScroll(presentCard(state), cardHeight(state));
      const scroll = Math.max(0, Math.min(max, screen.scroll + action.by));
      return scroll === screen.scroll ? state : { ...state, screen: { ...screen, scroll } };
    }
    case 'present-redact':
      return { ...state, screen: { ...screen, redacted: !screen.redacted } };
    case 'present-leave':
      return leave(state, screen, run);
    case 'present-quit':
      return screen.standalone ? { ...state, quit: true } : leave(state, screen, run);
  }
}

/** The event on the card shown, when presenting. */
export function presentedRow(state: ExplorerState): TimelineRow | undefined {
  const screen = state.screen;
  if (screen.kind !== 'present') return undefined;
  const index = screen.rows[screen.at];
  return index === undefined ? undefined : state.timeline.rows[index];
}

/** Rows the card has: everything between the header and the key hints. */
export function cardHeight(state: ExplorerState): number {
  return frameLayout(state.viewport).bodyHeight;
}

/** The card shown, as lines at the current size, redacted when redaction is on. */
export function presentCard(state: ExplorerState): Line[] {
  const row = presentedRow(state);
  const screen = state.screen;
  if (!row || screen.kind !== 'present') return [];
  const redactor = screen.redacted ? redactorOf(state, screen) : undefined;
  return cardLines(row, {
    width: frameLayout(state.viewport).width,
    height: cardHeight(state),
    mode: state.timeModes[state.timeMode]!,
    style: state.incidents[row.incidentIndex],
    marked: isMarked(state.marks, row.incident.id, row.event.id),
    redact: redactor ? redactor.redact : (text) => text,
    fanged: state.fanged,
  });
}

/** The filters as the presentation's header names them: a pivot to a person is redacted with the cards. */
export function shownFilters(state: ExplorerState): ViewFilters {
  const { screen, filters } = state;
  if (screen.kind !== 'present' || !screen.redacted || !filters.entity) return filters;
  return { ...filters, entity: { ...filters.entity, name: redactorOf(state, screen).redact(filters.entity.name) } };
}

// One redactor per presentation (its rows array), so placeholders stay the same card to card.
const redactors = new WeakMap<readonly number[], Redactor>();

function redactorOf(state: ExplorerState, screen: PresentScreen): Redactor {
  let redactor = redactors.get(screen.rows);
  if (!redactor) {
    const rows = screen.rows.map((i) => state.timeline.rows[i]!);
    // Every loaded incident: a person named in one event may be defined by another incident.
    redactor = buildRedactor(state.loaded.map((l) => l.incident), rows);
    redactors.set(screen.rows, redactor);
  }
  return redactor;
}

function open(state: ExplorerState, standalone: boolean, redacted: boolean): ExplorerState {
  if (state.view.rows.length === 0) return withNotice(state, 'no event in view to present; x clears the filters');
  const screen: PresentScreen = { kind: 'present', rows: state.view.rows, at: 0, scroll: 0, redacted, standalone };
  return { ...state, screen, overlay: undefined };
}

function show(state: ExplorerState, screen: PresentScreen, at: number): ExplorerState {
  const next = Math.max(0, Math.min(screen.rows.length - 1, at));
  return next === screen.at ? state : { ...state, screen: { ...screen, at: next, scroll: 0 } };
}

/** Back to the timeline, selecting the event last shown when it is still in view. */
function leave(state: ExplorerState, screen: PresentScreen, run: Run): ExplorerState {
  const index = screen.rows[screen.at];
  const row = index === undefined ? undefined : state.timeline.rows[index];
  const back: ExplorerState = { ...state, screen: { kind: 'timeline' }, overlay: undefined };
  return row ? run(back, { type: 'select-key', key: row.key }) : back;
}
