import type { ImportContext } from '../context.js';
import type { IncidentDraft } from '../draft.js';
import { readStatus } from '../status.js';
import { lookupTactic } from '../../../model/attack.js';
import { readTactics } from '../tactics.js';
import type { Pos, Section } from '../tree.js';
import { itemValue, itemsOf, keepItem, keepParagraphs, sectionText } from './common.js';
import { techniquesIn } from './event-text.js';
import { reportTactics } from './timeline.js';

/** Attack Methodology: one item per tactic, "Not detailed" read as a status, not as text. */
export function mapMethodology(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  keepParagraphs(ctx, section);
  for (const item of itemsOf(section)) {
    if (!item.key || !addTactic(item.key, itemValue(item), item.pos, draft, ctx)) keepItem(ctx, section.heading, item);
    else ctx.mapped(`${section.heading}: ${item.key}`);
  }
  // "### Initial Access" followed by prose or bullets: the subsection names the tactic.
  for (const sub of section.children) {
    const text = sectionText(sub).replace(/^- /gm, '').trim();
    if (addTactic(sub.heading, text, sub.pos, draft, ctx)) ctx.mapped(`${section.heading}: ${sub.heading}`);
    else ctx.keep(`${section.heading}: ${sub.heading}`, text);
  }
}

function addTactic(label: string, value: string, pos: Pos, draft: IncidentDraft, ctx: ImportContext): boolean {
  const reading = readTactics(label);
  if (reading.tactics.length === 0 || reading.other.length > 0) return false;
  reportTactics(reading, label, ctx, pos);
  const { status, rest } = readStatus(value);
  const techniques = techniquesIn(value, ctx, pos);
  for (const label of reading.tactics) {
    const legacy = reading.legacy.find((l) => l.label === label);
    // "Defense Evasion" is stored as the v19 tactics it became, its label kept in the text.
    const tactics = legacy ? lookupLegacy(label) : [label];
    const said = status === 'described' || rest ? value : '';
    const text = legacy ? `Reported as "${label}" (pre-v19 ATT&CK)${said ? `: ${said}` : ''}` : said;
    for (const tactic of tactics) {
      draft.methodology.push({
        tactic,
        status: value ? status : 'not-detailed',
        ...(text && { text }),
        ...(techniques.length > 0 && { techniques }),
      });
    }
  }
  if (status === 'described') ctx.read(value);
  return true;
}

function lookupLegacy(label: string): string[] {
  const found = lookupTactic(label);
  return found.ok ? found.tactics.map((t) => t.shortname) : [label];
}
