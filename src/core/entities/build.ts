import type { LoadedIncident } from '../../model/loaded.js';
import type { TimelineRow } from '../timeline.js';
import { groupMembers, isDistinctive, type EntityMember } from './identity.js';
import { mergeGroup, type Tally } from './merge.js';
import { normalizeName } from './normalize.js';
import { PhraseMatcher } from './phrase-matcher.js';
import type { Vocabulary } from './vocabulary.js';
import { MentionTable } from './mention-table.js';
import { RowLookup } from './row-lookup.js';
import { RowReader, tallyOf } from './row-reader.js';
import { WordPostings } from './word-postings.js';
import { SplitTexts } from './word-split.js';
import type { EntityIndex, MergedEntity } from './types.js';

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * Merges the entities of all incidents into one per real-world entity and links every event to
 * the entities it involves: by the data's links, and by naming them in its title or description
 * (inferred). Rows must be the merged timeline of the same incidents, in timeline order. Only
 * `incident` of each loaded incident is read.
 */
export function buildEntityIndex(loaded: readonly Pick<LoadedIncident, 'incident' | 'words'>[], rows: readonly TimelineRow[]): EntityIndex {
  const members: EntityMember[] = [];
  loaded.forEach(({ incident }, incidentIndex) => {
    for (const entity of incident.entities ?? []) members.push({ incidentIndex, entity });
  });
  const groups = groupMembers(members).map((group) => group.map((m) => members[m]!));
  const keys = uniqueKeys(groups);

  // Each incident's entity ids, resolved to their group.
  const localIds = loaded.map(() => new Map<string, number>());
  const tallies = groups.map(() => new Map<number, Tally>());
  groups.forEach((group, g) => {
    for (const { incidentIndex, entity } of group) {
      if (!localIds[incidentIndex]!.has(entity.id)) localIds[incidentIndex]!.set(entity.id, g);
      const tally = tallyOf(tallies[g]!, incidentIndex);
      for (const role of entity.roles ?? []) tally.roles.add(role);
    }
  });
  // A large load's event texts were split into words beside the load; others are split here.
  const texts = new SplitTexts(loaded);
  const eventWords = new WordPostings(texts.vocabulary);
  const matcher = phraseMatcher(groups, eventWords.vocabulary);

  const mentions = new MentionTable(groups.length, rows, keys);
  const rowLookup = new RowLookup(loaded);
  const reader = new RowReader({ localIds, tallies, mentions, rowLookup, eventWords, matcher, texts });
  rows.forEach((row, rowIndex) => reader.read(row, rowIndex));

  const entities = groups.map((group, g) => mergeGroup(keys[g]!, group, loaded, tallies[g]!));
  return makeIndex(entities, mentions, rowLookup, localIds, eventWords);
}

/** One phrase per name and alias of each group; names too short to be safe in free text are left out. */
function phraseMatcher(groups: readonly EntityMember[][], vocabulary: Vocabulary): PhraseMatcher {
  const matcher = new PhraseMatcher(vocabulary);
  groups.forEach((group, g) => {
    for (const { entity } of group) {
      for (const phrase of [entity.name, ...(entity.aliases ?? [])]) {
        const form = normalizeName(phrase);
        if (isDistinctive(form)) matcher.add(form, g);
      }
    }
  });
  return matcher;
}

/** A key per group: the sharedId, else "kind:normalised-name"; a clash gets "~2", "~3". */
function uniqueKeys(groups: readonly EntityMember[][]): string[] {
  const used = new Set<string>();
  return groups.map((group) => {
    const first = group[0]!;
    const shared = group.find((m) => m.entity.sharedId !== undefined)?.entity.sharedId;
    const slug = normalizeName(first.entity.name).replace(/ /g, '-') || first.entity.id;
    const base = shared ?? `${first.entity.kind}:${slug}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}~${n}`;
    used.add(key);
    return key;
  });
}

function makeIndex(
  entities: MergedEntity[],
  mentions: MentionTable,
  rowLookup: RowLookup,
  localIds: Map<string, number>[],
  eventWords: WordPostings,
): EntityIndex {
  const byKey = new Map(entities.map((entity, g) => [entity.key, g]));
  const keySets = new Map<number, ReadonlySet<string>>();
  return {
    entities,
    get: (key) => entities[byKey.get(key) ?? -1],
    eventsOfEntity: (key) => mentions.mentionsOf(byKey.get(key) ?? -1),
    eventKeySet(key) {
      const g = byKey.get(key);
      if (g === undefined) return NO_KEYS;
      let set = keySets.get(g);
      if (!set) keySets.set(g, (set = new Set(mentions.mentionsOf(g).map((m) => m.rowKey))));
      return set;
    },
    entitiesOfRow: (rowKey) => mentions.entitiesOf(rowLookup.rowOf(rowKey)),
    entityOf: (incidentIndex, entityId) => entities[localIds[incidentIndex]?.get(entityId) ?? -1],
    eventWords,
  };
}
