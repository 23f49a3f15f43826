/**
 * Dates for languages other than AP English, formatted by date-fns with the
 * language's locale (month names, grammatical case) and elapsed-time phrases
 * pluralised with Intl.PluralRules, which knows Russian and Ukrainian
 * one/few/many forms.
 */
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns';
import { eraYear, isBce, isDeepYear, type PartialDate, type Precision } from './edtf.js';
import type { Elapsed, ElapsedUnit } from './elapsed.js';
import { toLocalDate, zoneText, type DateStyle } from './date-style.js';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface DateFnsWords {
  readonly locale: Locale;
  /** date-fns patterns per precision; literal text in single quotes. Years as `y`: the year of its era, unpadded. */
  readonly patterns: { readonly day: string; readonly month: string; readonly year: string };
  /** A date before 1 A.D. ("753 г. до н. э."), given its label and precision. */
  readonly bce: (label: string, precision: Precision) => string;
  /** The later date of a range that crosses the era ("14 г. н. э."). */
  readonly ce: (label: string, precision: Precision) => string;
  /** A range of two years, both in one era ("1950–1953", "1950년 ~ 1953년"). */
  readonly yearRange: (start: number, end: number) => string;
  /**
   * Ranges within one year, written from CLDR's interval formats so that what the
   * two ends share is said once: [start pattern, separator, end pattern] for days
   * of one month ("13–14 сентября 2023 г."), days of one year ("13 сентября –
   * 2 октября 2023 г.") and months of one year ("февраль–март 2022").
   */
  readonly withinYear: {
    readonly sameMonth: readonly [string, string, string];
    readonly days: readonly [string, string, string];
    readonly months: readonly [string, string, string];
  };
  /** A time of day, as a date-fns pattern ("H:mm", "a h:mm"), and where it stands beside the date. */
  readonly clock: string;
  readonly withTime: (dateLabel: string, clock: string) => string;
  /** Between two dates that share no year: CLDR's interval fallback (" – ", " ~ "). */
  readonly separator: string;
  /** A count of years, five digits and more: "315 000", "13,8 млрд", "138억" (./deep-time.ts). */
  readonly bigCount: (count: number) => { readonly text: string; readonly scaled: boolean };
  /** A year of deep time before the era, given its count ("13,8 млрд") and plural noun ("лет"): "13,8 млрд лет назад". */
  readonly yearsAgo: (count: string, years: string) => string;
  readonly openRange: (label: string) => string;
  readonly approximate: (label: string) => string;
  readonly uncertain: (label: string) => string;
  readonly units: Readonly<Record<ElapsedUnit, PluralForms>>;
  /** "18 месяцев": the number and the unit in its plural form. */
  readonly duration: (count: string, unit: string) => string;
  /** "примерно 5 лет" */
  readonly about: (duration: string) => string;
  /** "через 18 месяцев", "примерно через 5 лет". */
  readonly later: (duration: string, approximate: boolean) => string;
  readonly same: Readonly<Record<ElapsedUnit, string>>;
}

export function createDateFnsStyle(words: DateFnsWords): DateStyle {
  const plurals = new Intl.PluralRules(words.locale.code);
  /** The count and its unit's plural form: scaled counts ("13,8 млрд") take the form for many. */
  const counted = (unit: ElapsedUnit, count: number) => {
    const forms = words.units[unit];
    const big = count >= 10_000 ? words.bigCount(count) : undefined;
    const form = big?.scaled ? (forms.many ?? forms.other) : (forms[plurals.select(count)] ?? forms.other);
    return { text: big?.text ?? String(count), form };
  };
  const plain = ({ unit, count }: Elapsed) => {
    const { text, form } = counted(unit, count);
    return words.duration(text, form);
  };
  const plainDate = (d: PartialDate) => format(toLocalDate(d), words.patterns[d.precision], { locale: words.locale });
  const deepYear = (year: number) => {
    if (!isBce(year)) return words.ce(words.bigCount(year).text, 'year');
    const { text, form } = counted('year', eraYear(year));
    return words.yearsAgo(text, form);
  };
  // Deep time never reaches date-fns: a Date stops at ±271,821 years.
  const date = (d: PartialDate) =>
    isDeepYear(d.year) ? deepYear(d.year) : isBce(d.year) ? words.bce(plainDate(d), d.precision) : plainDate(d);
  return {
    date,
    deepYear,
    clock: (time) => {
      const at = new Date(2000, 0, 1, time.hour, time.minute);
      return `${format(at, words.clock, { locale: words.locale })}${zoneText(time.zone)}`;
    },
    withTime: words.withTime,
    adDate: (d) => words.ce(plainDate(d), d.precision),
    range(start, end, eraMarks = false) {
      if (isBce(start.year) && !isBce(end.year)) return `${date(start)}${words.separator}${words.ce(plainDate(end), end.precision)}`;
      const ad = (d: PartialDate) => eraMarks && !isBce(d.year) && d.year < 1000;
      // Both ends in one era from here: a label of the range takes the era's mark once.
      const inEra = (label: string, precision: Precision) =>
        isBce(end.year) ? words.bce(label, precision) : ad(end) ? words.ce(label, precision) : label;
      if (start.precision === 'year' && end.precision === 'year')
        return inEra(words.yearRange(eraYear(start.year), eraYear(end.year)), 'year');
      if (start.precision === end.precision && start.year === end.year) {
        const [from, between, to] =
          start.precision === 'month'
            ? words.withinYear.months
            : start.month === end.month
              ? words.withinYear.sameMonth
              : words.withinYear.days;
        const at = (d: PartialDate, pattern: string) => format(toLocalDate(d), pattern, { locale: words.locale });
        return inEra(`${at(start, from)}${between}${at(end, to)}`, start.precision);
      }
      const marked = (d: PartialDate) => (ad(d) ? words.ce(plainDate(d), d.precision) : date(d));
      return `${date(start)}${words.separator}${marked(end)}`;
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
