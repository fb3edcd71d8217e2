import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, highlightSegments, matchIndices, search, type SearchIndex } from '../../src/core/search/index.js';
import { loadPaths } from '../../src/load/index.js';
import { indexOf } from './helpers.js';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));

// The examples, on the bundled incidents: the query, then the entity that must come first.
const FIRST: [string, string][] = [
  ['smarsh', 'Smarsh'],
  ['smrash', 'Smarsh'],
  ['waltz', 'Mike Waltz'],
  ['404', '404 Media'],
  ['vance', 'JD Vance'],
  ['nbc', 'NBC News'],
  ['micah', 'Micah Lee'],
];

// Both ways of searching: fuse.js over every document, and the word prefilter used at scale.
describe.each([
  ['scanning every document', undefined],
  ['through the word prefilter', 0],
])('search on the bundled incidents, %s', (_, fullScanLimit) => {
  let index: SearchIndex;
  beforeAll(async () => {
    const { incidents, diagnostics } = await loadPaths([dataDir]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { rows, entities } = indexOf(incidents);
    index = buildSearchIndex(entities, rows, fullScanLimit === undefined ? {} : { fullScanLimit });
  });

  it.each(FIRST)('"%s" finds %s first', (query, name) => {
    expect(search(index, query).entities[0]?.entity.name).toBe(name);
  });

  it('"waltz" finds one Mike Waltz who knows both incidents', () => {
    const [hit, ...rest] = search(index, 'waltz').entities;
    expect(rest.map((h) => h.entity.name)).not.toContain('Mike Waltz');
    expect(hit?.incidents).toBe(2);
    expect(hit?.entity.perIncident.map((p) => p.incidentId).sort()).toEqual(['signal-chat-2025', 'telemessage-2025']);
  });

  it.each(['qqqxxzz', 'kubernetes', 'zzzz'])('"%s" finds nothing at all', (query) => {
    expect(search(index, query)).toEqual({ entities: [], events: [] });
  });

  it('lists the events that name the query after the entities', () => {
    const { events } = search(index, 'smarsh');
    expect(events.length).toBeGreaterThan(0);
    for (const hit of events) expect(`${hit.row.event.title} ${hit.row.event.description}`).toMatch(/smarsh/i);
  });

  it('keeps at most `limit` hits of each kind', () => {
    const { entities, events } = search(index, 'a', 3);
    expect(entities).toHaveLength(3);
    expect(events).toHaveLength(3);
  });

  it('gives the ranges to highlight in the name', () => {
    const hit = search(index, 'waltz').entities[0]!;
    expect(highlightSegments(hit.entity.name, matchIndices(hit.matches, 'name'))).toEqual([
      { text: 'Mike ', match: false },
      { text: 'Waltz', match: true },
    ]);
  });
});

describe('search input', () => {
  it('finds nothing for an empty or blank query', async () => {
    const { incidents } = await loadPaths([dataDir]);
    const { rows, entities } = indexOf(incidents);
    const index = buildSearchIndex(entities, rows);
    expect(search(index, '   ')).toEqual({ entities: [], events: [] });
  });
});
