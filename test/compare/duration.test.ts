import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationBetween, formatDurationOffset } from '../../src/core/compare/duration.js';
import type { TimeSpec } from '../../src/model/incident.js';
import { resolveTime, type ResolvedTime } from '../../src/core/time.js';

function t(spec: TimeSpec | undefined): ResolvedTime {
  const r = resolveTime(spec);
  if (!r.ok) throw new Error(r.message);
  return r.time;
}

const span = (from: TimeSpec | undefined, to: TimeSpec | undefined) => durationBetween(t(from), t(to));
const DAY = 86_400_000;

describe('durationBetween', () => {
  it('shows exact instants to the minute', () => {
    const d = span({ at: '2021-05-07T05:00Z' }, { at: '2021-05-07T08:20Z' });
    expect(d.display).toBe('3h 20m');
    expect(d.estimate).toBe(200 * 60_000);
    expect(d.precision).toBe('instant');
    expect(d.min).toBeLessThanOrEqual(d.estimate);
    expect(d.max).toBeGreaterThanOrEqual(d.estimate);
  });

  it('counts instants across zones in absolute time', () => {
    expect(span({ at: '2021-05-07T05:00-04:00' }, { at: '2021-05-08T10:00Z' }).display).toBe('1d 1h');
  });

  it('counts day-level dates in whole calendar days, and keeps the true range in ms', () => {
    const d = span({ at: '2025-05-04' }, { at: '2025-05-06' });
    expect(d.display).toBe('2 d');
    expect(d.units).toEqual({ low: 2, high: 2 });
    expect(d.min).toBe(DAY);
    expect(d.max).toBe(3 * DAY);
  });

  it('rounds to the coarser end: an instant against a day is counted in days', () => {
    expect(span({ at: '2023-10-02' }, { at: '2023-10-19T16:00Z' }).display).toBe('17 d');
  });

  it('shows a range when one end is itself a range of days', () => {
    const d = span({ at: '2025-05-04', until: '2025-05-05' }, { at: '2025-05-06' });
    expect(d.display).toBe('1–2 d');
    expect(d.units).toEqual({ low: 1, high: 2 });
  });

  it('marks approximate inputs with ~', () => {
    expect(span({ at: '2025-05-04', approximate: true }, { at: '2025-05-06' }).display).toBe('~2 d');
    expect(span({ at: '2025-05-04' }, { at: '2025-05-06', approximate: true }).approximate).toBe(true);
  });

  it('uses months when that is all the data has', () => {
    expect(span({ at: '2019-09' }, { at: '2020-12-12' }).display).toBe('15 mo');
    expect(span({ at: '2019' }, { at: '2020-12' }).display).toBe('1 y');
  });

  it('turns a "before X" end into an upper bound', () => {
    const d = span({ at: '2025-05-01' }, { at: '2025-05-06', bound: 'before' });
    expect(d.display).toBe('≤ 5 d');
    expect(d.min).toBe(-Infinity);
    expect(d.max).toBe(6 * DAY);
  });

  it('turns a "before X" start into a lower bound', () => {
    const d = span({ at: '2025-05-04', bound: 'before' }, { at: '2025-05-06' });
    expect(d.display).toBe('≥ 2 d');
    expect(d.max).toBe(Infinity);
  });

  it('turns an "after X" end into a lower bound', () => {
    expect(span({ at: '2025-05-04' }, { at: '2025-05-06', bound: 'after' }).display).toBe('≥ 2 d');
  });

  it('bounds a span from above when it starts after X and ends before Y', () => {
    expect(span({ at: '2025-05-04', bound: 'after' }, { at: '2025-05-06', bound: 'before' }).display).toBe('≤ 2 d');
  });

  it('says unknown when either end is unknown or both are open', () => {
    expect(span({ at: '2025-05-04' }, undefined).display).toBe('unknown');
    expect(span({ text: 'Preceding Sunday/Monday' }, { at: '2025-05-04' }).known).toBe(false);
    // Both ends "after" something: the span could be anything.
    const open = span({ at: '2025-05-04', bound: 'after' }, { at: '2025-05-06', bound: 'after' });
    expect(open.known).toBe(false);
    expect(open.display).toBe('unknown');
  });

  it('shows an end before its start honestly, as negative', () => {
    const d = span({ at: '2025-05-06' }, { at: '2025-05-04' });
    expect(d.display).toBe('-2 d');
    expect(d.negative).toBe(true);
    const straddling = span({ at: '2025-05-04', until: '2025-05-07' }, { at: '2025-05-05' });
    expect(straddling.display).toBe('-2 to 1 d');
    expect(straddling.negative).toBe(false);
  });

  it('never shows more precision than the coarser end', () => {
    // A day-level discovery and a minute-precise action 30 hours later is "1 d" or "2 d", never "1d 6h".
    const d = span({ at: '2025-05-04' }, { at: '2025-05-05T06:00Z' });
    expect(d.display).toBe('1 d');
    expect(d.display).not.toMatch(/h/);
  });
});

