/**
 * Why this exists: the connective tissue of an explainer is "18 months later",
 * "53 years later". Those numbers must agree with what a careful reader would
 * compute from the dates shown, so elapsed time is counted at the coarser of the
 * two precisions: between "1953" and "Feb. 24, 2022" we count calendar years
 * (69), because claiming months or days would invent precision the data lacks.
 */
import type { PartialDate } from './edtf.js';
import { firstDay } from './edtf.js';

export const ELAPSED_UNITS = ['year', 'month', 'day'] as const;
export type ElapsedUnit = (typeof ELAPSED_UNITS)[number];

export interface Elapsed {
  readonly unit: ElapsedUnit;
  readonly count: number;
  /** Either end is approximate or uncertain, so the count is "about". */
  readonly approximate: boolean;
  /** Whole years, whatever `unit` shows; used to decide where a gap is long. */
  readonly years: number;
}

/**
 * Time from `from` (the end of the earlier item) to `to` (the start of the later).
 * Whole years are shown from two years up, and for exactly one year; otherwise
 * whole months, then days.
 */
export function elapsedBetween(from: PartialDate, to: PartialDate): Elapsed {
  const approximate = from.approximate || from.uncertain || to.approximate || to.uncertain;
  const precision = coarser(from, to);
  if (precision === 'year') {
    const years = to.year - from.year;
    return { unit: 'year', count: years, approximate, years };
  }
  let months = (to.year - from.year) * 12 + ((to.month ?? 1) - (from.month ?? 1));
  if (precision === 'day' && (to.day ?? 1) < (from.day ?? 1)) months -= 1;
  const years = Math.floor(months / 12);
  // A whole number of years reads in years ("1 year later", not "12 months later").
  if (years >= 2 || (years === 1 && months % 12 === 0)) return { unit: 'year', count: years, approximate, years };
  if (months >= 1 || precision === 'month') return { unit: 'month', count: months, approximate, years };
  return { unit: 'day', count: firstDay(to) - firstDay(from), approximate, years };
}

function coarser(a: PartialDate, b: PartialDate): PartialDate['precision'] {
  if (a.precision === 'year' || b.precision === 'year') return 'year';
  if (a.precision === 'month' || b.precision === 'month') return 'month';
  return 'day';
}
