import { compareIncidents } from '../../core/compare/compare.js';
import { incidentTag } from '../../core/incident-tag.js';
import { renderCompareMarkdown } from '../compare-md.js';
import { mdCell } from '../markdown.js';
import { describeFilters } from './filters-note.js';
import { incidentSection } from './md-incident.js';
import type { ExportSelection } from './select.js';
import { plural } from '../../text/index.js';

/** Options of the Markdown briefing. */
export interface BriefingOptions {
  /** When the briefing is generated, for its note (default: now). */
  generatedAt?: Date;
}

/**
 * A briefing document to hand out: what it covers and how it was made, then per incident its
 * summary, key facts, timeline, methodology, impact, indicators (defanged), lessons and sources,
 * then the response comparison of all of them.
 */
export function renderBriefing(selection: ExportSelection, options: BriefingOptions = {}): string {
  const incidents = selection.incidents.map((i) => selection.loaded[i]!);
  const generated = (options.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const filters = describeFilters(selection);
  const out = [
    '# Incident briefing',
    `Generated ${generated} UTC by itx from ${plural(incidents.length, 'incident')} and ${plural(selection.rows.length, 'event')}` +
      `${filters ? `; filters: ${mdCell(filters)}` : ''}. Times are UTC and shown as precisely as the sources give them: ` +
      '`~` approximate, `≤`/`≥` only a bound is known; `T+` counts from the incident’s start (or discovery).',
  ];
  if (incidents.length > 1) {
    out.push(incidents.map((l, n) => `${n + 1}. ${mdCell(l.incident.title)} (${mdCell(incidentTag(l.incident))})`).join('\n'));
  }
  selection.incidents.forEach((index, n) => {
    const rows = selection.rows.filter((r) => r.incidentIndex === index);
    out.push(incidentSection(selection.loaded[index]!.incident, rows, n + 1));
  });
  if (incidents.length > 0) out.push(demoteHeadings(renderCompareMarkdown(compareIncidents(incidents)).trimEnd()));
  return `${out.join('\n\n')}\n`;
}

// The comparison renders as a document of its own ("# Response comparison"); inside the briefing
// it is one section, a level down.
function demoteHeadings(markdown: string): string {
  return markdown.replace(/^(#{1,5}) /gm, '#$1 ');
}

