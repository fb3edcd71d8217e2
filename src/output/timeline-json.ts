import { formatTime } from '../core/time-format.js';
import type { TimelineRow } from '../core/timeline.js';
import type { LoadedIncident } from '../model/loaded.js';
import { safeJson } from './safe-json.js';
import type { TimelineRenderOptions } from './timeline-fields.js';

/**
 * The merged timeline as JSON: per event, the event exactly as in its file (escapes keep it
 * terminal-safe), its incident, its resolved time and its tactics as v19 shortnames.
 */
export function renderTimelineJson(rows: readonly TimelineRow[], loaded: readonly LoadedIncident[], options: TimelineRenderOptions = {}): string {
  const records = rows.map((row) => {
    const source = loaded[row.incidentIndex];
    const index = row.incident.events.indexOf(row.event);
    const original = (source?.original as { events?: unknown[] } | undefined)?.events?.[index] ?? row.event;
    const t = row.time;
    return {
      incident: { id: row.incident.id, title: originalTitle(source) ?? row.incident.title, file: source?.file },
      time: {
        shown: formatTime(t, options.timeMode ?? { kind: 'utc' }, row.origin),
        estimate: t.known ? new Date(t.estimate).toISOString() : null,
        precision: t.precision,
        approximate: t.approximate,
        ...(t.bound && { bound: t.bound }),
      },
      tactics: row.event.tactics ?? [],
      event: original,
    };
  });
  return `${safeJson(records)}\n`;
}

function originalTitle(source: LoadedIncident | undefined): string | undefined {
  const title = (source?.original as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : undefined;
}
