import { comparable } from '../comparable.js';
import type { ImportContext } from '../context.js';
import { allTimes } from '../dates.js';
import type { IncidentDraft } from '../draft.js';
import { isMediaName, looksLikePerson } from '../entities/names.js';
import type { EntityRegistry } from '../entities/registry.js';
import { readStatus } from '../status.js';
import type { Item, Section } from '../tree.js';
import { itemValue, itemsOf, keepItem, keepParagraphs, keyOf } from './common.js';

type DetailField = 'discovered' | 'started' | 'disclosed' | 'organization' | 'sectors' | 'geography' | 'attacker' | 'reporter' | 'status';

const FIELDS: [RegExp, DetailField][] = [
  [/\b(?:reported by|discovered by|detected by|found by|source|sources|reporters?|credit)\b/, 'reporter'],
  [/\b(?:discover\w*|detect\w*|identified|first observed|found)\b/, 'discovered'],
  [/\b(?:disclos\w*|announc\w*|reported|made public)\b/, 'disclosed'],
  [/\b(?:incident date|date of (?:the )?incident|attack date|breach date|intrusion date|compromise date|occurred|start\w*|began|incident period|date range|dates?)\b/, 'started'],
  [/\b(?:organi[sz]ations?|company|companies|victims?|affected entity|target|entity)\b/, 'organization'],
  [/\b(?:sectors?|industry|industries|vertical)\b/, 'sectors'],
  [/\b(?:geography|location|region|countr(?:y|ies)|jurisdiction)\b/, 'geography'],
  [/\b(?:threat actor|attacker|attribut\w*|adversary|perpetrator|group)\b/, 'attacker'],
  [/\bstatus\b/, 'status'],
];

/** Incident Details: dates, the affected organisation and its owner, sectors, geography. */
export function mapDetails(section: Section, draft: IncidentDraft, ctx: ImportContext, entities: EntityRegistry): void {
  keepParagraphs(ctx, section);
  for (const item of itemsOf(section)) {
    const field = FIELDS.find(([re]) => re.test(keyOf(item.key)))?.[1];
    const value = itemValue(item);
    const name = `${section.heading}: ${item.key ?? ''}`;
    if (!item.key || !field) {
      keepItem(ctx, section.heading, item);
      continue;
    }
    if (!value) {
      ctx.skipped(name);
      continue;
    }
    if (field !== 'sectors' && field !== 'geography') ctx.read(value);
    mapField(field, item, value, draft, ctx, entities);
    ctx.mapped(name);
  }
  for (const child of section.children) mapDetails(child, draft, ctx, entities);
}

function mapField(field: DetailField, item: Item, value: string, draft: IncidentDraft, ctx: ImportContext, entities: EntityRegistry): void {
  const path = field === 'organization' || field === 'attacker' || field === 'reporter' ? 'entities' : field;
  switch (field) {
    case 'discovered':
    case 'started':
    case 'disclosed': {
      // No date in it ("Unknown"): the wording is kept, so the time shows as unknown, not as absent.
      draft[field] ??= ctx.time(value, item.valuePos, path) ?? { text: value };
      // "2023-10-02 (BeyondTrust alerted Okta); Okta disclosed on 2023-10-20": the disclosure, too.
      for (const mention of allTimes(value, ctx.referenceDate).slice(1)) {
        if (/\b(?:disclos\w*|announc\w*|made public|went public|published)\b[^.;]*$/i.test(value.slice(Math.max(0, mention.start - 40), mention.start))) {
          draft.disclosed ??= { at: mention.at! };
        }
      }
      return;
    }
    case 'organization':
      return mapOrganization(item, value, draft, ctx, entities);
    case 'sectors': {
      const sectors = value
        .split(/\s*[,;]\s*/)
        .map((s) => s.replace(/\([^)]*\)?/g, '').replace(/[.\s]+$/, '').trim())
        .filter((s) => s && readStatus(s).status === 'described');
      if (sectors.length > 0) draft.sectors = [...(draft.sectors ?? []), ...sectors];
      // Qualifiers such as "(Implied due to users)" have no field: the original wording is kept as a note.
      if (sectors.join(', ') !== value.replace(/\s*[;,]\s*/g, ', ').replace(/[.\s]+$/, '')) ctx.keep(`Incident Details: ${item.key}`, value);
      return;
    }
    case 'geography':
      if (readStatus(value).status === 'described' || readStatus(value).rest) draft.geography = value.replace(/\.$/, '');
      return;
    case 'attacker': {
      const { status } = readStatus(value);
      const actor = status === 'described' ? entities.add(value.replace(/\s*[(,;].*$/, ''), 'threat-actor', ['attacker']) : undefined;
      const aka = /\((?:aka|a\.k\.a\.|also known as)\s+([^)]+)\)/i.exec(value);
      if (actor && aka) actor.aliases.push(...aka[1]!.split(/\s*,\s*|\s+and\s+/).filter(Boolean));
      if (status !== 'described' || /[(,;]/.test(value.replace(aka?.[0] ?? '', ''))) ctx.keep(`Incident Details: ${item.key}`, value);
      return;
    }
    case 'reporter': {
      // "Reported by: 404 Media, Micah Lee": each name is a reporter; the wording is read for more.
      for (const part of value.split(/\s*(?:,|;|\band\b)\s*/)) {
        const name = part.replace(/\s*\(.*$/, '').replace(/\.$/, '').trim();
        if (name && readStatus(name).status === 'described' && /^[\p{Lu}\p{N}]/u.test(name)) {
          entities.add(name, isMediaName(name) ? 'media' : looksLikePerson(name) ? 'person' : 'organization', ['reporter']);
        }
      }
      return;
    }
    case 'status': {
      const status = /\b(ongoing|contained|resolved|unknown)\b/i.exec(value)?.[1]?.toLowerCase();
      if (status) draft.status = status as IncidentDraft['status'];
      else ctx.keep(`Incident Details: ${item.key}`, value);
    }
  }
}

const OWNER = /\b(?:owned by|a subsidiary of|subsidiary of|part of|acquired by|parent(?: company)?:?)\s+(?:the\s+)?([^(),;]+)/i;

/** "TeleMessage (owned by Smarsh)": the victim organisation and its owner. */
function mapOrganization(item: Item, original: string, draft: IncidentDraft, ctx: ImportContext, entities: EntityRegistry): void {
  // Names are identifiers: escape sequences in them are dropped (the note keeps the original).
  const value = comparable(original);
  const name = value.split(/\s*(?:\(|;|,\s|\s[-–—]\s)/)[0]!.replace(/\.$/, '').trim();
  if (readStatus(name).status !== 'described') {
    ctx.keep(`Incident Details: ${item.key}`, original);
    return;
  }
  const organization = entities.add(name, 'organization', ['victim']);
  if (organization && !draft.organization) draft.organization = organization;
  const owner = OWNER.exec(value);
  if (owner) {
    const ownerEntity = entities.add(owner[1]!.replace(/\.$/, '').trim(), 'organization', ['owner']);
    if (ownerEntity && !draft.owner) draft.owner = ownerEntity;
  }
  const residue = value.replace(name, '').replace(owner?.[0] ?? '', '').replace(/[()\s.,;:–—-]+/g, '');
  if (residue || value !== original) ctx.keep(`Incident Details: ${item.key}`, original);
}
