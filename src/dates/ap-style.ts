/**
 * English dates in Associated Press style, as the source article writes them.
 * AP abbreviates Jan., Feb., Aug., Sept., Oct., Nov. and Dec. only beside a day
 * ("Sept. 13, 2023") and spells every month out when it stands with a year alone
 * ("February 2022"). Years before 1 A.D. take "B.C." after the year ("753 B.C.");
 * "A.D." goes before a year only where a range crosses the era ("31 B.C.–A.D. 14").
 * date-fns has no AP months, so English needs no date-fns code at all, which
 * keeps it out of the main bundle.
 */
import { eraYear, isBce, isDeepYear, type PartialDate, type TimeOfDay } from './edtf.js';
import { bigNumber, grouped, type NumberWords } from './deep-time.js';
import type { Elapsed } from './elapsed.js';
import { zoneText, type DateStyle } from './date-style.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const AP_ABBREVIATED = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

const monthDay = (d: PartialDate) => `${AP_ABBREVIATED[(d.month ?? 1) - 1]} ${d.day}`;

/** "753 B.C.", "2023", or with `ad`, "A.D. 14". */
const yearText = (year: number, ad = false) => (isBce(year) ? `${eraYear(year)} B.C.` : ad ? `A.D. ${year}` : String(year));

/** "13.8 billion years ago": deep time (./edtf.ts) as ./deep-time.ts says. */
const deepYear = (year: number) => (isBce(year) ? `${bigNumber(eraYear(year), NUMBERS).text} years ago` : `A.D. ${grouped(year, ',')}`);

function date(d: PartialDate, ad = false): string {
  if (isDeepYear(d.year)) return deepYear(d.year);
  if (d.precision === 'day') return `${monthDay(d)}, ${yearText(d.year, ad)}`;
  if (d.precision === 'month') return `${MONTHS[(d.month ?? 1) - 1]} ${yearText(d.year, ad)}`;
  return yearText(d.year, ad);
}

function range(start: PartialDate, end: PartialDate, eraMarks = false): string {
  if (isBce(start.year) && !isBce(end.year)) return `${date(start)}–${date(end, true)}`;
  // On a timeline with early years, "64" beside "A.D. 79" would read as a misprint.
  const ad = (year: number) => eraMarks && !isBce(year) && year < 1000;
  if (start.precision === 'year' && end.precision === 'year') {
    // AP: "753–509 B.C." before the era; "1950–53" within a century after it, full years across one.
    if (isBce(end.year)) return `${eraYear(start.year)}–${yearText(end.year)}`;
    const sameCentury = Math.floor(start.year / 100) === Math.floor(end.year / 100);
    const years = sameCentury ? `${start.year}–${String(end.year % 100).padStart(2, '0')}` : `${start.year}–${end.year}`;
    return ad(start.year) ? `A.D. ${years}` : years;
  }
  if (start.precision === end.precision && start.year === end.year) {
    if (start.precision === 'month') return `${MONTHS[(start.month ?? 1) - 1]}–${date(end, ad(end.year))}`;
    if (start.precision === 'day') {
      return start.month === end.month
        ? `${monthDay(start)}–${end.day}, ${yearText(end.year, ad(end.year))}`
        : `${monthDay(start)}–${monthDay(end)}, ${yearText(end.year, ad(end.year))}`;
    }
  }
  return `${date(start, ad(start.year))}–${date(end, ad(end.year))}`;
}

const UNITS = { year: ['year', 'years'], month: ['month', 'months'], day: ['day', 'days'] } as const;
const NUMBERS: NumberWords = { billion: 'billion', million: 'million', decimal: '.', group: ',' };

/** "53", "315,000", "9.2 billion": counts of five digits and more as a science desk writes them. */
const countText = (count: number) => (count >= 10_000 ? bigNumber(count, NUMBERS).text : String(count));

function duration({ unit, count, approximate }: Elapsed): string {
  return `${approximate ? 'about ' : ''}${countText(count)} ${UNITS[unit][count === 1 ? 0 : 1]}`;
}

/** AP times: "1:29 a.m.", "3 p.m.", "noon", "midnight". */
function clock({ hour, minute, zone }: TimeOfDay): string {
  const text =
    minute === 0 && hour === 12
      ? 'noon'
      : minute === 0 && hour === 0
        ? 'midnight'
        : `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
  return `${text}${zoneText(zone)}`;
}

export const apStyle: DateStyle = {
  clock,
  withTime: (label, time) => `${time} ${label}`,
  date: (d) => date(d),
  deepYear,
  adDate: (d) => date(d, true),
  range,
  openRange: (label) => `since ${label}`,
  approximate: (label) => `c. ${label}`,
  uncertain: (label) => `${label} (uncertain)`,
  elapsed(elapsed) {
    return elapsed.count === 0 ? `the same ${elapsed.unit}` : `${duration(elapsed)} later`;
  },
  duration,
};
