/**
 * Turns parsed dates into reader-facing labels with a DateStyle. Qualifiers and
 * open ends are applied here, the same way for every language.
 */
import { isBce, type DateSpan, type PartialDate } from './edtf.js';
import type { DateStyle } from './date-style.js';

export function formatDate(date: PartialDate, style: DateStyle): string {
  let label = style.date(date);
  if (date.uncertain) label = style.uncertain(label);
  if (date.approximate) label = style.approximate(label);
  return label;
}

const isQualified = (date: PartialDate) => date.approximate || date.uncertain;

/** The label for an event or era: a date, a range, or an open range. */
export function formatSpan(span: DateSpan, style: DateStyle): string {
  const { start, end } = span;
  if (span.openEnd) return style.openRange(formatDate(start, style));
  if (!end) return formatDate(start, style);
  if (isQualified(start) || isQualified(end)) {
    return `${formatDate(start, style)}–${formatDate(end, style)}`;
  }
  return style.range(start, end);
}

/**
 * The style for a timeline that reaches back before A.D. 1: there a bare "14"
 * after "1 B.C." reads as a misprint, so A.D. years below 1000 name their era
 * ("Aug. 19, A.D. 14"). Later years need no mark: no one misreads 1969.
 */
export function withEraMarks(style: DateStyle): DateStyle {
  return { ...style, date: (d) => (!isBce(d.year) && d.year < 1000 ? style.adDate(d) : style.date(d)) };
}

/** Whether any of these spans starts or ends before A.D. 1. */
export const reachesBce = (spans: readonly DateSpan[]) =>
  spans.some((s) => isBce(s.start.year) || (s.end !== undefined && isBce(s.end.year)));
