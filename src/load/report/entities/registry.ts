import type { Entity, EntityKind } from '../../../model/incident.js';
import { comparable } from '../comparable.js';
import { slugify, uniqueId } from '../ids.js';

/** An entity as it is being gathered from the report. */
export interface EntityDraft {
  name: string;
  kind: EntityKind;
  roles: string[];
  title?: string;
  aliases: string[];
}

// More specific kinds win when two rules disagree about the same name.
const SPECIFICITY: Record<EntityKind, number> = {
  other: 0,
  organization: 1,
  product: 2,
  government: 3,
  media: 3,
  'threat-actor': 3,
  person: 4,
};

/** Name reduced for comparison: "Okta's" = "okta", "The Record" = "record". */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .replace(/^the\s+/, '')
    .trim();
}

/** The people and organisations a report names, one entry per real name. */
export class EntityRegistry {
  private readonly drafts: EntityDraft[] = [];

  /** All entities gathered so far, in the order first met. */
  get all(): readonly EntityDraft[] {
    return this.drafts;
  }

  /** Adds an entity, merging it into one already known by the same name (or a person's surname). */
  add(name: string, kind: EntityKind, roles: string[] = [], title?: string): EntityDraft | undefined {
    // Escape sequences and invisible characters are no part of a name.
    const clean = comparable(name).replace(/\s+/g, ' ').replace(/^[\s"'“‘(]+|[\s"'”’),.;:]+$/g, '').replace(/['’]s$/, '');
    if (!nameKey(clean)) return undefined;
    const existing = this.find(clean, kind);
    if (existing) {
      if (kind === 'person' && existing.kind === 'person' && clean.split(' ').length > existing.name.split(' ').length) {
        existing.name = clean;
      }
      if (SPECIFICITY[kind] > SPECIFICITY[existing.kind] && !(existing.kind === 'person' || kind === 'person')) existing.kind = kind;
      for (const role of roles) if (!existing.roles.includes(role)) existing.roles.push(role);
      if (title && !existing.title) existing.title = title;
      return existing;
    }
    const draft: EntityDraft = { name: clean, kind, roles: [...new Set(roles)], aliases: [], ...(title && { title }) };
    this.drafts.push(draft);
    return draft;
  }

  /** The entity with this name or alias; for people also by first name or surname alone ("Waltz"). */
  find(name: string, kind?: EntityKind): EntityDraft | undefined {
    const key = nameKey(name);
    const exact = this.drafts.find((d) => nameKey(d.name) === key || d.aliases.some((a) => nameKey(a) === key));
    if (exact) return exact;
    if (kind !== undefined && kind !== 'person') return undefined;
    const tokens = key.split(' ');
    return this.drafts.find((d) => {
      if (d.kind !== 'person') return false;
      const known = nameKey(d.name).split(' ');
      // "Waltz" or "Mike" alone, or "Vance" growing into "JD Vance": one name contains the other's tokens at an end.
      const [short, long] = tokens.length <= known.length ? [tokens, known] : [known, tokens];
      return short.length < long.length && (long.slice(-short.length).join(' ') === short.join(' ') || long.slice(0, short.length).join(' ') === short.join(' '));
    });
  }

  /** The entities in the incident file format, with unique ids, citing the given source. */
  toEntities(sourceId: string): { entities: Entity[]; idOf: Map<EntityDraft, string> } {
    const taken = new Set<string>();
    const idOf = new Map<EntityDraft, string>();
    const entities = this.drafts.map((d): Entity => {
      const id = uniqueId(slugify(d.name, 40), taken, 'entity');
      idOf.set(d, id);
      return {
        id,
        name: d.name,
        kind: d.kind,
        ...(d.aliases.length > 0 && { aliases: d.aliases }),
        ...(d.roles.length > 0 && { roles: d.roles }),
        ...(d.title !== undefined && { title: d.title }),
        sources: [sourceId],
      };
    });
    return { entities, idOf };
  }
}
