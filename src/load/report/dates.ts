import type { TimeSpec } from '../../model/incident.js';
import { scanDates, type DateMention } from './date-mentions.js';

/** A time read from report wording. */
export interface TimeReading {
  /** The time, or undefined when the text names none. */
  spec?: TimeSpec;
  /** Dates in the text that cannot exist ("2024-02-30"); they were left out. */
  problems: string[];
  /** A weekday that only a reference date can resolve, when none was given. */
  unresolvedWeekday?: string;
}

const BEFORE = /\b(?:before|prior to|by|no later than|earlier than|ahead of|until)\s*$/i;
const AFTER = /\b(?:after|since|following|no earlier than|later than)\s*$/i;
const APPROXIMATE = /(?:\b(?:around|about|approximately|approx\.?|circa|ca\.|roughly|some ?time in|on or about|early|late|mid)|~|\bmid-)\s*$/i;
const RANGE_JOIN = /^\s*(?:to|through|thru|until|till|and|-|–|—|\/|or)\s*$/i;

/**
 * Reads the time a piece of report wording names: ISO dates and times, "May 4, 2025", ranges,
 * bounds ("prior to"), approximations ("around", "mid-") and weekdays against the reference date.
 * The original wording is kept in `text` whenever it says more than the bare date.
 */
export function readTime(wording: string, referenceDate?: string): TimeReading {
  const text = wording.replace(/\s+/g, ' ').trim();
  const { mentions, problems } = scanDates(text, referenceDate);
  if (mentions.length === 0) return { problems };
  const first = mentions[0]!;
  if (!first.at) {
    return { spec: { text }, problems, unresolvedWeekday: first.weekday! };
  }
  const spec: TimeSpec = { at: first.at };
  const second = mentions[1];
  // "May 4-6, 2025" yields two mentions over the same span; others need a joining word between them.
  const joined = second?.start === first.start || RANGE_JOIN.test(text.slice(first.end, second?.start ?? 0));
  let coveredEnd = first.end;
  if (second?.at && joined) {
    coveredEnd = second.end;
    // "Sunday/Monday" against a reference date may resolve in either order: a range runs forward.
    const [from, to] = order(first, second);
    spec.at = from.at;
    if (to.at !== from.at) spec.until = to.at;
  }
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  if (BEFORE.test(before)) spec.bound = 'before';
  else if (AFTER.test(before)) spec.bound = 'after';
  if (APPROXIMATE.test(before)) spec.approximate = true;
  if (first.zone) spec.zone = first.zone;
  // "on 2023-10-02" is as plain as "2023-10-02"; anything more is wording worth keeping.
  const bare = text.replace(/[.;,]+$/, '').replace(/^(?:on|at|in|dated)\s+/i, '');
  if (bare !== text.slice(first.start, coveredEnd) || first.weekday) spec.text = text;
  return { spec, problems };
}

function order(a: DateMention, b: DateMention): [DateMention, DateMention] {
  return a.at! <= b.at! ? [a, b] : [b, a];
}

/** Every date the wording names, each as a time (for "disclosed on X" and event texts). */
export function allTimes(wording: string, referenceDate?: string): DateMention[] {
  return scanDates(wording, referenceDate).mentions.filter((m) => m.at !== undefined);
}
