// The producer's sheet (issue 30): every mistake a producer makes typing a
// TimelineJS sheet by hand is a problem naming its sheet row and column, and
// nothing is published silently wrong.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readSourceText } from '../../src/data/read-source.js';
import { describeProblem } from '../../src/data/describe.js';
import { ruProblems } from '../../src/i18n/problems-ru.js';
import { readClock } from '../../src/data/import-csv.js';
import { formatSpan } from '../../src/dates/format.js';
import { spanDatetime } from '../../src/dates/edtf.js';
import { sortEvents } from '../../src/layout/chronology.js';
import { en } from '../../src/i18n/en.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sheets/${name}`, import.meta.url), 'utf8');
const TEMPLATE = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const read = (csv: string) => readSourceText(csv, { field: 'data', format: 'csv' });
const described = async (csv: string) => (await read(csv)).problems.map((problem) => describeProblem(problem));

describe('a sheet with the seven classic mistakes', () => {
  it('gives seven problems, each at its row and column, in the sheet’s order', async () => {
    expect(await described(fixture('seven-mistakes.csv'))).to.deep.equal([
      "Row 1, column Dispay Date: 'Dispay Date' is not a column this timeline reads, so its 1 filled cell was ignored. Did you mean 'Display Date'?",
      "Row 5, column Year: '69': 1969 or A.D. 69? Write the year in full; for A.D. 69, format the cell as text and write 0069 (left out)",
      "Row 6, column End Year: end date '1969' is before the start '1970-04-11' (left out)",
      'Row 7, column Headline: is blank; readers see the start of the text in its place',
      "Row 8, column Year: '11/09/1967' is not a year this timeline can place (a whole number, -10000 to 9999; -1 is 1 B.C.) (left out)",
      "Row 9, column Year: '1972 ' has spaces around it; read as '1972'",
      'Row 10: repeats row 4 exactly (left out)',
    ]);
  });

  it('shows only what it read as written: no A.D. 69, no duplicate, no guessed year', async () => {
    const { doc } = await read(fixture('seven-mistakes.csv'));
    expect(doc.title).to.equal('The space race');
    expect(doc.events.map((event) => event.dateText)).to.deep.equal(['1957-10-04', '1961-04-12', '1967-01-27', '1972-12-07']);
  });

  it('words each place in the editor’s language', async () => {
    const [first] = (await read(fixture('seven-mistakes.csv'))).problems;
    expect(describeProblem(first, ruProblems)).to.match(/^Строка 1, столбец Dispay Date: «Dispay Date» — не столбец/);
  });
});

describe('the sheet’s headers and cells', () => {
  it('reads the template’s headers in any case and spacing, and names any other with the nearest known one', async () => {
    const csv = `year,MONTH,day,end_year,Headline,text,Media Credti,Notes\n1950,6,25,1953,War,Text,AP,a note\n`;
    expect(await described(csv)).to.deep.equal([
      "Row 1, column Media Credti: 'Media Credti' is not a column this timeline reads, so its 1 filled cell was ignored. Did you mean 'Media Credit'?",
      "Row 1, column Notes: 'Notes' is not a column this timeline reads, so its 1 filled cell was ignored",
    ]);
  });

  it('says which filled columns it does not use, never dropping them silently', async () => {
    const csv = `${TEMPLATE},Headline (ru)\n1950,6,25,4:00,,,,,,War,Text,,,,,,,#222,Война\n`;
    expect(await described(csv)).to.deep.equal([
      "Row 1, column Background: 'Background' is not used by this timeline: its 1 filled cell is not shown",
      // The Russian headline is read; the row lacks a Russian text, and says so.
      "Row 2: has no translation into 'ru' for: body; readers of it see the original there",
    ]);
  });

  it('asks about a three-digit year among four-digit ones, and shows it as written', async () => {
    const { doc, problems } = await read('Year,Headline\n476,Rome falls\n1453,Constantinople falls\n');
    expect(problems.map((p) => describeProblem(p))).to.deep.equal([
      "Row 2, column Year: '476' has 3 digits among four-digit years: is it A.D. 476, or a year typed short? Shown as A.D. 476",
    ]);
    expect(doc.events.map((e) => e.dateText)).to.deep.equal(['0476', '1453']);
  });

  it('takes a sheet whose years are all early as it is: a Roman timeline', async () => {
    const { doc, problems } = await read('Year,Month,Day,Headline\n-44,3,15,Caesar is killed\n14,8,19,Augustus dies\n79,8,24,Vesuvius erupts\n');
    expect(problems).to.deep.equal([]);
    expect(doc.events.map((e) => e.dateText)).to.deep.equal(['-0043-03-15', '0014-08-19', '0079-08-24']);
  });

  it('names a problem the validator finds by the row and column it came from', async () => {
    const csv = 'Year,Month,Day,Headline\n1950,6,25,Fine\n1951,13,1,Bad month\n';
    expect(await described(csv)).to.deep.equal(["Row 3, column Month: date '1951-13-01' is not a valid month (left out)"]);
  });
});

describe('the Time and End Time columns (issue 30, finding 4)', () => {
  const csv = [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline',
    '2024,3,26,1:29 AM,,,,,The ship hits the bridge',
    '2024,3,26,12:00 AM,,,,,The ship leaves port',
    '2024,3,26,13:05,2024,3,26,3:30 PM,The search is called off',
    '2024,3,26,25:00,,,,,A time that is not one',
    '2024,3,,9 PM,,,,,A time without a day',
  ].join('\n');

  it('keeps times as wall-clock EDTF date-times, with no zone the sheet did not give', async () => {
    const { doc } = await read(csv);
    expect(doc.events.map((e) => e.dateText)).to.deep.equal([
      '2024-03-26T01:29',
      '2024-03-26T00:00',
      '2024-03-26T13:05/2024-03-26T15:30',
      '2024-03-26',
      '2024-03',
    ]);
  });

  it('orders events of one day by their times, and labels them as AP does', async () => {
    const { doc } = await read(csv);
    const day = sortEvents(doc.events).filter((e) => e.span.start.day === 26);
    expect(day.map((e) => formatSpan(e.span, en.dates))).to.deep.equal([
      'March 26, 2024',
      'midnight March 26, 2024',
      '1:29 a.m. March 26, 2024',
      '1:05 p.m.–3:30 p.m. March 26, 2024',
    ]);
    expect(spanDatetime(day[2].span)).to.equal('2024-03-26T01:29');
  });

  it('names a cell that is not a time, and a time with no day, keeping the rest of the row', async () => {
    expect(await described(csv)).to.deep.equal([
      "Row 5, column Time: '25:00' is not a time of day (write 13:05 or 1:05 PM); the time is left out",
      "Row 6, column Time: '9 PM' is a time, but the row has no day for it; the time is left out",
    ]);
  });

  it('reads the ways producers and Sheets write a time', () => {
    expect(['1:29 AM', '1:29:00 PM', '13:05', '9 p.m.', '12 AM', 'noon', 'midnight'].map(readClock)).to.deep.equal([
      '01:29',
      '13:29',
      '13:05',
      '21:00',
      '00:00',
      '12:00',
      '00:00',
    ]);
    for (const bad of ['25:00', '13 PM', '9', '1:60', 'soon']) expect(readClock(bad), bad).to.equal(undefined);
  });
});
