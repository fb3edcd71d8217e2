import type { TimeMode } from '../../core/time-format.js';
import { buildTimeline, type Timeline } from '../../core/timeline.js';
import { NO_FILTERS, filterTimeline } from '../../core/view.js';
import type { LoadedIncident } from '../../model/loaded.js';
import { NO_MARKS } from '../../core/marks.js';
import { sanitize } from '../../text/index.js';
import type { Viewport } from '../layout.js';
import { incidentStyles } from '../present/incident-style.js';
import type { ExplorerState } from './types.js';

/** The time modes `z` cycles through: UTC, then the local zone, then relative to each incident's start. */
export function timeModesFor(localZone: string): TimeMode[] {
  return [{ kind: 'utc' }, { kind: 'zone', zone: localZone }, { kind: 'relative' }];
}

/** The explorer's state right after loading: everything shown, first event selected, UTC times. */
export function initialState(
  loaded: readonly LoadedIncident[],
  viewport: Viewport,
  localZone: string,
  paths: readonly string[] = [],
  timeline: Timeline = buildTimeline(loaded),
): ExplorerState {
  return {
    timeline,
    // Paths are typed by the user but may name files with escape sequences in their names.
    source: paths.length ? paths.map((p) => sanitize(p)).join(', ') : 'the bundled incidents',
    incidents: incidentStyles(loaded.map((l) => l.incident)),
    filters: NO_FILTERS,
    view: filterTimeline(timeline, NO_FILTERS),
    cursor: 0,
    top: 0,
    focus: 'list',
    detailScroll: 0,
    timeModes: timeModesFor(localZone),
    timeMode: 0,
    screen: { kind: 'timeline' },
    overlay: undefined,
    viewport,
    marks: NO_MARKS,
    quit: false,
    loaded,
    find: { lastQuery: '', entitiesReady: false },
    notice: undefined,
    fanged: false,
    reloads: 0,
  };
}