describe('formatDurationOffset', () => {
  const offset = (from: TimeSpec | undefined, to: TimeSpec | undefined) => formatDurationOffset(span(from, to));

  it('writes offsets compactly, signed, at the data fidelity', () => {
    expect(offset({ at: '2025-05-04' }, { at: '2025-05-05' })).toBe('T+1d');
    expect(offset({ at: '2025-05-04' }, { at: '2025-05-04' })).toBe('T+0d');
    expect(offset({ at: '2021-05-07T05:00Z' }, { at: '2021-05-07T08:20Z' })).toBe('T+3h 20m');
    expect(offset({ at: '2025-05-04', approximate: true }, { at: '2025-05-06' })).toBe('~T+2d');
    expect(offset({ at: '2025-05-04', until: '2025-05-05' }, { at: '2025-05-06' })).toBe('T+1–2d');
    expect(offset({ at: '2025-05-06' }, { at: '2025-05-04' })).toBe('T-2d');
    expect(offset({ at: '2025-05-01' }, { at: '2025-05-06', bound: 'before' })).toBe('≤T+5d');
    expect(offset({ at: '2025-05-01' }, undefined)).toBe('T?');
  });
});

describe('durationBetween on any pair of times (property)', () => {
  const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
  const spec = fc
    .record({
      at: date,
      precision: fc.constantFrom('year', 'month', 'day', 'instant'),
      approximate: fc.boolean(),
      bound: fc.constantFrom(undefined, 'before', 'after'),
      rangeDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    })
    .map(({ at, precision, approximate, bound, rangeDays }): TimeSpec => {
      const iso = at.toISOString();
      const cut = { year: 4, month: 7, day: 10, instant: 16 }[precision];
      const text = precision === 'instant' ? `${iso.slice(0, cut)}Z` : iso.slice(0, cut);
      const until = rangeDays === undefined || bound ? undefined : new Date(at.getTime() + rangeDays * DAY).toISOString().slice(0, 10);
      return {
        at: text,
        ...(approximate && { approximate }),
        ...(bound && { bound }),
        ...(until !== undefined && precision !== 'year' && precision !== 'month' && { until }),
      };
    });

  it('keeps its numbers ordered and its display no finer than the data', () => {
    fc.assert(
      fc.property(spec, spec, (from, to) => {
        const d = span(from, to);
        if (!d.known) return d.display === 'unknown';
        expect(d.min).toBeLessThanOrEqual(d.estimate);
        expect(d.estimate).toBeLessThanOrEqual(d.max);
        expect(d.units.low).toBeLessThanOrEqual(d.units.high);
        if (d.precision !== 'instant') expect(d.display).not.toMatch(/\dh|\dm\b/);
        if (d.precision === 'instant') expect(d.display).not.toMatch(/ (d|mo|y)$/);
        expect(d.display.startsWith('~') || d.display.includes('~')).toBe(d.approximate);
        if (d.negative) expect(d.display).toMatch(/^(≤ )?~?-/);
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
