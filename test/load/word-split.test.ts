// A large load splits its event texts into words on a worker thread (the bundled
// dist/word-split-worker.js, which `npm test` builds first). The indexes built from that split must
// be exactly those built by splitting on the main thread: same words, same documents, same
// entity mentions, whatever the text (accents, other scripts, escapes, hostile controls).
import { describe, expect, it } from 'vitest';
import type { LoadedIncident } from '../../src/model/loaded.js';
import { buildEntityIndex, type EntityIndex } from '../../src/core/entities/index.js';
import { buildTimeline } from '../../src/core/timeline.js';
import { loadPaths } from '../../src/load/index.js';

const PATHS = ['data', 'test/fixtures/good', 'test/fixtures/hostile', 'test/fixtures/search', 'test/fixtures/reports'];

function indexOf(incidents: LoadedIncident[]): EntityIndex {
  return buildEntityIndex(incidents, buildTimeline(incidents).rows);
}

function summary(index: EntityIndex) {
  const words = [...index.eventWords.words()].sort();
  return {
    postings: words.map((word) => [word, [...index.eventWords.docsWith(word)]]),
    mentions: index.entities.map((entity) => [entity.key, index.eventsOfEntity(entity.key)]),
  };
}

describe('word split on a worker', () => {
  it('gives the indexes the main thread would build, on every kind of text', async () => {
    const split = await loadPaths(PATHS, { splitWords: true, splitFromBytes: 0 });
    const here = await loadPaths(PATHS);
    const placed = split.incidents.filter((l) => l.words !== undefined);
    // Every incident from a JSON file is placed in the split; reports are split on the main thread.
    expect(placed.length).toBeGreaterThan(10);
    expect(split.incidents.length - placed.length).toBe(here.incidents.filter((l) => l.file.endsWith('.txt') || l.file.endsWith('.md')).length);
    expect(summary(indexOf(split.incidents))).toEqual(summary(indexOf(here.incidents)));
  });

  it('leaves small loads and loads that build no index on the main thread', async () => {
    expect((await loadPaths(['data'], { splitWords: true })).incidents.every((l) => l.words === undefined)).toBe(true);
    expect((await loadPaths(['data'])).incidents.every((l) => l.words === undefined)).toBe(true);
  });

  it('keeps the split out of the data: not enumerable, not in JSON', async () => {
    const [loaded] = (await loadPaths(['data/telemessage-2025.json'], { splitWords: true, splitFromBytes: 0 })).incidents;
    expect(loaded!.words).toBeDefined();
    expect(Object.keys(loaded!)).not.toContain('words');
    expect(JSON.stringify(loaded)).not.toContain('"words"');
  });
});
