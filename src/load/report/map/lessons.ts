import type { ImportContext } from '../context.js';
import type { IncidentDraft } from '../draft.js';
import type { Item, Section } from '../tree.js';
import { itemsWithSubsections, itemValue, keepItem, keyOf, paragraphsOf } from './common.js';

const TAKEAWAY = /\b(?:takeaways?|lessons?|learn\w*|insights?|observations?|findings?|what went well|worked)\b/;
const IMPROVEMENT = /\b(?:better|improv\w*|gaps?|shortcomings?|should have|could have|missed|failures?|weakness\w*|went wrong)\b/;

/** Lessons Learned: "Key takeaways" -> takeaway, "What could have been done better" -> improvement. */
export function mapLessons(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  for (const text of paragraphsOf(section)) draft.lessons.push({ kind: 'takeaway', text });
  if (paragraphsOf(section).length > 0) ctx.mapped(section.heading);
  const items = itemsWithSubsections(section);
  for (const item of items) mapLesson(item, section.heading, draft, ctx);
}

function mapLesson(item: Item, heading: string, draft: IncidentDraft, ctx: ImportContext): void {
  const key = keyOf(item.key);
  // Improvement first: "What could have been done better" also says nothing of takeaways.
  const kind = !item.key ? 'takeaway' : IMPROVEMENT.test(key) ? 'improvement' : TAKEAWAY.test(key) ? 'takeaway' : undefined;
  if (!kind) return keepItem(ctx, heading, item);
  const values = item.value ? [item.value, ...item.children.map(itemValue)] : item.children.map(itemValue);
  const texts = values.filter((v) => v.trim());
  if (texts.length === 0) return ctx.skipped(`${heading}: ${item.key ?? ''}`);
  for (const text of texts) draft.lessons.push({ kind, text });
  ctx.mapped(item.key ? `${heading}: ${item.key}` : heading);
}
