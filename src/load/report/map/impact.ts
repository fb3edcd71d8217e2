import type { ImpactItem } from '../../../model/incident.js';
import type { ImportContext } from '../context.js';
import type { IncidentDraft } from '../draft.js';
import { readStatus } from '../status.js';
import type { Section } from '../tree.js';
import { itemValue, itemsOf, keepParagraphs, keyOf, sectionText } from './common.js';

type Category = ImpactItem['category'];

const CATEGORIES: [RegExp, Category][] = [
  [/\b(?:financ\w*|cost\w*|monetary|economic|ransom|revenue|fines?)\b/, 'financial'],
  [/\b(?:data|breach|privacy|records?|information|exposure|confidentiality)\b/, 'data'],
  [/\b(?:operation\w*|service\w*|availability|business|downtime|disruption|outage)\b/, 'operational'],
  [/\b(?:reput\w*|brand|trust|public\w*|image)\b/, 'reputational'],
];

/** Impact Assessment: financial, data, operational, reputational; other keys as "other" with their label. */
export function mapImpact(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  keepParagraphs(ctx, section);
  for (const item of itemsOf(section)) {
    const value = itemValue(item);
    if (!value) {
      ctx.skipped(`${section.heading}: ${item.key ?? ''}`);
      continue;
    }
    const category = CATEGORIES.find(([re]) => re.test(keyOf(item.key)))?.[1] ?? 'other';
    add(draft, category, value, item.key);
    ctx.read(value);
    ctx.mapped(item.key ? `${section.heading}: ${item.key}` : section.heading);
  }
  for (const sub of section.children) {
    const value = sectionText(sub).replace(/^- /gm, '');
    const category = CATEGORIES.find(([re]) => re.test(keyOf(sub.heading)))?.[1] ?? 'other';
    add(draft, category, value, sub.heading);
    ctx.read(value);
    ctx.mapped(`${section.heading}: ${sub.heading}`);
  }
}

function add(draft: IncidentDraft, category: Category, value: string, label: string | undefined): void {
  const { status, rest } = readStatus(value);
  // An impact of no known category keeps its label in the text, so nothing it said is lost.
  const text = category === 'other' && label ? `${label}: ${value}` : value;
  draft.impact.push({ category, status, ...((status === 'described' || rest || category === 'other') && { text }) });
}
