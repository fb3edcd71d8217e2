import type { Precision, TimeSpec } from '../model/incident.js';
import { TZDate } from '@date-fns/tz';

/** A time resolved to numbers once per load: an interval, a sort estimate, and how it was said. */
export interface ResolvedTime {
  /** False when the sources give no usable date. */
  known: boolean;
  /** Best estimate for sorting (ms since epoch); NaN when unknown. */
  estimate: number;
  /** Earliest instant it can be (ms); -Infinity for "before X". */
  earliest: number;
  /** Latest instant it can be, exclusive (ms); Infinity for "after X". */
  latest: number;
  precision: Precision;
  approximate: boolean;
  bound?: 'before' | 'after';
  /** The `at` value's own ISO text (at its precision). */
  at?: string;
  /** The range end's ISO text. */
  until?: string;
  zone?: string;
  /** The original wording, if any. */
  text?: string;
}

/** A parsed ISO 8601 value: the period it names. */
export type ParsedIso =
  | { ok: true; start: number; end: number; precision: Precision; hasOffset: boolean }
  | { ok: false; message: string };

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

const DAY = 86_400_000;

/** Parses "2025", "2025-05", "2025-05-04", "2025-05-04T13:20Z", "2021-05-07T05:00-04:00" into the period it names. */
export function parseIso(value: string, zone?: string): ParsedIso {
  const quick = quickIso(value);
  if (quick) return quick;
  const m = ISO.exec(value.trim());
  if (!m) return { ok: false, message: `"${value}" is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[Z])` };
  const [, y, mo, d, h, mi, s, ms, offset] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) return { ok: false, message: `"${value}" has no month ${month}` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return { ok: false, message: `"${value}" is not a real date: ${y}-${mo} has ${daysInMonth} days` };
  }
  if (h === undefined) {
    const start = Date.UTC(year, month - 1, day);
    if (d !== undefined) return { ok: true, start, end: start + DAY, precision: 'day', hasOffset: false };
    if (mo !== undefined) return { ok: true, start, end: Date.UTC(year, month, 1), precision: 'month', hasOffset: false };
    return { ok: true, start, end: Date.UTC(year + 1, 0, 1), precision: 'year', hasOffset: false };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `"${value}" has an impossible time of day` };
  const millis = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
  let start: number;
  if (offset !== undefined) {
    start = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes(offset) * 60_000;
  } else if (zone) {
    start = new TZDate(year, month - 1, day, hour, minute, second, millis, zone).getTime();
    if (Number.isNaN(start)) return { ok: false, message: `unknown time zone "${zone}"` };
  } else {
    start = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  }
  // A minute-precise time covers that minute; seconds cover that second.
  const end = start + (s === undefined ? 60_000 : 1_000);
  return { ok: true, start, end, precision: 'instant', hasOffset: offset !== undefined };
}

/**
 * The two forms most data uses, "2025-05-04" and "2025-05-04T13:20Z", read without the regex
 * (the loader and the timeline parse every event's time). Undefined for anything else, or a
 * value that is not a real date or time, which the regex path then explains.
 */
function quickIso(value: string): ParsedIso | undefined {
  const n = value.length;
  if ((n !== 10 && n !== 17) || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  // Date.UTC reads years below 100 as 19xx: those take the regex path, which does the same.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (n === 10) {
    const start = Date.UTC(year, month - 1, day);
    return { ok: true, start, end: start + DAY, precision: 'day', hasOffset: false };
  }
  if (value.charCodeAt(10) !== 0x54 || value.charCodeAt(13) !== 0x3a || value.charCodeAt(16) !== 0x5a) return undefined;
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  const start = Date.UTC(year, month - 1, day, hour, minute);
  return { ok: true, start, end: start + 60_000, precision: 'instant', hasOffset: true };
}

// The number written by `count` digits at `at`, or -1 if one is not a digit.
function digitsAt(value: string, at: number, count: number): number {
  let number = 0;
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

const COARSENESS: Record<Precision, number> = { instant: 0, day: 1, month: 2, year: 3 };

/** Result of resolving a time spec: the time, or what is wrong with it. */
export type TimeResolution = { ok: true; time: ResolvedTime } | { ok: false; message: string; field: 'at' | 'until' | 'zone' };

/** Resolves a time spec to an interval and sort estimate, checking that its dates exist. */
export function resolveTime(spec: TimeSpec | undefined): TimeResolution {
  // Built key by key, not spread: the loader and the timeline resolve every event's time.
  if (!spec || spec.at === undefined) {
    const time: ResolvedTime = { known: false, estimate: NaN, earliest: -Infinity, latest: Infinity, precision: spec?.precision ?? 'day', approximate: spec?.approximate ?? false };
    if (spec?.text !== undefined) time.text = spec.text;
    return { ok: true, time };
  }
  if (spec.zone !== undefined && !isZone(spec.zone)) return { ok: false, message: `unknown time zone "${spec.zone}"`, field: 'zone' };
  const at = parseIso(spec.at, spec.zone);
  if (!at.ok) return { ok: false, message: at.message, field: 'at' };
  // A stated precision may only be coarser than the value's form ("2025-05-04" known to the month).
  const precision = spec.precision && COARSENESS[spec.precision] > COARSENESS[at.precision] ? spec.precision : at.precision;
  const period = precision === at.precision ? at : widen(at.start, precision);
  let latest = period.end;
  if (spec.until !== undefined) {
    const until = parseIso(spec.until, spec.zone);
    if (!until.ok) return { ok: false, message: until.message, field: 'until' };
    if (until.end < period.start) return { ok: false, message: `range ends (${spec.until}) before it starts (${spec.at})`, field: 'until' };
    latest = until.end;
  }
  const time: ResolvedTime = {
    known: true,
    estimate: period.start,
    earliest: spec.bound === 'before' ? -Infinity : period.start,
    latest: spec.bound === 'after' ? Infinity : latest,
    precision,
    at: spec.at,
    approximate: spec.approximate ?? false,
  };
  if (spec.text !== undefined) time.text = spec.text;
  if (spec.bound !== undefined) time.bound = spec.bound;
  if (spec.until !== undefined) time.until = spec.until;
  if (spec.zone !== undefined) time.zone = spec.zone;
  return { ok: true, time };
}

function widen(start: number, precision: Precision): { start: number; end: number } {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  if (precision === 'year') return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  if (precision === 'month') return { start: Date.UTC(y, d.getUTCMonth(), 1), end: Date.UTC(y, d.getUTCMonth() + 1, 1) };
  const day = Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
  return { start: day, end: day + DAY };
}

const zoneCache = new Map<string, boolean>();

/** True when the runtime knows this IANA time zone. */
export function isZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zoneCache.set(zone, known);
  }
  return known;
}
