/**
 * Turns parsed dates into reader-facing labels with a DateStyle. Qualifiers and
 * open ends are applied here, the same way for every language.
 */
import { isBce, isDeepYear, type DateSpan, type PartialDate } from './edtf.js';
import type { DateStyle } from './date-style.js';

export function formatDate(date: PartialDate, style: DateStyle): string {
  let label = isDeepYear(date.year) ? style.deepYear(date.year) : style.date(date);
  if (date.time) label = style.withTime(label, style.clock(date.time));
  if (date.uncertain) label = style.uncertain(label);
  if (date.approximate) label = style.approximate(label);
  return label;
}

const isQualified = (date: PartialDate) => date.approximate || date.uncertain;

/** The label for an event or era: a date, a range, or an open range. */
export function formatSpan(span: DateSpan, style: DateStyle): string {
  const { start, end } = span;
  if (span.openEnd) return style.openRange(formatDate(start, style));
  // A range whose two ends are one date is that date: "1950", not "1950–50".
  if (!end || sameDate(start, end)) return formatDate(start, style);
  if (start.time || end.time) {
    // Two times of one day share the day: "1:29 a.m.–3:05 a.m. March 26, 2024".
    const day = (d: PartialDate): PartialDate => ({ ...d, time: undefined });
    if (start.time && end.time && sameDate(day(start), day(end)))
      return style.withTime(formatDate(day(start), style), `${style.clock(start.time)}–${style.clock(end.time)}`);
    return `${formatDate(start, style)} – ${formatDate(end, style)}`;
  }
  // Deep time reads as two phrases ("538.8 million years ago – 251.902 million years ago"), never shortened.
  if (isDeepYear(start.year) || isDeepYear(end.year)) return `${formatDate(start, style)} – ${formatDate(end, style)}`;
  if (isQualified(start) || isQualified(end)) return `${formatDate(start, style)}–${formatDate(end, style)}`;
  return style.range(start, end, style.eraMarks === true);
}

/** The same date, read at the same precision with the same qualifiers. */
const sameDate = (a: PartialDate, b: PartialDate) =>
  a.precision === b.precision &&
  a.year === b.year &&
  (a.precision === 'year' || a.month === b.month) &&
  (a.precision !== 'day' || a.day === b.day) &&
  a.approximate === b.approximate &&
  a.uncertain === b.uncertain &&
  a.time?.hour === b.time?.hour &&
  a.time?.minute === b.time?.minute &&
  a.time?.zone === b.time?.zone;

/**
 * The style for a timeline with early years: there a bare "14" after "1 B.C.",
 * or "64" beside "A.D. 79", reads as a misprint, so A.D. years below 1000 name
 * their era in every label, ranges included ("Aug. 19, A.D. 14", "July 18–27,
 * A.D. 64"). Later years need no mark: no one misreads 1969.
 */
export function withEraMarks(style: DateStyle): DateStyle {
  return { ...style, eraMarks: true, date: (d) => (!isBce(d.year) && d.year < 1000 ? style.adDate(d) : style.date(d)) };
}

/** Whether any of these spans starts or ends before A.D. 100 (B.C. years included). */
export const needsEraMarks = (spans: readonly DateSpan[]) =>
  spans.some((s) => s.start.year < 100 || (s.end !== undefined && s.end.year < 100));
