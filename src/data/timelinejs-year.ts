/**
 * A year as TimelineJS and its spreadsheet template write it, as an EDTF year.
 * TimelineJS counts without a year zero (-1 is 1 B.C., -753 is 753 B.C.); EDTF
 * counts astronomically (0000 is 1 B.C.), so a year below zero is one more
 * here: -753 → -0752. Shared by the JSON and CSV importers.
 */
import { DEEP_LIMIT, MAX_YEAR, MIN_YEAR } from '../dates/edtf.js';
import type { ProblemCode, ProblemValues } from '../problems.js';

export type YearReading =
  | { readonly ok: true; readonly year: string; readonly deep?: true }
  | { readonly ok: false; readonly code: Extract<ProblemCode, 'yearMissing' | 'yearZero' | 'yearTooLong'>; readonly values: ProblemValues };

export function readTimelineJsYear(text: string | undefined): YearReading {
  const trimmed = text?.trim() ?? '';
  if (!/^-?\d+$/.test(trimmed)) return { ok: false, code: 'yearMissing', values: { text: trimmed } };
  const year = Number(trimmed);
  if (year === 0) return { ok: false, code: 'yearZero', values: {} };
  const astronomical = year < 0 ? year + 1 : year;
  if (Math.abs(astronomical) > DEEP_LIMIT) return { ok: false, code: 'yearTooLong', values: { year } };
  // Beyond four digits, EDTF's deep-time form (TimelineJS's cosmological scale): a year and nothing finer.
  if (astronomical > MAX_YEAR || astronomical < MIN_YEAR) return { ok: true, year: `Y${astronomical}`, deep: true };
  return { ok: true, year: (astronomical < 0 ? '-' : '') + String(Math.abs(astronomical)).padStart(4, '0') };
}
