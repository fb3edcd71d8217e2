import { parseIso, type ResolvedTime } from '../../core/time.js';

/**
 * How precisely a time is known, in words a spreadsheet column can hold: "day", "~month",
 * "before day", "after minute", "second", "unknown" (as STIX's timestamp fidelity names them).
 */
export function fidelityLabel(t: ResolvedTime): string {
  if (!t.known) return 'unknown';
  const unit = t.precision !== 'instant' ? t.precision : t.at !== undefined && /T\d\d:\d\d:\d\d/.test(t.at) ? 'second' : 'minute';
  return `${t.bound ? `${t.bound} ` : ''}${t.approximate ? '~' : ''}${unit}`;
}

/** The start of a known time's interval as UTC ISO 8601 ("2025-05-04T00:00:00.000Z"); "" when unknown. */
export function utcStart(t: ResolvedTime): string {
  return t.known && Number.isFinite(t.estimate) ? new Date(t.estimate).toISOString() : '';
}

/** The start of a range's last period ("until 2025-05-07" gives 2025-05-07T00:00:00.000Z); "" when not a range. */
export function utcUntil(t: ResolvedTime): string {
  if (t.until === undefined) return '';
  const end = parseIso(t.until, t.zone);
  return end.ok ? new Date(end.start).toISOString() : '';
}
