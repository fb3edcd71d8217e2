import { describe, expect, it } from 'vitest';
import { matchesQuery, nextMatch } from '../../src/core/search/index.js';
import { indexOf, loadFixtures } from './helpers.js';

// Timeline order: SG added, SG plans, SG article, TM breach, TM report-404, TM nbc, TM suspend, TM officials.
const { rows } = indexOf(loadFixtures('telemessage.json', 'signal-chat.json'));
const ids = () => rows.map((r) => r.event.id);

describe('matchesQuery', () => {
  it('finds the query in the title, the description or a linked entity name, ignoring case', () => {
    const row = (id: string) => rows.find((r) => r.event.id === id)!;
    expect(matchesQuery(row('breach'), 'ARCHIVE server')).toBe(true);
    expect(matchesQuery(row('suspend'), 'cybersecurity firm')).toBe(true);
    // "officials" links Mike Waltz without naming him in its text.
    expect(matchesQuery(row('officials'), 'mike waltz')).toBe(true);
    expect(matchesQuery(row('breach'), 'mike waltz')).toBe(false);
  });

  it('ignores accents and never matches an empty query', () => {
    const row = rows.find((r) => r.event.id === 'suspend')!;
    expect(matchesQuery(row, 'SMÁRSH')).toBe(true);
    expect(matchesQuery(row, '  ')).toBe(false);
  });
});

describe('nextMatch', () => {
  it('moves forward (n) and backward (N) to the next event that matches', () => {
    expect(ids()).toEqual(['added', 'plans', 'article', 'breach', 'report-404', 'nbc-second-breach', 'suspend', 'officials']);
    expect(nextMatch(rows, 0, 'breach', 1)).toEqual({ index: 3, wrapped: false });
    expect(nextMatch(rows, 3, 'breach', 1)).toEqual({ index: 4, wrapped: false });
    expect(nextMatch(rows, 5, 'breach', -1)).toEqual({ index: 4, wrapped: false });
  });

  it('wraps around the ends like less and vim, and says so', () => {
    expect(nextMatch(rows, 6, 'group', 1)).toEqual({ index: 0, wrapped: true });
    expect(nextMatch(rows, 0, 'services', -1)).toEqual({ index: 6, wrapped: true });
  });

  it('finds nothing for a query no event holds', () => {
    expect(nextMatch(rows, 0, 'kubernetes', 1)).toBeUndefined();
    expect(nextMatch([], 0, 'breach', 1)).toBeUndefined();
  });
});
