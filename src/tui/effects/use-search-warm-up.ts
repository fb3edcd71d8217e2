import { useEffect } from 'react';
import { search, warmUpQueries, type SearchIndex } from '../../core/search/index.js';
import { RESULT_LIMIT } from '../state/find.js';

const warmed = new WeakSet<SearchIndex>();

/**
 * Once per search index, while the search line waits for its first key: runs the warm-up
 * queries one per macrotask, so a key typed meanwhile waits for one search at most. The results
 * are dropped; what stays is compiled code and the search's caches.
 */
export function useSearchWarmUp(index: SearchIndex | undefined): void {
  useEffect(() => {
    if (!index || warmed.has(index)) return;
    warmed.add(index);
    const queries = warmUpQueries(index);
    let timer: NodeJS.Timeout | undefined;
    const next = (i: number) => {
      if (i < queries.length) timer = setTimeout(() => (search(index, queries[i]!, RESULT_LIMIT), next(i + 1)), 0);
    };
    next(0);
    return () => clearTimeout(timer);
  }, [index]);
}
