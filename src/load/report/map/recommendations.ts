import type { ImportContext } from '../context.js';
import type { IncidentDraft } from '../draft.js';
import type { Item, Section } from '../tree.js';
import { paragraphsOf } from './common.js';

/** Recommendations: one per bullet or numbered item (with its label, if any), or per paragraph. */
export function mapRecommendations(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  const before = draft.recommendations.length;
  const add = (item: Item): void => {
    if (item.text.trim()) draft.recommendations.push(item.text);
    item.children.forEach(add);
  };
  for (const block of section.blocks) {
    if (block.kind === 'item') add(block);
    else draft.recommendations.push(block.text);
  }
  for (const sub of section.children) {
    for (const text of paragraphsOf(sub)) draft.recommendations.push(`${sub.heading}: ${text}`);
    for (const block of sub.blocks) if (block.kind === 'item') add({ ...block, text: `${sub.heading}: ${block.text}` });
  }
  if (draft.recommendations.length > before) ctx.mapped(section.heading);
  else ctx.skipped(section.heading);
}
