import type { MergedEntity } from '../entities/index.js';
import type { TimelineRow } from '../timeline.js';

/** The searchable text of a merged entity, one fuse.js document. */
export interface EntityDoc {
  name: string;
  aliases: string[];
  kind: string;
  roles: string[];
  title: string[];
}

/** The searchable text of a timeline event, one fuse.js document. */
export interface EventDoc {
  title: string;
  description: string;
}

/** Fields of a document that a hit can match in. */
export type SearchField = keyof EntityDoc | keyof EventDoc;

/** An entity's document: every name, role and title from every incident. */
export function entityDoc(entity: MergedEntity): EntityDoc {
  const roles = new Set<string>();
  for (const p of entity.perIncident) for (const role of p.roles) roles.add(role);
  return { name: entity.name, aliases: entity.aliases, kind: entity.kind, roles: [...roles], title: entity.titles };
}

/** An event's document. */
export function eventDoc(row: TimelineRow): EventDoc {
  return { title: row.event.title, description: row.event.description ?? '' };
}
