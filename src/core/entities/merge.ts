import type { LoadedIncident } from '../../model/loaded.js';
import type { TimelineRow } from '../timeline.js';
import type { EntityMember } from './identity.js';
import { normalizeName } from './normalize.js';
import type { EntityInIncident, MergedEntity } from './types.js';

/** What the timeline says of one entity in one incident, gathered in one pass. */
export interface Tally {
  roles: Set<string>;
  /** Rows involving the entity, in timeline order. */
  rows: TimelineRow[];
  linked: number;
  inferred: number;
}

/** Builds the merged entity of a group: names, titles and what each incident says of it. */
export function mergeGroup(
  key: string,
  group: readonly EntityMember[],
  loaded: readonly Pick<LoadedIncident, 'incident'>[],
  tallies: ReadonlyMap<number, Tally>,
): MergedEntity {
  const first = group[0]!.entity;
  const forms = new Set([normalizeName(first.name)]);
  const aliases: string[] = [];
  const titles = new Set<string>();
  for (const { entity } of group) {
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      const form = normalizeName(name);
      if (forms.has(form)) continue;
      forms.add(form);
      aliases.push(name);
    }
    if (entity.title) titles.add(entity.title);
  }
  const sharedId = group.find((m) => m.entity.sharedId !== undefined)?.entity.sharedId;
  const perIncident = [...tallies]
    .sort(([a], [b]) => a - b)
    .map(([incidentIndex, tally]) => inIncident(loaded[incidentIndex]!.incident.id, incidentIndex, tally));
  return {
    key,
    name: first.name,
    kind: first.kind,
    aliases,
    titles: [...titles],
    ...(sharedId !== undefined && { sharedId }),
    perIncident,
    ids: group.map(({ incidentIndex, entity }) => ({ incidentIndex, entityId: entity.id })),
  };
}

function inIncident(incidentId: string, incidentIndex: number, tally: Tally): EntityInIncident {
  const { rows } = tally;
  const known = rows.filter((row) => row.time.known);
  const first = known[0] ?? rows[0];
  const last = known[known.length - 1] ?? rows[rows.length - 1];
  return {
    incidentId,
    incidentIndex,
    roles: [...tally.roles],
    eventKeys: rows.map((row) => row.key),
    count: rows.length,
    linked: tally.linked,
    inferred: tally.inferred,
    ...(first && { firstTime: first.time }),
    ...(last && { lastTime: last.time }),
  };
}
