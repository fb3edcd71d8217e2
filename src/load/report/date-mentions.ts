import { format, getDay, isValid, parse, previousDay, type Day } from 'date-fns';
import { parseIso } from '../../core/time.js';
import type { Precision } from '../../model/incident.js';

/** One date or time named in a piece of text. */
export interface DateMention {
  start: number;
  end: number;
  /** ISO 8601 at the precision said; absent for a weekday with no reference date. */
  at?: string;
  precision: Precision;
  zone?: string;
  /** The weekday word, when the text named a day of the week. */
  weekday?: string;
  /** Month and day said without a year ("September 28 to October 17, 2023"): the year comes from the next date. */
  needsYear?: { month: string; day: string };
}

/** What scanning a text found: dates in order, and dates that cannot exist. */
export interface MentionScan {
  mentions: DateMention[];
  problems: string[];
}

/** US and European zone abbreviations reports use, with their UTC offset and IANA zone. */
const ZONES: Record<string, { offset: string; zone?: string }> = {
  UTC: { offset: 'Z' },
  GMT: { offset: 'Z' },
  Z: { offset: 'Z' },
  EDT: { offset: '-04:00', zone: 'America/New_York' },
  EST: { offset: '-05:00', zone: 'America/New_York' },
  CDT: { offset: '-05:00', zone: 'America/Chicago' },
  CST: { offset: '-06:00', zone: 'America/Chicago' },
  MDT: { offset: '-06:00', zone: 'America/Denver' },
  MST: { offset: '-07:00', zone: 'America/Denver' },
  PDT: { offset: '-07:00', zone: 'America/Los_Angeles' },
  PST: { offset: '-08:00', zone: 'America/Los_Angeles' },
  AKDT: { offset: '-08:00', zone: 'America/Anchorage' },
  HST: { offset: '-10:00', zone: 'Pacific/Honolulu' },
  BST: { offset: '+01:00', zone: 'Europe/London' },
  CET: { offset: '+01:00', zone: 'Europe/Berlin' },
  CEST: { offset: '+02:00', zone: 'Europe/Berlin' },
  JST: { offset: '+09:00', zone: 'Asia/Tokyo' },
  AEST: { offset: '+10:00', zone: 'Australia/Sydney' },
};

const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const ZONE = Object.keys(ZONES).join('|');
const CLOCK = `(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*(${ZONE}|[+-]\\d{2}:?\\d{2})\\b)?`;

