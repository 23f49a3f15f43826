// Property tests over the date library, for every year from 9999 B.C.E. to
// 9999 (astronomical -9999…9999): parsing round-trips, day numbers agree with
// the calendar, order and elapsed time follow the numbers, and every formatter
// labels every date without throwing or doubling a full stop.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  civilDate,
  compareSpans,
  dayNumber,
  daysInMonth,
  MAX_YEAR,
  MIN_YEAR,
  toIso,
  type DateSpan,
  type PartialDate,
} from '../../src/dates/edtf.js';
import { parseDate, parseSpan } from '../../src/dates/edtf-parse.js';
import { elapsedBetween } from '../../src/dates/elapsed.js';
import { formatDate, formatSpan } from '../../src/dates/format.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import { ru } from '../../src/i18n/ru.js';
import { uk } from '../../src/i18n/uk.js';

const LANGUAGES = { en, ru, uk, ko };
const RUNS = { numRuns: 2000 };

const QUALIFIERS = ['', '~', '?', '%'] as const;
/** A valid EDTF date string at year, month or day precision, with an optional qualifier. */
const edtfDate = fc
  .record({
    year: fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
    qualifier: fc.constantFrom(...QUALIFIERS),
  })
  .map(({ year, month, day, precision, qualifier }) => {
    const date: PartialDate = {
      year,
      ...(precision !== 'year' ? { month } : {}),
      ...(precision === 'day' ? { day: Math.min(day, daysInMonth(year, month)) } : {}),
      precision,
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
    } as PartialDate;
    return { text: `${toIso(date)}${qualifier}`, date };
  });

const parsed = (text: string) => {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result.value;
};
const span = (a: PartialDate, b: PartialDate): DateSpan => {
  const [start, end] = compareSpans({ start: a, openEnd: false }, { start: b, openEnd: false }) <= 0 ? [a, b] : [b, a];
  return { start, end, openEnd: false };
};

