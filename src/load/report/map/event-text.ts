import { techniqueById } from '../../../model/attack.js';
import type { Confidence, TimeSpec } from '../../../model/incident.js';
import type { ImportContext } from '../context.js';
import { scanDates } from '../date-mentions.js';
import type { Pos } from '../tree.js';

/** How sure the wording is: "claimed", "implied"/"likely", "confirmed", "reported". */
export function confidenceOf(text: string): Confidence | undefined {
  if (/\bclaim(?:s|ed|ing)?\b/i.test(text)) return 'claimed';
  if (/\bdisput(?:e|es|ed)|\bdenie[sd]\b/i.test(text)) return 'disputed';
  if (/\b(?:implied|likely|believed|suspected|assessed|probably|possibly|potentially|may have)\b/i.test(text)) return 'assessed';
  if (/\bconfirm(?:s|ed)\b/i.test(text)) return 'confirmed';
  if (/\breport(?:s|ed)?\b/i.test(text)) return 'reported';
  return undefined;
}

/** ATT&CK technique ids in the text that ATT&CK v19.1 knows; unknown ids are reported. */
export function techniquesIn(text: string, ctx: ImportContext, pos: Pos): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/\bT\d{4}(?:\.\d{3})?\b/g)) {
    if (ids.includes(m[0])) continue;
    if (techniqueById(m[0])) ids.push(m[0]);
    else ctx.warn(pos, `technique ${m[0]} is not in ATT&CK v19.1; it is left out (kept in the text)`);
  }
  return ids;
}

const QUALIFIERS = new Set(
  'on in at around about approximately approx. circa roughly before prior to after since by until early mid late mid- during no later earlier than some sometime or'.split(' '),
);

/**
 * The time a piece of prose gives, read from the first date it names with the words just before it
 * ("on Sunday", "prior to May 4, 2025"), so the kept wording stays short.
 */
export function proseTime(text: string, ctx: ImportContext, pos: Pos, path: string): TimeSpec | undefined {
  const { mentions } = scanDates(text, ctx.referenceDate);
  const first = mentions[0];
  if (!first) {
    // An impossible date in prose is still worth a diagnostic.
    if (/\d{4}-\d{2}-\d{2}|\b\d{1,2},? \d{4}\b/.test(text)) ctx.time(text, pos, path);
    return undefined;
  }
  // Keep only the qualifying words just before the date: "Micah Lee on Sunday" -> "on Sunday".
  const lead = text.slice(0, first.start).split(/\s+/).filter(Boolean);
  let from = lead.length;
  while (from > 0 && from > lead.length - 4 && QUALIFIERS.has(lead[from - 1]!.toLowerCase())) from--;
  const phrase = [...lead.slice(from), text.slice(first.start, first.end)].join(' ');
  const second = mentions[1];
  const span = second && /^\s*(?:to|through|until|and|-|–|—|\/)\s*$/i.test(text.slice(first.end, second.start)) ? text.slice(first.end, second.end) : '';
  return ctx.time(phrase + span, pos, path);
}
