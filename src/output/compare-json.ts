import type { Comparison } from '../core/compare/compare.js';

/**
 * The comparison as JSON: the model as is. Spans past a bound (±Infinity ms) and unknown
 * estimates (NaN) have no JSON number and come out as null, as JSON.stringify writes them.
 */
export function renderCompareJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
