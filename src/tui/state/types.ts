import type { Timeline } from '../../core/timeline.js';
import type { TimeMode } from '../../core/time-format.js';
import type { TimelineView, ViewFilters } from '../../core/view.js';
import type { Viewport } from '../layout.js';
import type { IncidentStyle } from '../present/incident-style.js';
import type { Marks } from '../../core/marks.js';
import type { MarksAction } from './marks-types.js';
import type { PresentAction, PresentScreen } from './present-types.js';
import type { LoadedIncident } from '../../model/loaded.js';
import type { CompareAction, CompareScreenState } from './compare-types.js';
import type { EntityCardOverlay, FindAction, FindState, SearchOverlay } from './find-types.js';
import type { ReloadAction } from './reload-types.js';

/** Which pane of the timeline screen takes the movement keys. */
export type Focus = 'list' | 'detail';

/**
 * A panel drawn over the timeline that takes the keys until it closes. Each kind is one member;
 * a new panel (search, entity card) is a new member, a view component and its keymap entries.
 */
export type Overlay =
  | { kind: 'help'; scroll: number }
  | { kind: 'tactic-picker'; cursor: number; chosen: readonly string[] }
  | { kind: 'incident-picker'; cursor: number; chosen: readonly number[] }
  | SearchOverlay
  | EntityCardOverlay;

/** The kind of each overlay, for actions that open one. */
export type OverlayKind = Overlay['kind'];

/**
 * The full-screen view under any overlay. Only the timeline exists today; other screens
 * (comparison, presentation) are new members with their own state.
 */
export type Screen = { kind: 'timeline' } | CompareScreenState | PresentScreen;

/** Everything the explorer shows, in one value the reducer replaces. */
export interface ExplorerState {
  /** The merged timeline of everything loaded; never changes within a load. */
  timeline: Timeline;
  /** Where the incidents came from, as the help screen says it ("the bundled incidents", paths). */
  source: string;
  /** Tag, colour and title of each loaded incident, in load order. */
  incidents: readonly IncidentStyle[];
  filters: ViewFilters;
  /** The rows passing the filters. */
  view: TimelineView;
  /** Selected position in `view.rows` (0 when the view is empty). */
  cursor: number;
  /** First list line shown; list lines are the view's rows plus the "unknown time" separator. */
  top: number;
  focus: Focus;
  /** First detail line shown. */
  detailScroll: number;
  /** The time modes `z` cycles through: UTC, the local zone, relative. */
  timeModes: readonly TimeMode[];
  /** Index into `timeModes`. */
  timeMode: number;
  screen: Screen;
  overlay: Overlay | undefined;
  viewport: Viewport;
  /** Marked events (m), by incident and event id; the shell saves each change to the sidecar. */
  marks: Marks;
  /** Set once the user asked to leave; the shell then unmounts. */
  quit: boolean;
  /** The incidents as loaded, in load order: for the entity and search indexes and the comparison. */
  loaded: readonly LoadedIncident[];
  /** The last query (for n/N) and whether the entity index is built. */
  find: FindState;
  /** A one-time message shown in place of the key hints ("search wrapped"), gone at the next key. */
  notice: string | undefined;
  /** True when indicators in event text are shown as written (--fanged, F) instead of defanged. */
  fanged: boolean;
  /** Reloads asked for with R; the shell loads the files again each time this grows. */
  reloads: number;
}

/** Every change the explorer's state can undergo. */
export type Action =
  /** A key press by name, resolved through the keymap in the context of the state it arrives in. */
  | { type: 'key'; name: string }
  /** Move the selection by rows (negative: up). */
  | { type: 'move'; by: number }
  /** Move the selection by pages of the list (0.5 = half a page). */
  | { type: 'page'; by: number }
  | { type: 'jump'; to: 'first' | 'last' }
  /** Select the event with this timeline key, if it is in view. */
  | { type: 'select-key'; key: string }
  | { type: 'toggle-focus' }
  | { type: 'focus'; pane: Focus }
  /** Scroll the detail pane by lines; Infinity and -Infinity go to its end and start. */
  | { type: 'scroll-detail'; by: number }
  /** Scroll the detail pane by its own height. */
  | { type: 'page-detail'; by: number }
  | { type: 'cycle-time-mode' }
  | { type: 'open'; overlay: OverlayKind }
  /** Close the overlay without applying it (Esc). */
  | { type: 'close' }
  /** Move the overlay's cursor (pickers) or scroll it (help). */
  | { type: 'overlay-move'; by: number }
  /** Toggle the picker item under the cursor. */
  | { type: 'overlay-toggle' }
  /** Apply the picker's choice as a filter and close it. */
  | { type: 'overlay-apply' }
  | { type: 'set-filters'; filters: ViewFilters }
  | { type: 'clear-filters' }
  | { type: 'resize'; viewport: Viewport }
  | { type: 'quit' }
  /** The keys of one input chunk: typed ahead, or pasted (which a text line takes whole). */
  | { type: 'keys'; names: readonly string[] }
  /** Show indicators in event text as written, or defanged again (F). */
  | { type: 'toggle-fanged' }
  | FindAction
  | CompareAction
  | PresentAction
  | MarksAction
  | ReloadAction;
