import { incidentTag } from '../core/incident-tag.js';
import { formatTime, type TimeMode } from '../core/time-format.js';
import type { TimelineRow } from '../core/timeline.js';
import { tacticByShortname } from '../model/attack.js';
import { defang } from '../text/index.js';

/** One timeline row as display text, shared by the text, CSV and Markdown renderers. */
export interface RowFields {
  time: string;
  tag: string;
  incidentId: string;
  eventId: string;
  stage: string;
  /** v19 tactic names, e.g. "Initial Access". */
  tactics: string[];
  techniques: string[];
  /** The title with indicators defanged. */
  title: string;
  /** The description with indicators defanged ("" when none). */
  description: string;
  known: boolean;
}

/** How a renderer shows times; UTC unless a zone or relative mode is chosen. */
export interface TimelineRenderOptions {
  timeMode?: TimeMode;
}

/** Display text of one row: time at its fidelity, tag, tactic names, defanged title and description. */
export function rowFields(row: TimelineRow, options: TimelineRenderOptions = {}): RowFields {
  return {
    time: formatTime(row.time, options.timeMode ?? { kind: 'utc' }, row.origin),
    tag: incidentTag(row.incident),
    incidentId: row.incident.id,
    eventId: row.event.id,
    stage: row.event.stage,
    tactics: (row.event.tactics ?? []).map((t) => tacticByShortname(t)?.name ?? t),
    techniques: row.event.techniques ?? [],
    title: defang(row.event.title),
    description: defang(row.event.description ?? ''),
    known: row.time.known,
  };
}
