/**
 * Reads dates from the author's text (the format is described in ./edtf.ts).
 * A module of its own because only validation needs it: the embed's main
 * bundle, which draws already-validated documents, leaves it to the reader chunk.
 */
import { problemText, type ProblemCode, type ProblemValues } from '../problems.js';
import { DEEP_LIMIT, daysInMonth, firstDay, isDeepYear, lastDay, type DateSpan, type PartialDate } from './edtf.js';

export type Parsed<T> =
  { ok: true; value: T } | { ok: false; code: ProblemCode; values: ProblemValues; message: string; part?: 'start' | 'end' };

const fail = (code: ProblemCode, values: ProblemValues, part?: 'start' | 'end') =>
  ({ ok: false, ...problemText(code, values), ...(part ? { part } : {}) }) as const;

const DATE_SHAPE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?([~?%])?$/;
/** EDTF's years of more than four digits (./edtf.ts, deep time): `Y-13800000000`, `Y170000`. */
const DEEP_SHAPE = /^Y(-?)(\d{5,12})([~?%])?$/;

function parseDeep(text: string, match: RegExpExecArray): Parsed<PartialDate> {
  const [, sign, digits, qualifier] = match;
  const year = Number(`${sign}${digits}`);
  if (!isDeepYear(year) || Math.abs(year) > DEEP_LIMIT) return fail('dateShape', { text });
  return {
    ok: true,
    value: {
      year,
      precision: 'year',
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
    },
  };
}

/** Parses one date such as `1950`, `2022-02`, `2023-09-13`, `1945~` or `Y-13800000000`. */
export function parseDate(text: string): Parsed<PartialDate> {
  const deep = DEEP_SHAPE.exec(text.trim());
  if (deep) return parseDeep(text, deep);
  const match = DATE_SHAPE.exec(text.trim());
  if (!match) {
    return fail('dateShape', { text });
  }
  const [, y, m, d, hh, mm, , zone, qualifier] = match;
  // EDTF writes 1 B.C. as 0000; "-0000" is not a year.
  if (y === '-0000') return fail('dateShape', { text });
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) {
    return fail('badMonth', { text });
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return fail('badDay', { text, month: `${year}-${m}`, days: daysInMonth(year, month) });
  }
  const hour = hh === undefined ? undefined : Number(hh);
  const minute = mm === undefined ? undefined : Number(mm);
  if (hour !== undefined && (hour > 23 || minute! > 59)) return fail('dateShape', { text });
  return {
    ok: true,
    value: {
      year,
      month,
      day,
      ...(hour !== undefined ? { time: { hour, minute: minute!, ...(zone ? { zone } : {}) } } : {}),
      precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
    },
  };
}

export interface SpanOptions {
  /** Eras may run on past the source's date (`2022-02-24/..`); events may not. */
  readonly allowOpenEnd?: boolean;
}

/**
 * Parses `date` (a date or a `start/end` interval) plus an optional separate `end`.
 * Messages name the offending value; the caller adds which item and field.
 */
export function parseSpan(date: string, end?: string, options: SpanOptions = {}): Parsed<DateSpan> {
  const parts = date.split('/');
  if (parts.length > 2) return fail('twoSlashes', { text: date }, 'start');
  if (parts.length === 2 && end !== undefined) {
    return fail('endConflict', { end, text: date }, 'end');
  }
  const start = parseDate(parts[0]);
  if (!start.ok) return { ...start, part: 'start' };
  const endText = parts.length === 2 ? parts[1] : end;
  if (endText === undefined) return { ok: true, value: { start: start.value, openEnd: false } };
  if (endText === '..') {
    if (!options.allowOpenEnd) return fail('openEndNotAllowed', {}, 'end');
    return { ok: true, value: { start: start.value, openEnd: true } };
  }
  const parsedEnd = parseDate(endText);
  if (!parsedEnd.ok) return { ...parsedEnd, part: 'end' };
  if (lastDay(parsedEnd.value) < firstDay(start.value)) {
    return fail('endBeforeStart', { end: endText, start: parts[0] }, 'end');
  }
  return { ok: true, value: { start: start.value, end: parsedEnd.value, openEnd: false } };
}
