import { refang } from '../../../text/index.js';
import type { ImportContext } from '../context.js';
import { allTimes } from '../dates.js';
import type { IncidentDraft } from '../draft.js';
import type { Section } from '../tree.js';
import { itemValue, itemsOf, paragraphsOf } from './common.js';

/** Sources / References: each entry becomes a source (publisher, title, date, url). */
export function mapSources(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  const entries = [
    ...itemsOf(section).map((item) => ({ label: item.key, text: item.key ? itemValue(item) : item.text })),
    ...paragraphsOf(section).map((text) => ({ label: undefined, text })),
  ];
  for (const { label, text } of entries) {
    const url = /\b(?:https?|hxxps?):\/\/\S+[^\s.,;)]/i.exec(text)?.[0];
    const clean = refang(url ?? '');
    const title = (url ? text.replace(url, '') : text).replace(/[\s()[\]<>,;:–—-]+$|^[\s()[\]<>,;:–—-]+/g, '').trim();
    const date = allTimes(text, ctx.referenceDate).find((m) => m.precision === 'day' || m.precision === 'month')?.at;
    const host = clean ? /^\w+:\/\/(?:www\.)?([^/:?#]+)/.exec(clean)?.[1] : undefined;
    draft.references.push({
      publisher: label ?? host ?? (title.split(/\s[-–—|]\s|:\s/)[0] || 'Cited in the report'),
      title: title || clean,
      ...(date && { date: date.slice(0, 10) }),
      ...(clean && { url: clean }),
    });
  }
  if (entries.length > 0) ctx.mapped(section.heading);
  else ctx.skipped(section.heading);
}
