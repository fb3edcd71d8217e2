import nlp from 'compromise';
import type { Phase } from '../../../model/incident.js';
import type { ImportContext } from '../context.js';
import type { IncidentDraft } from '../draft.js';
import type { Section } from '../tree.js';
import { itemsWithSubsections, itemValue, keepItem, keepParagraphs, keyOf } from './common.js';
import { proseTime } from './event-text.js';

const PHASES: [RegExp, Phase][] = [
  [/\b(?:contain\w*|isolat\w*|block\w*|shut\w*|suspen\w*|quarantin\w*|mitigat\w*)\b/, 'containment'],
  [/\b(?:eradicat\w*|remov\w*|clean\w*|remediat\w*|patch\w*|eliminat\w*)\b/, 'eradication'],
  [/\b(?:recover\w*|restor\w*|rebuild\w*|resum\w*|reopen\w*)\b/, 'recovery'],
  [/\b(?:investigat\w*|forensic\w*|analys\w*|triage|hunt\w*)\b/, 'investigation'],
  [/\b(?:notif\w*|communicat\w*|disclos\w*|report\w*|inform\w*|outreach|public\w*|statements?|customers)\b/, 'notification'],
];

/** Response Actions: keys name the phase ("Containment measures" -> containment); several actions split on ";". */
export function mapResponses(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  keepParagraphs(ctx, section);
  const items = itemsWithSubsections(section);
  for (const item of items) {
    const phase = PHASES.find(([re]) => re.test(keyOf(item.key)))?.[1];
    const value = itemValue(item);
    if (!phase) {
      keepItem(ctx, section.heading, item);
      continue;
    }
    if (!value) {
      ctx.skipped(`${section.heading}: ${item.key}`);
      continue;
    }
    for (const action of splitActions(value)) {
      const time = proseTime(action, ctx, item.valuePos, 'responses');
      draft.responses.push({ phase, action, ...(time && { time }) });
    }
    ctx.read(value);
    ctx.mapped(`${section.heading}: ${item.key}`);
  }
}

/**
 * Splits "Disabled the account; revoked the tokens." into two actions, but keeps
 * "Investigation ongoing; service suspension is a precautionary measure." whole: split only
 * when every part starts with a verb, as a list of actions does.
 */
function splitActions(value: string): string[] {
  const parts = value
    .split(/\s*;\s*/)
    .map((p) => p.replace(/\.$/, '').trim())
    .filter(Boolean);
  if (parts.length > 1 && parts.every(startsWithVerb)) return parts;
  return [value.replace(/\.$/, '').trim()];
}

function startsWithVerb(text: string): boolean {
  try {
    if (nlp(text).terms().eq(0).has('#Verb')) return true;
    // Capitalised at the start, "Reset" and "Suspended" read as nouns or adjectives; after a subject
    // they read as verbs. Only past forms and a few irregular ones are trusted that way, so
    // "service suspension is ..." does not become an action list.
    const first = /^[\p{L}-]+/u.exec(text)?.[0] ?? '';
    if (!/ed$|^(?:reset|shut|set|put|cut|rebuilt|sent|took|kept|made|ran|began)$/i.test(first)) return false;
    return nlp(`They ${first.toLowerCase()}${text.slice(first.length)}`).terms().eq(1).has('#Verb');
  } catch {
    return false;
  }
}
