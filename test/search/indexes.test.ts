import { describe, expect, it } from 'vitest';
import { indexesFor, resultItems, search } from '../../src/core/search/index.js';
import { buildTimeline } from '../../src/core/timeline.js';
import { loadFixtures } from './helpers.js';

describe('indexesFor', () => {
  it('builds each index of a load once and hands the same one to every caller', () => {
    const loaded = loadFixtures('telemessage.json', 'signal-chat.json');
    const { rows } = buildTimeline(loaded);
    const first = indexesFor(loaded, rows);
    expect(indexesFor(loaded, rows)).toBe(first);
    expect(first.search).toBe(indexesFor(loaded, rows).search);
    expect(first.search.entities).toBe(first.entities.entities);
    expect(search(first.search, 'smarsh').entities[0]?.entity.key).toBe('org:smarsh');
  });

  it('builds new indexes for a new load', () => {
    const loaded = loadFixtures('telemessage.json');
    const a = indexesFor(loaded, buildTimeline(loaded).rows);
    const b = indexesFor(loaded, buildTimeline(loaded).rows);
    expect(b.entities).not.toBe(a.entities);
  });
});

describe('resultItems', () => {
  it('puts the entities before the events in one list for the overlay cursor', () => {
    const loaded = loadFixtures('telemessage.json', 'signal-chat.json');
    const { search: index } = indexesFor(loaded, buildTimeline(loaded).rows);
    const items = resultItems(search(index, 'smarsh'));
    expect(items.map((i) => (i.kind === 'entity' ? `entity ${i.hit.entity.name}` : `event ${i.hit.row.key}`))).toEqual([
      'entity Smarsh',
      'entity TeleMessage',
      'event telemessage-2025/suspend',
    ]);
  });
});
