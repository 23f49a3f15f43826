/**
 * Dates for languages other than AP English, formatted by date-fns with the
 * language's locale (month names, grammatical case) and elapsed-time phrases
 * pluralised with Intl.PluralRules, which knows Russian and Ukrainian
 * one/few/many forms.
 */
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns';
import { eraYear, isBce, type PartialDate, type Precision } from './edtf.js';
import type { Elapsed, ElapsedUnit } from './elapsed.js';
import { toLocalDate, type DateStyle } from './date-style.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface DateFnsWords {
  readonly locale: Locale;
  /** date-fns patterns per precision; literal text in single quotes. Years as `y`: the year of its era, unpadded. */
  readonly patterns: { readonly day: string; readonly month: string; readonly year: string };
  /** A date before 1 A.D. ("753 г. до н. э."), given its label and precision. */
  readonly bce: (label: string, precision: Precision) => string;
  /** The later date of a range that crosses the era ("14 г. н. э."). */
  readonly ce: (label: string, precision: Precision) => string;
  /** Languages that write a year range with one unit ("1950–1953년"); both years in one era. */
  readonly yearRange?: (start: number, end: number) => string;
  readonly openRange: (label: string) => string;
  readonly approximate: (label: string) => string;
  readonly uncertain: (label: string) => string;
  readonly units: Readonly<Record<ElapsedUnit, PluralForms>>;
  /** "18 месяцев": the number and the unit in its plural form. */
  readonly duration: (count: number, unit: string) => string;
  /** "примерно 5 лет" */
  readonly about: (duration: string) => string;
  /** "через 18 месяцев", "примерно через 5 лет". */
  readonly later: (duration: string, approximate: boolean) => string;
  readonly same: Readonly<Record<ElapsedUnit, string>>;
}

export function createDateFnsStyle(words: DateFnsWords): DateStyle {
  const plurals = new Intl.PluralRules(words.locale.code);
  const plain = ({ unit, count }: Elapsed) => {
    const forms = words.units[unit];
    return words.duration(count, forms[plurals.select(count)] ?? forms.other);
  };
  const plainDate = (d: PartialDate) => format(toLocalDate(d), words.patterns[d.precision], { locale: words.locale });
  const date = (d: PartialDate) => (isBce(d.year) ? words.bce(plainDate(d), d.precision) : plainDate(d));
  return {
    date,
    adDate: (d) => words.ce(plainDate(d), d.precision),
    range(start, end) {
      if (isBce(start.year) && !isBce(end.year)) return `${date(start)}–${words.ce(plainDate(end), end.precision)}`;
      if (words.yearRange && start.precision === 'year' && end.precision === 'year') {
        const label = words.yearRange(eraYear(start.year), eraYear(end.year));
        return isBce(end.year) ? words.bce(label, 'year') : label;
      }
      return `${date(start)}–${date(end)}`;
    },
    openRange: words.openRange,
    approximate: words.approximate,
    uncertain: words.uncertain,
    elapsed(elapsed) {
      return elapsed.count === 0 ? words.same[elapsed.unit] : words.later(plain(elapsed), elapsed.approximate);
    },
    duration: (elapsed) => (elapsed.approximate ? words.about(plain(elapsed)) : plain(elapsed)),
  };
}
