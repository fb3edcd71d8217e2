import { chooseIncidents, chooseTactics } from '../core/filter.js';
import { incidentTag } from '../core/incident-tag.js';
import type { TimeMode } from '../core/time-format.js';
import { buildTimeline, type TimelineRow } from '../core/timeline.js';
import { NO_FILTERS, filterTimeline, type ViewFilters } from '../core/view.js';
import type { LoadResult } from '../model/loaded.js';
import { renderTimelineCsv } from '../output/timeline-csv.js';
import { renderTimelineJson } from '../output/timeline-json.js';
import { renderTimelineMarkdown } from '../output/timeline-md.js';
import { renderTimelineText } from '../output/timeline-text.js';
import { UsageError } from './exit.js';
import { colorLevel, timeModeFrom } from './shared-options.js';

/** Output formats of the timeline. */
export const TIMELINE_FORMATS = ['text', 'json', 'csv', 'md'] as const;

/** What to print of the timeline and how. */
export interface TimelineRequest {
  tactic?: string[];
  incident?: string[];
  tz?: string;
  format?: (typeof TIMELINE_FORMATS)[number];
  color?: boolean;
}

/** The options of a timeline request, checked before anything is loaded. */
export interface CheckedRequest {
  tactics: string[];
  timeMode: TimeMode;
}

/** Checks `--tactic` and `--tz` (usage errors with suggestions); legacy tactic names get a note on stderr. */
export function checkTimelineRequest(request: TimelineRequest): CheckedRequest {
  return { tactics: tacticFilter(request.tactic), timeMode: timeModeFrom(request.tz) };
}

/** A repeatable option's values as one list; "a,b" counts as two. */
function listOption(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** `--tactic`/`-t` as every command that filters by tactic declares it. */
export const TACTIC_OPTION = {
  alias: 't',
  type: 'string',
  coerce: listOption,
  describe: 'only events with this ATT&CK tactic (name, shortname or TA id; repeat for several; "none" for untagged)',
} as const;

/** `--incident`/`-i` as every command that filters by incident declares it. */
export const INCIDENT_OPTION = {
  alias: 'i',
  type: 'string',
  coerce: listOption,
  describe: 'only events of this incident (id or tag; repeat for several)',
} as const;

function tacticFilter(labels: readonly string[] | undefined): string[] {
  const choice = chooseTactics(labels ?? []);
  if (!choice.ok) {
    const hint = choice.suggestion ? ` (did you mean "${choice.suggestion}"?)` : '; `itx tactics` lists them';
    throw new UsageError(`unknown tactic "${choice.label}" for --tactic${hint}`);
  }
  for (const note of choice.notes) process.stderr.write(`itx: note: ${note}\n`);
  return choice.tactics;
}

/** Prints the merged, filtered timeline of a load to stdout in the requested format. */
export function printTimeline(result: LoadResult, request: TimelineRequest, { tactics, timeMode }: CheckedRequest): void {
  const incidents = incidentFilter(request.incident, result);
  const filters: ViewFilters = { ...NO_FILTERS, tactics, incidents };
  const timeline = buildTimeline(result.incidents);
  const rows: TimelineRow[] = filterTimeline(timeline, filters).rows.map((i) => timeline.rows[i]!);
  const options = { timeMode };
  switch (request.format ?? 'text') {
    case 'json':
      process.stdout.write(renderTimelineJson(rows, result.incidents, options));
      break;
    case 'csv':
      process.stdout.write(renderTimelineCsv(rows, options));
      break;
    case 'md':
      process.stdout.write(renderTimelineMarkdown(rows, options));
      break;
    default:
      process.stdout.write(renderTimelineText(rows, { ...options, colorLevel: colorLevel(request.color) }));
  }
}

/**
 * Reads `--incident` labels into load positions (none given: an empty list, no filter); an unknown
 * one is a usage error with a suggestion and the incidents that did load.
 */
export function incidentFilter(labels: readonly string[] | undefined, result: LoadResult): number[] {
  const choice = chooseIncidents(labels ?? [], result.incidents.map((l) => l.incident));
  if (choice.ok) return choice.incidents;
  const hint = choice.suggestion ? ` (did you mean "${choice.suggestion}"?)` : '';
  const known = result.incidents.map((l) => `${l.incident.id} (${incidentTag(l.incident)})`).join(', ');
  throw new UsageError(`no loaded incident has the id or tag "${choice.label}" for --incident${hint}; loaded: ${known || 'none'}`);
}
