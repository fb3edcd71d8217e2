import type { TimelineRow } from '../core/timeline.js';
import { rowFields, type TimelineRenderOptions } from './timeline-fields.js';

/** The merged timeline as a Markdown table, for notes and tickets. */
export function renderTimelineMarkdown(rows: readonly TimelineRow[], options: TimelineRenderOptions = {}): string {
  const incidents = new Set(rows.map((r) => r.incident.id)).size;
  const out = [
    '# Incident timeline',
    '',
    `${rows.length} event${rows.length === 1 ? '' : 's'} from ${incidents} incident${incidents === 1 ? '' : 's'}; times in ${modeName(options)}, shown as precisely as the sources give them.`,
    '',
    '| Time | Incident | Tactics | Stage | Event |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const f = rowFields(row, options);
    out.push(`| ${[f.time, f.tag, f.tactics.join(', '), f.stage, f.title].map(mdCell).join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

/** Text made inert in a Markdown table cell: no markup, links, HTML or line breaks from the data. */
export function mdCell(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|#!~]/g, (ch) => `\\${ch}`);
}

function modeName(options: TimelineRenderOptions): string {
  const mode = options.timeMode ?? { kind: 'utc' };
  return mode.kind === 'zone' ? mode.zone : mode.kind === 'relative' ? 'T+ offsets from each incident’s start' : 'UTC';
}
