import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIso, resolveTime } from '../../src/core/time.js';
import { formatOffset, formatSpan, formatTime } from '../../src/core/time-format.js';
import type { TimeSpec } from '../../src/model/incident.js';

function time(spec: TimeSpec) {
  const r = resolveTime(spec);
  if (!r.ok) throw new Error(r.message);
  return r.time;
}

describe('parseIso', () => {
  it('reads the common forms exactly as the general path does, real dates or not', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2400 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))),
        fc.constantFrom(undefined, 'America/New_York'),
        (year, month, day, clock, zone) => {
          const value = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}${clock ? `T${two(clock[0])}:${two(clock[1])}Z` : ''}`;
          // A leading space takes the general (regex) path; its messages quote the value as given.
          const general = parseIso(` ${value}`, zone);
          expect(parseIso(value, zone)).toEqual(general.ok ? general : { ok: false, message: general.message.replace(`" ${value}"`, `"${value}"`) });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads each precision as the period it names', () => {
    expect(parseIso('2025')).toMatchObject({ ok: true, precision: 'year', start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) });
    expect(parseIso('2025-05')).toMatchObject({ ok: true, precision: 'month', end: Date.UTC(2025, 5, 1) });
    expect(parseIso('2025-05-04')).toMatchObject({ ok: true, precision: 'day', start: Date.UTC(2025, 4, 4) });
    expect(parseIso('2025-05-04T13:20Z')).toMatchObject({ ok: true, precision: 'instant', start: Date.UTC(2025, 4, 4, 13, 20) });
  });

  it('applies offsets and zones', () => {
    expect(parseIso('2021-05-07T05:00-04:00')).toMatchObject({ ok: true, start: Date.UTC(2021, 4, 7, 9, 0) });
    expect(parseIso('2021-05-07T05:00', 'America/New_York')).toMatchObject({ ok: true, start: Date.UTC(2021, 4, 7, 9, 0) });
  });

  it('rejects dates that do not exist, with a reason', () => {
    const r = parseIso('2024-02-30');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('2024-02 has 29 days');
    expect(parseIso('2025-13').ok).toBe(false);
    expect(parseIso('May 4, 2025').ok).toBe(false);
    expect(parseIso('2025-05-04T25:00Z').ok).toBe(false);
  });
});

describe('resolveTime', () => {
  it('keeps unknown times with their wording', () => {
    const t = time({ text: 'Preceding Sunday/Monday' });
    expect(t.known).toBe(false);
    expect(t.text).toBe('Preceding Sunday/Monday');
    expect(formatTime(t)).toBe('unknown');
  });

  it('makes bounds open on one side and sorts at the bound', () => {
    const before = time({ at: '2025-05-04', bound: 'before' });
    expect(before.earliest).toBe(-Infinity);
    expect(before.latest).toBe(Date.UTC(2025, 4, 5));
    expect(before.estimate).toBe(Date.UTC(2025, 4, 4));
    expect(time({ at: '2025-05-04', bound: 'after' }).latest).toBe(Infinity);
  });

  it('spans ranges and refuses ones that end before they start', () => {
    expect(time({ at: '2023-09-28', until: '2023-10-17' }).latest).toBe(Date.UTC(2023, 9, 18));
    expect(resolveTime({ at: '2023-10-17', until: '2023-09-28' }).ok).toBe(false);
  });

  it('lets a stated precision only coarsen the value', () => {
    expect(time({ at: '2025-05-04', precision: 'month' }).precision).toBe('month');
    expect(time({ at: '2025-05', precision: 'instant' }).precision).toBe('month');
  });

  it('reports unknown zones', () => {
    const r = resolveTime({ at: '2025-05-04T10:00', zone: 'Mars/Olympus' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.field).toBe('zone');
  });
});

describe('formatTime', () => {
  it('never shows more precision than the data has', () => {
    expect(formatTime(time({ at: '2025-05-04' }))).toBe('2025-05-04');
    expect(formatTime(time({ at: '2025-05', approximate: true }))).toBe('~2025-05');
    expect(formatTime(time({ at: '2025-05-04', bound: 'before' }))).toBe('≤ 2025-05-04');
    expect(formatTime(time({ at: '2025-05-04', bound: 'after' }))).toBe('≥ 2025-05-04');
    expect(formatTime(time({ at: '2023-09-28', until: '2023-10-17' }))).toBe('2023-09-28 – 2023-10-17');
  });

  it('shows instants in UTC or a zone, and calendar days unshifted', () => {
    const t = time({ at: '2021-05-07T09:00Z' });
    expect(formatTime(t)).toBe('2021-05-07 09:00');
    expect(formatTime(t, { kind: 'zone', zone: 'America/New_York' })).toBe('2021-05-07 05:00');
    expect(formatTime(time({ at: '2021-05-07' }), { kind: 'zone', zone: 'Asia/Tokyo' })).toBe('2021-05-07');
  });

  it('shows relative times from an origin', () => {
    const origin = time({ at: '2025-05-04' });
    expect(formatTime(time({ at: '2025-05-05' }), { kind: 'relative' }, origin)).toBe('T+1d');
  });
});

describe('formatOffset', () => {
  it('counts calendar days at day precision', () => {
    const start = time({ at: '2025-05-04' });
    expect(formatOffset(time({ at: '2025-05-04T14:20Z' }), start)).toBe('T+0d');
    expect(formatOffset(time({ at: '2025-05-05T00:10Z' }), start)).toBe('T+1d');
    expect(formatOffset(time({ at: '2025-05-02' }), start)).toBe('T-2d');
  });

  it('shows hours and minutes between instants, and marks vague ends', () => {
    const start = time({ at: '2021-05-07T05:00-04:00' });
    expect(formatOffset(time({ at: '2021-05-08T09:30-04:00' }), start)).toBe('T+1d 4h');
    expect(formatOffset(time({ at: '2021-05-07T08:20-04:00' }), start)).toBe('T+3h 20m');
    expect(formatOffset(time({ at: '2021-05-09', approximate: true }), start)).toBe('~T+2d');
    expect(formatOffset(time({ text: 'later' }), start)).toBe('T?');
  });

  it('rounds spans to their precision', () => {
    expect(formatSpan(45 * 86_400_000, 'month')).toBe('1mo');
    expect(formatSpan(365 * 86_400_000, 'year')).toBe('1y');
    expect(formatSpan(-90 * 60_000, 'instant', true)).toBe('-1h 30m');
  });
});
