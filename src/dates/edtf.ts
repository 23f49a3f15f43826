/**
 * Why this exists: newsroom chronologies know dates at different precisions
 * ("1950", "February 2022", "Sept. 13, 2023") and often only approximately
 * ("nearly eight decades" ago). We keep the precision the author gave instead of
 * inventing a day, so labels never claim more than the source does.
 *
 * The accepted format is ISO 8601 at year, month or day precision with the EDTF
 * level-1 qualifiers ~ (approximate), ? (uncertain) and % (both), and intervals
 * written start/end. Years run from -9999 to 9999 in EDTF's astronomical
 * numbering: 0000 is 1 B.C., -0752 is 753 B.C. Parsing and day numbers are pure
 * arithmetic on integers in the proleptic Gregorian calendar: no Date object is
 * involved (Date maps years 0–99 to 1900–1999), so no year is misread and a
 * reader's time zone can never shift a day.
 *
 * This module is the arithmetic the layout needs; reading dates from text is
 * ./edtf-parse.ts, which only validation needs.
 */

export const PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * A wall-clock time of a day-precision date, as the source gives it: no time zone
 * unless one is written (`Z`, `+09:00`), since a newsroom's "1:29 a.m." is local.
 */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  /** "Z" or "+09:00", only when the source gave one. */
  readonly zone?: string;
}

export interface PartialDate {
  readonly year: number;
  /** 1–12, present at month and day precision. */
  readonly month?: number;
  /** 1–31, present at day precision. */
  readonly day?: number;
  /** Present only at day precision, when the source gives a time. */
  readonly time?: TimeOfDay;
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

export interface DateSpan {
  readonly start: PartialDate;
  /** Absent for a single date; for an open-ended span see `openEnd`. */
  readonly end?: PartialDate;
  /** True for `start/..`: still going on when the source was written. */
  readonly openEnd: boolean;
}

/** The years a calendar date may have: four digits either side of the era, in astronomical numbering. */
export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;

/**
 * Deep time: years beyond four digits, as EDTF writes them with a `Y` prefix
 * (`Y-13800000000`, the Big Bang), at year precision only. They are integers
 * like any other year: day numbers stay exact in a double up to here (a hundred
 * billion years is 3.7 × 10¹³ days, far below 2⁵³), and no Date is involved.
 */
export const DEEP_LIMIT = 100_000_000_000;
export const isDeepYear = (year: number) => year < MIN_YEAR || year > MAX_YEAR;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days since 1970-01-01 (negative before it) of a proleptic Gregorian calendar
 * date, for any year, in astronomical numbering. Counting in 400-year eras of
 * 146,097 days keeps it exact and cheap (H. Hinnant's days_from_civil).
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number: the inverse of dayNumber. */
export function civilDate(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of the first day a partial date can mean. */
export function firstDay(date: PartialDate): number {
  return dayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** Day number of the last day a partial date can mean. */
export function lastDay(date: PartialDate): number {
  const month = date.month ?? 12;
  return dayNumber(date.year, month, date.day ?? daysInMonth(date.year, month));
}

/** Is this year before 1 A.D. (astronomical year 0 or less)? */
export const isBce = (year: number) => year <= 0;

/** The year as readers count it: 1 B.C. for 0, 753 B.C. for -752. */
export const eraYear = (year: number) => (year <= 0 ? 1 - year : year);

/** The EDTF form, without qualifiers: `1950-06`, `0079`, `-0752`, `Y-13800000000`. */
export function toIso(date: PartialDate): string {
  if (isDeepYear(date.year)) return `Y${date.year}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  let iso = `${date.year < 0 ? '-' : ''}${String(Math.abs(date.year)).padStart(4, '0')}`;
  if (date.month !== undefined) iso += `-${pad(date.month)}`;
  if (date.day !== undefined) iso += `-${pad(date.day)}`;
  if (date.time) iso += `T${pad(date.time.hour)}:${pad(date.time.minute)}${date.time.zone ?? ''}`;
  return iso;
}

/** Minutes into its day, for order within a day: a date without a time comes first. */
export const minuteOfDay = (date: PartialDate) => (date.time ? date.time.hour * 60 + date.time.minute + 1 : 0);

/**
 * `<time datetime>` for a span. HTML has no interval form, so a span gives its
 * start, which is also where the event is placed on the axis. HTML dates start
 * at year 1, so a date before it has none (the label still says it).
 */
export function spanDatetime(span: DateSpan): string | undefined {
  return span.start.year >= 1 ? toIso(span.start) : undefined;
}

/** Chronological order: by first possible day, then the span that ends first. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return firstDay(a.start) - firstDay(b.start) || minuteOfDay(a.start) - minuteOfDay(b.start) || spanEndDay(a) - spanEndDay(b);
}

/** Last day covered by a span (its start date's last day when it has no end). */
export function spanEndDay(span: DateSpan): number {
  return lastDay(span.end ?? span.start);
}
