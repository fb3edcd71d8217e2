import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { Precision } from '../model/incident.js';
import type { ResolvedTime } from './time.js';

/** How the time column is shown: UTC, a named zone, or relative to each incident's start. */
export type TimeMode = { kind: 'utc' } | { kind: 'zone'; zone: string } | { kind: 'relative' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Shows a time at the precision the data has: "2025-05-04", "~2025-05", "≤ 2025-05-04", "unknown". */
export function formatTime(t: ResolvedTime, mode: TimeMode = { kind: 'utc' }, origin?: ResolvedTime): string {
  if (!t.known) return 'unknown';
  if (mode.kind === 'relative') {
    return origin?.known ? formatOffset(t, origin) : formatTime(t, { kind: 'utc' });
  }
  const zone = mode.kind === 'zone' ? mode.zone : 'UTC';
  let shown = formatAt(t.estimate, t.precision, zone, t.at);
  if (t.until !== undefined && Number.isFinite(t.latest)) {
    shown += ` – ${formatAt(t.latest - 1, t.precision, zone, t.until)}`;
  }
  return prefix(t) + shown;
}

function prefix(t: ResolvedTime): string {
  return (t.bound === 'before' ? '≤ ' : t.bound === 'after' ? '≥ ' : '') + (t.approximate ? '~' : '');
}

function formatAt(ms: number, precision: Precision, zone: string, iso: string | undefined): string {
  // Dates without a time of day are calendar days as the source said them: no zone shift.
  if (precision !== 'instant') {
    const d = new Date(ms);
    const y = String(d.getUTCFullYear()).padStart(4, '0');
    if (precision === 'year') return y;
    const m = String(d.getUTCMonth() + 1).padStart(2, '0');
    if (precision === 'month') return `${y}-${m}`;
    return `${y}-${m}-${String(d.getUTCDate()).padStart(2, '0')}`;
  }
  const withSeconds = iso !== undefined && /T\d\d:\d\d:\d\d/.test(iso);
  return format(ms, withSeconds ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm', { in: tz(zone) });
}

/** The coarsest of two precisions: an offset is only as precise as its vaguer end. */
export function coarser(a: Precision, b: Precision): Precision {
  const rank: Record<Precision, number> = { instant: 0, day: 1, month: 2, year: 3 };
  return rank[a] >= rank[b] ? a : b;
}

/** Offset of a time from an origin, as "T+1d 4h", "T-3h 20m", "T+2mo"; rounded to what both ends support. */
export function formatOffset(t: ResolvedTime, origin: ResolvedTime): string {
  if (!t.known || !origin.known) return 'T?';
  const precision = coarser(t.precision, origin.precision);
  const approx = t.approximate || origin.approximate || t.bound !== undefined || origin.bound !== undefined;
  // At day precision the offset counts calendar days: 14:20 on the start day is T+0d, not a rounded T+1d.
  const span = precision === 'day' ? (Math.floor(t.estimate / DAY) - Math.floor(origin.estimate / DAY)) * DAY : t.estimate - origin.estimate;
  return `${approx ? '~' : ''}T${formatSpan(span, precision, true)}`;
}

/** A span of time at a precision: "1d 4h", "3h 20m", "2mo", "1y"; `signed` adds + or -. */
export function formatSpan(ms: number, precision: Precision, signed = false): string {
  const sign = ms < 0 ? '-' : signed ? '+' : '';
  const abs = Math.abs(ms);
  if (precision === 'year') return `${sign}${Math.round(abs / (365.25 * DAY))}y`;
  if (precision === 'month') {
    const months = Math.round(abs / (30.44 * DAY));
    return months >= 12 && months % 12 === 0 ? `${sign}${months / 12}y` : `${sign}${months}mo`;
  }
  if (precision === 'day') return `${sign}${Math.round(abs / DAY)}d`;
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return `${sign}${days}d${hours ? ` ${hours}h` : ''}`;
  if (hours > 0) return `${sign}${hours}h${minutes ? ` ${minutes}m` : ''}`;
  return `${sign}${minutes}m`;
}

/** Name of the mode for the header: "UTC", the zone name, or "relative". */
export function timeModeLabel(mode: TimeMode): string {
  return mode.kind === 'utc' ? 'UTC' : mode.kind === 'zone' ? mode.zone : 'T+ relative';
}
