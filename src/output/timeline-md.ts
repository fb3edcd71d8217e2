import type { TimelineRow } from '../core/timeline.js';
import { mdCell, mdHead, mdRow } from './markdown.js';
import { rowFields, type TimelineRenderOptions } from './timeline-fields.js';

/** The merged timeline as a Markdown table, for notes and tickets. */
export function renderTimelineMarkdown(rows: readonly TimelineRow[], options: TimelineRenderOptions = {}): string {
  const incidents = new Set(rows.map((r) => r.incident.id)).size;
  const out = [
    '# Incident timeline',
    '',
    `${rows.length} event${rows.length === 1 ? '' : 's'} from ${incidents} incident${incidents === 1 ? '' : 's'}; times in ${modeName(options)}, shown as precisely as the sources give them.`,
    '',
    mdHead(['Time', 'Incident', 'Tactics', 'Stage', 'Event']),
  ];
  for (const row of rows) {
    const f = rowFields(row, options);
    out.push(mdRow([f.time, f.tag, f.tactics.join(', '), f.stage, f.title].map(mdCell)));
  }
  return `${out.join('\n')}\n`;
}

function modeName(options: TimelineRenderOptions): string {
  const mode = options.timeMode ?? { kind: 'utc' };
  return mode.kind === 'zone' ? mode.zone : mode.kind === 'relative' ? 'T+ offsets from each incident’s start' : 'UTC';
}
