import type { Entity } from '../../model/incident.js';
import { normalizeName } from './normalize.js';

/** One entity as one incident defines it. */
export interface EntityMember {
  incidentIndex: number;
  entity: Entity;
}

/**
 * Aliases shorter than this say too little to equate two entities ("TM", "EU") and to find
 * mentions in free text; names always count.
 */
export const MIN_ALIAS_LENGTH = 3;

/** True when a normalised name has enough letters and digits to identify an entity or be looked for in text. */
export function isDistinctive(form: string): boolean {
  return form.replace(/ /g, '').length >= MIN_ALIAS_LENGTH;
}

/** Disjoint sets over member indices; a set carries at most one explicit sharedId. */
class UnionFind {
  private readonly parent: number[];
  constructor(
    size: number,
    private readonly sharedIds: (string | undefined)[],
  ) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression keeps later finds flat.
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Joins two sets unless each already has a different explicit sharedId: the data's word wins over a name. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const sa = this.sharedIds[ra];
    const sb = this.sharedIds[rb];
    if (sa !== undefined && sb !== undefined && sa !== sb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    this.sharedIds[keep] = sa ?? sb;
  }
}

/** The names that identify a member: its name, and its aliases long enough to mean something. */
export function identifyingForms(entity: Entity): string[] {
  const forms = [normalizeName(entity.name)];
  for (const alias of entity.aliases ?? []) {
    const form = normalizeName(alias);
    if (isDistinctive(form)) forms.push(form);
  }
  return forms.filter((form) => form.length > 0);
}

/**
 * Groups members that are one real-world entity: same sharedId first, then a shared normalised
 * name or alias (an alias of one equal to the name of another joins them). Groups come in order of
 * their first member; members keep their order.
 */
export function groupMembers(members: readonly EntityMember[]): number[][] {
  const sets = new UnionFind(
    members.length,
    members.map((m) => m.entity.sharedId),
  );
  const firstWithShared = new Map<string, number>();
  members.forEach(({ entity }, i) => {
    if (entity.sharedId === undefined) return;
    const first = firstWithShared.get(entity.sharedId);
    if (first === undefined) firstWithShared.set(entity.sharedId, i);
    else sets.union(first, i);
  });
  const firstWithForm = new Map<string, number>();
  members.forEach(({ entity }, i) => {
    for (const form of identifyingForms(entity)) {
      const first = firstWithForm.get(form);
      if (first === undefined) firstWithForm.set(form, i);
      else sets.union(first, i);
    }
  });
  const groups = new Map<number, number[]>();
  members.forEach((_, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}
