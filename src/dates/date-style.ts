/**
 * Why this exists: a date label is a matter of house style as much as of
 * language. English follows AP ("Sept. 13, 2023", "1950–53"); other languages
 * follow their date-fns locale. Both sit behind one small interface so the
 * formatting rules (qualifiers, intervals, open ends) are written once.
 */
import type { PartialDate, TimeOfDay } from './edtf.js';
import type { Elapsed } from './elapsed.js';

export interface DateStyle {
  /** Set by withEraMarks (./format.ts): the timeline has early years, so A.D. years below 1000 are marked. */
  readonly eraMarks?: boolean;
  /** The date at its own precision, without qualifiers. */
  date(date: PartialDate): string;
  /** A time of day as the language writes it: "1:29 a.m.", "noon", "13:05", "오후 1:05"; its zone when given. */
  clock(time: TimeOfDay): string;
  /** A date's label with a time ("1:29 a.m. March 26, 2024", "26 марта 2024 г., 1:29"). */
  withTime(dateLabel: string, clock: string): string;
  /** A year of deep time (./edtf.ts): "13.8 billion years ago", "315,000 years ago". */
  deepYear(year: number): string;
  /** An A.D. date with its era named ("Aug. 19, A.D. 14", "19 августа 14 г. н. э."). */
  adDate(date: PartialDate): string;
  /**
   * Two unqualified, different dates as a range; styles may shorten ("1950–53").
   * With `eraMarks`, A.D. years below 1000 name their era, as `adDate` does.
   */
  range(start: PartialDate, end: PartialDate, eraMarks?: boolean): string;
  /** A span still open when the source was written ("since Feb. 24, 2022"). */
  openRange(startLabel: string): string;
  /** "c. 1945" */
  approximate(label: string): string;
  /** "1950 (uncertain)" */
  uncertain(label: string): string;
  /** "18 months later", "about 5 years later", "the same year". */
  elapsed(elapsed: Elapsed): string;
  /** "53 years", "about 5 years": the length of a break in the axis. */
  duration(elapsed: Elapsed): string;
}

/**
 * Builds a local Date for date-fns at noon. A local date constructed and
 * formatted in the same zone always keeps its calendar day, and noon stays clear
 * of midnight DST jumps. setFullYear keeps years below 100 from being read as 19xx.
 */
export function toLocalDate(date: PartialDate): Date {
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return local;
}

/** A zone the source gave, as a reader reads it: "UTC", "UTC+9", "UTC-5:30". */
export const zoneText = (zone: string | undefined) =>
  zone === undefined
    ? ''
    : zone === 'Z'
      ? ' UTC'
      : ` UTC${zone.slice(0, 1)}${Number(zone.slice(1, 3))}${zone.endsWith(':00') ? '' : zone.slice(3)}`;
