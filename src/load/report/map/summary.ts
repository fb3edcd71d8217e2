import type { ImportContext } from '../context.js';
import type { IncidentDraft } from '../draft.js';
import type { Section } from '../tree.js';
import { sectionText } from './common.js';

/** Executive Summary: its prose (and any bullets) become the incident's summary. */
export function mapSummary(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  const text = sectionText(section).replace(/^- /gm, '');
  if (!text) return ctx.skipped(section.heading);
  draft.summary = draft.summary ? `${draft.summary}\n\n${text}` : text;
  ctx.read(text);
  ctx.mapped(section.heading);
}
