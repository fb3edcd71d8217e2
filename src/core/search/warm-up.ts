import { foldCase } from '../entities/index.js';
import type { SearchIndex } from './search-index.js';

/** Longest warm-up query: as long as the fuzzy thresholds go (see entityThreshold, eventThreshold). */
const LENGTH = 10;

/**
 * Queries that exercise the search as a user's typing will, made from the load's own words:
 * the first entity's name typed letter by letter, then with a typo. Searching them once, while
 * the user looks at the empty search line, compiles the code a search runs (in a large load the
 * first keystrokes otherwise take several times as long as later ones). Empty for an empty load.
 */
export function warmUpQueries(index: SearchIndex): string[] {
  const name = foldCase(index.entities[0]?.name ?? index.rows[0]?.event.title ?? '').slice(0, LENGTH);
  if (name.length < 2) return [];
  const typed = Array.from({ length: name.length }, (_, i) => name.slice(0, i + 1));
  const typo = name.slice(0, 1) + name.slice(2, 3) + name.slice(1, 2) + name.slice(3);
  return [...typed, typo];
}
