// The explorer warms the search up with queries made from the load's own words: they must be
// what a user's typing looks like (growing prefixes, then a typo) and really find something.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, warmUpQueries } from '../../src/core/search/index.js';
import { indexOf, loadFixtures } from './helpers.js';

describe('search warm-up queries', () => {
  it('type the first entity name letter by letter, then with a typo, and find it', () => {
    const loaded = loadFixtures('telemessage.json', 'signal-chat.json');
    const { rows, entities } = indexOf(loaded);
    const index = buildSearchIndex(entities, rows);
    const queries = warmUpQueries(index);
    const name = entities.entities[0]!.name.toLowerCase().slice(0, 10);
    expect(queries.slice(0, -1)).toEqual(Array.from({ length: name.length }, (_, i) => name.slice(0, i + 1)));
    expect(queries.at(-1)).toHaveLength(name.length);
    expect(queries.at(-1)).not.toBe(name);
    expect(search(index, queries.at(-2)!).entities[0]?.entity.name).toBe(entities.entities[0]!.name);
  });

  it('is empty for a load with nothing to search', () => {
    const { rows, entities } = indexOf([]);
    expect(warmUpQueries(buildSearchIndex(entities, rows))).toEqual([]);
  });
});
