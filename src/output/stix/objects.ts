import type { MergedEntity } from '../../core/entities/index.js';
import type { Technique } from '../../model/attack.js';
import type { EntityKind, Incident, Source } from '../../model/incident.js';
import { stixId } from './ids.js';

/** A STIX 2.1 object as written to the bundle. */
export type StixObject = { type: string; id: string; spec_version: '2.1' } & Record<string, unknown>;

/** The incident-core extension of the STIX incident object (OASIS CTI common objects). */
export const INCIDENT_CORE_EXTENSION = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';

/** Kill chain name ATT&CK tactics go under in STIX. */
const MITRE_ATTACK = 'mitre-attack';

/** What every object of one export shares: its created/modified time (RFC 3339, milliseconds, Z). */
export interface StixContext {
  timestamp: string;
}

function base(type: string, id: string, ctx: StixContext): StixObject {
  return { type, spec_version: '2.1', id, created: ctx.timestamp, modified: ctx.timestamp };
}

const IDENTITY_CLASS: Partial<Record<EntityKind, string>> = {
  person: 'individual',
  organization: 'organization',
  government: 'organization',
  media: 'organization',
  other: 'unknown',
};

/** The STIX object for a merged entity: an identity, or a threat actor; undefined for products (no STIX SDO fits). */
export function entityObject(entity: MergedEntity, roles: readonly string[], ctx: StixContext): StixObject | undefined {
  const description = entity.titles.length > 0 ? { description: entity.titles.join('; ') } : {};
  if (entity.kind === 'threat-actor') {
    return { ...base('threat-actor', entityStixId(entity)!, ctx), name: entity.name, ...description, ...(entity.aliases.length > 0 && { aliases: entity.aliases }) };
  }
  const identityClass = IDENTITY_CLASS[entity.kind];
  if (!identityClass) return undefined;
  return {
    ...base('identity', entityStixId(entity)!, ctx),
    name: entity.name,
    identity_class: identityClass,
    ...description,
    ...(roles.length > 0 && { roles: [...roles] }),
    ...(entity.kind === 'government' && { sectors: ['government'] }),
  };
}

/** The id an entity has in the bundle; undefined for kinds that get no object. */
export function entityStixId(entity: MergedEntity): string | undefined {
  if (entity.kind === 'threat-actor') return stixId('threat-actor', entity.key);
  return IDENTITY_CLASS[entity.kind] ? stixId('identity', entity.key) : undefined;
}

/** An ATT&CK technique as a STIX attack pattern, referenced by its ATT&CK id. */
export function attackPatternObject(id: string, technique: Technique | undefined, ctx: StixContext): StixObject {
  const [parent, sub] = id.split('.');
  return {
    ...base('attack-pattern', stixId('attack-pattern', id), ctx),
    name: technique?.name ?? id,
    external_references: [{ source_name: MITRE_ATTACK, external_id: id, url: `https://attack.mitre.org/techniques/${parent}/${sub ? `${sub}/` : ''}` }],
    ...(technique && technique.tactics.length > 0 && { kill_chain_phases: killChain(technique.tactics) }),
  };
}

/**
 * The incident: core STIX 2.1 properties (name, description, ATT&CK tactics as kill chain phases,
 * sources as external references) and the incident-core extension's two required properties.
 */
export function incidentObject(incident: Incident, tactics: readonly string[], ctx: StixContext): StixObject {
  const references = incident.sources.map(externalReference);
  return {
    ...base('incident', stixId('incident', incident.id), ctx),
    name: incident.title,
    ...(incident.summary && { description: incident.summary }),
    ...(tactics.length > 0 && { kill_chain_phases: killChain(tactics) }),
    ...(references.length > 0 && { external_references: references }),
    extensions: {
      [INCIDENT_CORE_EXTENSION]: {
        extension_type: 'property-extension',
        determination: determination(incident),
        investigation_status: incident.status === 'resolved' ? 'closed' : 'open',
      },
    },
  };
}

/** A relationship of a type STIX 2.1 defines for its ends, with a sentence saying what it means here. */
export function relationshipObject(type: string, source: string, target: string, description: string, ctx: StixContext): StixObject {
  return { ...base('relationship', stixId('relationship', type, source, target), ctx), relationship_type: type, source_ref: source, target_ref: target, description };
}

// "confirmed": the incident caused harm (the extension's wording); an incident known only from
// claims and disputes is "suspected".
function determination(incident: Incident): 'confirmed' | 'suspected' {
  if (incident.status === 'contained' || incident.status === 'resolved') return 'confirmed';
  const stated = incident.events.flatMap((e) => (e.confidence ? [e.confidence] : []));
  return stated.length > 0 && stated.every((c) => c === 'claimed' || c === 'disputed') ? 'suspected' : 'confirmed';
}

function killChain(tactics: readonly string[]): { kill_chain_name: string; phase_name: string }[] {
  return tactics.map((phase_name) => ({ kill_chain_name: MITRE_ATTACK, phase_name }));
}

function externalReference(source: Source): Record<string, string> {
  const description = source.date ? `${source.title} (${source.date})` : source.title;
  return { source_name: source.publisher, description, ...(source.url && /^https?:\/\//i.test(source.url) && { url: source.url }) };
}