const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'iso', re: new RegExp(`\\b(\\d{4})-(\\d{2})-(\\d{2})(?:(?:T|,?\\s+(?:at\\s+)?)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z\\b|[+-]\\d{2}:?\\d{2}|(?:${ZONE})\\b)?)?`, 'gi') },
  { name: 'isoMonth', re: /\b(\d{4})-(0[1-9]|1[0-2])\b(?!-\d)/g },
  { name: 'dayRange', re: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})\\s*(?:-|–|—|to|through)\\s*(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi') },
  { name: 'monthDayYear', re: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b(?:,?\\s*(?:at\\s+)?${CLOCK})?`, 'gi') },
  { name: 'dayMonthYear', re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})\\b(?:,?\\s*(?:at\\s+)?${CLOCK})?`, 'gi') },
  { name: 'monthDay', re: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,\\s]+\\d{4})(?!:)`, 'gi') },
  { name: 'monthYear', re: new RegExp(`\\b(${MONTH})\\.?,?\\s+(\\d{4})\\b`, 'gi') },
  { name: 'weekday', re: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/gi },
  { name: 'year', re: /\b(?:in|during|since|before|after|early|mid|late|around|circa|by)[\s-]+((?:19|20)\d{2})\b/gi },
];

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Finds the dates a text names, in order; overlapping matches keep the earliest, longest one. */
export function scanDates(text: string, referenceDate?: string): MentionScan {
  const found: DateMention[] = [];
  const problems: string[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  for (const { name, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (name === 'year' ? m[0].length - m[1]!.length : 0);
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      taken.push([start, end]);
      const made = build(name, m, referenceDate);
      if (typeof made === 'string') problems.push(made);
      else for (const mention of made) found.push({ ...mention, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return { mentions: fillYears(found), problems };
}

type Partial = Omit<DateMention, 'start' | 'end'>;

function build(name: string, m: RegExpExecArray, referenceDate?: string): Partial[] | string {
  switch (name) {
    case 'iso': {
      const [, y, mo, d, h, mi, s, zone] = m;
      const date = `${y}-${mo}-${d}`;
      if (h === undefined) return checked(date, 'day');
      return withClock(date, h, mi, s, undefined, zone);
    }
    case 'isoMonth':
      return checked(`${m[1]}-${m[2]}`, 'month');
    case 'dayRange': {
      const first = textual(m[2]!, m[1]!, m[4]!);
      const last = textual(m[3]!, m[1]!, m[4]!);
      if (typeof first === 'string') return first;
      if (typeof last === 'string') return last;
      return [first, last];
    }
    case 'monthDayYear':
    case 'dayMonthYear': {
      const [day, month] = name === 'monthDayYear' ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
      const date = textual(day, month, m[3]!);
      if (typeof date === 'string') return date;
      if (m[4] === undefined || (m[5] === undefined && m[7] === undefined)) return [date];
      return withClock(date.at!, m[4], m[5] ?? '00', m[6], m[7], m[8]);
    }
    case 'monthDay':
      return [{ precision: 'day', needsYear: { month: m[1]!, day: m[2]! } }];
    case 'monthYear': {
      const parsed = parse(`${monthToken(m[1]!)} ${m[2]}`, 'MMM yyyy', new Date(2000, 0, 1));
      return isValid(parsed) ? [{ at: format(parsed, 'yyyy-MM'), precision: 'month' }] : `"${m[0]}" is not a real month`;
    }
    case 'weekday':
      return [weekday(m[1]!, referenceDate)];
    default:
      return [{ at: m[1]!, precision: 'year' }];
  }
}

function checked(iso: string, precision: Precision): Partial[] | string {
  const parsed = parseIso(iso);
  return parsed.ok ? [{ at: iso, precision }] : parsed.message;
}

/** A day-month-year said in words, checked by date-fns: "30 February 2024" is reported, not rolled over. */
function textual(day: string, month: string, year: string): Partial | string {
  const parsed = parse(`${Number(day)} ${monthToken(month)} ${year}`, 'd MMM yyyy', new Date(2000, 0, 1));
  if (!isValid(parsed)) return `"${month} ${day}, ${year}" is not a real date`;
  return { at: format(parsed, 'yyyy-MM-dd'), precision: 'day' };
}

function monthToken(month: string): string {
  const lower = month.toLowerCase().slice(0, 3);
  return lower[0]!.toUpperCase() + lower.slice(1);
}

function withClock(date: string, h: string, mi: string | undefined, s: string | undefined, meridiem: string | undefined, zone: string | undefined): Partial[] | string {
  let hour = Number(h);
  if (meridiem) {
    const pm = meridiem.toLowerCase().startsWith('p');
    if (hour < 1 || hour > 12) return `"${h} ${meridiem}" is not a time of day`;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const clock = `${String(hour).padStart(2, '0')}:${mi ?? '00'}${s ? `:${s}` : ''}`;
  const named = zone ? ZONES[zone.toUpperCase()] : undefined;
  const offset = named ? named.offset : zone ? normaliseOffset(zone) : '';
  const at = `${date}T${clock}${offset}`;
  const parsed = parseIso(at);
  if (!parsed.ok) return parsed.message;
  return [{ at, precision: 'instant', ...(named?.zone !== undefined && { zone: named.zone }) }];
}

function normaliseOffset(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}

/** The most recent such weekday on or before the reference date; unresolved without one. */
function weekday(word: string, referenceDate?: string): Partial {
  const day = WEEKDAYS.indexOf(word.toLowerCase()) as Day;
  if (!referenceDate) return { precision: 'day', weekday: word };
  const ref = parse(referenceDate, 'yyyy-MM-dd', new Date(2000, 0, 1));
  if (!isValid(ref)) return { precision: 'day', weekday: word };
  const date = getDay(ref) === day ? ref : previousDay(ref, day);
  return { at: format(date, 'yyyy-MM-dd'), precision: 'day', weekday: word };
}

/** Gives "September 28" the year of the date after it ("to October 17, 2023"), else drops it. */
function fillYears(mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  mentions.forEach((mention, i) => {
    if (!mention.needsYear) return out.push(mention);
    const next = mentions.slice(i + 1).find((n) => n.at && !n.needsYear);
    if (!next?.at) return;
    const date = textual(mention.needsYear.day, mention.needsYear.month, next.at.slice(0, 4));
    if (typeof date !== 'string') out.push({ start: mention.start, end: mention.end, ...date });
  });
  return out;
}
