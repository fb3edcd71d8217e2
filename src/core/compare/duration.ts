import type { Precision } from '../../model/incident.js';
import type { ResolvedTime } from '../time.js';
import { coarser, formatSpan } from '../time-format.js';

/** The time between two resolved times, with the uncertainty the data carries. */
export interface Duration {
  /** False when either end is unknown, or both ends are open bounds. */
  known: boolean;
  /** Shortest the span can be, in ms (exclusive); -Infinity when an end is only a bound. */
  min: number;
  /** Longest the span can be, in ms (exclusive); Infinity when an end is only a bound. */
  max: number;
  /** Difference of the best estimates, in ms; NaN when unknown. */
  estimate: number;
  /** The coarser precision of the two ends: the finest unit the span may be shown in. */
  precision: Precision;
  /** Either end is approximate. */
  approximate: boolean;
  /** The span in whole units of `precision` (minutes for instants), counted as calendars do; ±Infinity past a bound. */
  units: { low: number; high: number };
  /** The end is certainly before the start (the data contradicts itself or the order). */
  negative: boolean;
  /** As shown: "3h 20m", "2 d", "1–2 d", "~2 d", "≤ 5 d", "≥ 2 d", "-1 d", "unknown". */
  display: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The span from `from` to `to`, as interval arithmetic on both times' earliest/latest instants. */
export function durationBetween(from: ResolvedTime, to: ResolvedTime): Duration {
  const precision = coarser(from.precision, to.precision);
  const approximate = from.approximate || to.approximate;
  if (!from.known || !to.known) {
    const units = { low: -Infinity, high: Infinity };
    return { known: false, min: -Infinity, max: Infinity, estimate: NaN, precision, approximate, units, negative: false, display: 'unknown' };
  }
  const min = to.earliest - from.latest;
  const max = to.latest - from.earliest;
  const estimate = to.estimate - from.estimate;
  const known = Number.isFinite(min) || Number.isFinite(max);
  const base = { min, max, estimate, precision, approximate };
  if (!known) return { ...base, known, units: { low: -Infinity, high: Infinity }, negative: false, display: 'unknown' };
  // Count whole units of the coarser precision between the ends, as calendars do:
  // two day-level dates two days apart are "2 d", though the instants may be 1 to 3 days apart.
  const low = Number.isFinite(min) ? unitIndex(to.earliest, precision) - unitIndex(from.latest - 1, precision) : -Infinity;
  const high = Number.isFinite(max) ? unitIndex(to.latest - 1, precision) - unitIndex(from.earliest, precision) : Infinity;
  const units = { low, high };
  return { ...base, known, units, negative: high < 0, display: displayUnits(units, precision, approximate, ' ') };
}

/** The same span written as an offset from an origin: "T+1d", "T+1–2d", "~T+2d", "≤T+5d", "T?". */
export function formatDurationOffset(d: Duration): string {
  if (!d.known) return 'T?';
  const bound = d.units.low === -Infinity ? '≤' : d.units.high === Infinity ? '≥' : '';
  const span = displayUnits(d.units, d.precision, false, '').replace(/^[≤≥] /, '');
  return `${bound}${d.approximate ? '~' : ''}T${span.startsWith('-') ? '' : '+'}${span}`;
}

function unitIndex(ms: number, precision: Precision): number {
  const date = new Date(ms);
  switch (precision) {
    case 'year':
      return date.getUTCFullYear();
    case 'month':
      return date.getUTCFullYear() * 12 + date.getUTCMonth();
    case 'day':
      return Math.floor(ms / DAY);
    case 'instant':
      return Math.floor(ms / MINUTE);
  }
}

const UNIT: Record<Exclude<Precision, 'instant'>, string> = { day: 'd', month: 'mo', year: 'y' };

function amount(units: number, precision: Precision): string {
  return precision === 'instant' ? formatSpan(units * MINUTE, 'instant') : `${units < 0 ? '-' : ''}${Math.abs(units)}`;
}

function displayUnits({ low, high }: Duration['units'], precision: Precision, approximate: boolean, space: string): string {
  const unit = precision === 'instant' ? '' : `${space}${UNIT[precision]}`;
  const approx = approximate ? '~' : '';
  if (low === -Infinity) return `≤ ${approx}${amount(high, precision)}${unit}`;
  if (high === Infinity) return `≥ ${approx}${amount(low, precision)}${unit}`;
  if (low === high) return `${approx}${amount(low, precision)}${unit}`;
  // An en dash reads as a range only between non-negative numbers; "-1–2" would not.
  const joiner = low < 0 ? ' to ' : '–';
  return `${approx}${amount(low, precision)}${joiner}${amount(high, precision)}${unit}`;
}
