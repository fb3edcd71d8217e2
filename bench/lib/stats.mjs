// Small statistics and formatting helpers shared by the benchmark scripts.

/** Median of a list of numbers (NaN when empty). */
export function median(xs) {
  return percentile(xs, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers (NaN when empty). */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Milliseconds with a precision that suits their size. */
export function ms(x) {
  if (!Number.isFinite(x)) return 'n/a';
  return x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`;
}

/** Megabytes from bytes. */
export function mb(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(0)} MB` : 'n/a';
}

/** Bytes, as B or KB. */
export function bytes(x) {
  if (!Number.isFinite(x)) return 'n/a';
  return x < 1000 ? `${Math.round(x)} B` : `${(x / 1000).toFixed(1)} KB`;
}

/** A ratio such as "3.1×". */
export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a';
}

/** CPU time in ms since `start` (a `process.cpuUsage()` value). */
export function cpuMs(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
