/**
 * Turns parsed dates into reader-facing labels with a DateStyle. Qualifiers and
 * open ends are applied here, the same way for every language.
 */
import type { DateSpan, PartialDate } from './edtf.js';
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