/** The calendar as JavaScript's Date knows it, with setUTCFullYear so years 0–99 stay themselves. */
function dateDayNumber(year: number, month: number, day: number) {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

describe('EDTF dates from -9999 to 9999', () => {
  it('parse back to what they were written from', () => {
    fc.assert(
      fc.property(edtfDate, ({ text, date }) => {
        expect(parseDate(text)).to.deep.equal({ ok: true, value: { month: undefined, day: undefined, ...date } });
      }),
      RUNS,
    );
  });

  it('have day numbers that agree with the proleptic Gregorian calendar and invert', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, rawDay) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const days = dayNumber(year, month, day);
          expect(days).to.equal(dateDayNumber(year, month, day));
          expect(civilDate(days)).to.deep.equal({ year, month, day });
          expect(civilDate(days + 1)).to.deep.equal(
            day < daysInMonth(year, month)
              ? { year, month, day: day + 1 }
              : month < 12
                ? { year, month: month + 1, day: 1 }
                : { year: year + 1, month: 1, day: 1 },
          );
        },
      ),
      RUNS,
    );
  });

  it('sort in calendar order', () => {
    fc.assert(
      fc.property(edtfDate, edtfDate, (a, b) => {
        const order = compareSpans({ start: a.date, openEnd: false }, { start: b.date, openEnd: false });
        const key = (d: PartialDate) => [d.year, d.month ?? 1, d.day ?? 1];
        const [ka, kb] = [key(a.date), key(b.date)];
        const expected = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
        if (expected !== 0) expect(Math.sign(order)).to.equal(Math.sign(expected));
      }),
      RUNS,
    );
  });

  it('count whole years across the era as readers do', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), (x, y) => {
        const [from, to] = [Math.min(x, y), Math.max(x, y)];
        const elapsed = elapsedBetween(parsed(toIso({ year: from } as PartialDate)), parsed(toIso({ year: to } as PartialDate)));
        expect(elapsed.years).to.equal(to - from);
        expect(elapsed.count).to.equal(to - from);
      }),
      RUNS,
    );
    expect(elapsedBetween(parsed('-0752'), parsed('0001')).years, '753 B.C. to A.D. 1').to.equal(753);
  });

  for (const [code, language] of Object.entries(LANGUAGES)) {
    it(`format in ${code} without throwing, with the era where it belongs, never ending in ".."`, () => {
      fc.assert(
        fc.property(edtfDate, edtfDate, (a, b) => {
          for (const label of [
            formatDate(a.date, language.dates),
            formatSpan(span(a.date, b.date), language.dates),
            formatSpan({ start: a.date, openEnd: true }, language.dates),
          ]) {
            expect(label).to.be.a('string').and.not.match(/\.\.$/);
            expect(label).to.not.match(/NaN|undefined|-\d/);
          }
          const single = formatDate(a.date, language.dates);
          const bce = { en: 'B.C.', ru: 'до н. э.', uk: 'до н. е.', ko: '기원전' }[code]!;
          expect(single.includes(bce), `${a.text} → ${single}`).to.equal(a.date.year <= 0);
          expect(language.ui.basedOn('A title', 'A publisher', single)).to.not.match(/\.\.$/);
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('dates the review named', () => {
  it('read 0079/1950 as years 79 to 1950, before 1969', () => {
    const early = parseSpan('0079/1950');
    const late = parseSpan('1969');
    if (!early.ok || !late.ok) throw new Error('did not parse');
    expect(early.value.start.year).to.equal(79);
    expect(compareSpans(early.value, late.value)).to.be.below(0);
  });

  it('write -0752 as 753 B.C. in every language', () => {
    const date = parsed('-0752');
    expect(formatDate(date, en.dates)).to.equal('753 B.C.');
    expect(formatDate(date, ru.dates)).to.equal('753 г. до н. э.');
    expect(formatDate(date, uk.dates)).to.equal('753 р. до н. е.');
    expect(formatDate(date, ko.dates)).to.equal('기원전 753년');
    expect(formatDate(parsed('-2999~'), en.dates)).to.equal('c. 3000 B.C.');
    expect(formatDate(parsed('0000'), en.dates), 'EDTF 0000').to.equal('1 B.C.');
  });

  it('put A.D. only where a range crosses the era', () => {
    const label = (text: string) => {
      const result = parseSpan(text);
      if (!result.ok) throw new Error(text);
      return formatSpan(result.value, en.dates);
    };
    expect(label('-0030/0014')).to.equal('31 B.C.–A.D. 14');
    expect(label('-0752/-0508')).to.equal('753–509 B.C.');
    expect(label('0079')).to.equal('79');
    expect(label('1950/1953')).to.equal('1950–53');
  });

  it('refuse -0000, which is no year', () => {
    expect(parseDate('-0000').ok).to.equal(false);
  });

  it('end the Russian and Ukrainian credit lines with one full stop', () => {
    const summit = parsed('2023-09-13');
    expect(formatDate(summit, ru.dates)).to.equal('13 сентября 2023 г.');
    expect(ru.ui.basedOn('T', 'AP', formatDate(summit, ru.dates))).to.match(/2023 г\.$/);
    expect(uk.ui.basedOn('T', 'AP', formatDate(summit, uk.dates))).to.match(/2023 р\.$/);
  });
});

describe('date ranges say what their two ends share once (issue 30)', () => {
  // Unqualified dates in 1000–9999, where every label writes the year in full (no era
  // mark, no "1950–53" shortening of the end) so the year's digits can be counted.
  const plain = edtfDate.filter(({ date }) => date.year >= 1000 && !date.approximate && !date.uncertain).map(({ date }) => date);
  const sameYearPair = fc.tuple(plain, plain).map(([a, b]) => [a, { ...b, year: a.year }] as const);
  const count = (label: string, part: string) => label.split(part).length - 1;

  for (const [code, language] of Object.entries(LANGUAGES)) {
    it(`${code}: a range whose ends are one date is that date`, () => {
      fc.assert(
        fc.property(edtfDate, ({ date }) => {
          expect(formatSpan({ start: date, end: date, openEnd: false }, language.dates)).to.equal(formatDate(date, language.dates));
        }),
        RUNS,
      );
    });

    it(`${code}: ends in one year name the year once; ends in one month, the month once`, () => {
      fc.assert(
        fc.property(sameYearPair, ([a, b]) => {
          const range = span(a, b);
          const label = formatSpan(range, language.dates);
          const year = String(a.year);
          if (range.start.precision === range.end!.precision) {
            expect(count(label, year), `${label}: the year ${year}`).to.equal(1);
            if (a.precision === 'day' && a.month === b.month) {
              // The month's name, whatever its form, stands once: the label without the days
              // is the month's own label.
              const month = formatDate({ ...a, precision: 'month', day: undefined } as PartialDate, language.dates);
              const words = month.split(/\s+/).filter((word) => !/\d/.test(word) && word.length > 2);
              for (const word of words)
                expect(count(label.toLowerCase(), word.toLowerCase().slice(0, 4)), `${label}: ${word}`).to.be.at.most(1);
            }
          }
          // Never two identical ends.
          const [left, right] = label.split(/\s*[–~]\s*/);
          if (right !== undefined) expect(left, label).to.not.equal(right);
        }),
        RUNS,
      );
    });
  }
});
