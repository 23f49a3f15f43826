import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDate, parseSpan } from '../../src/dates/edtf-parse.js';
import { toIso } from '../../src/dates/edtf.js';
import { formatDate, formatSpan, withEraMarks } from '../../src/dates/format.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import { ru } from '../../src/i18n/ru.js';
import { uk } from '../../src/i18n/uk.js';
import type { Language } from '../../src/i18n/strings.js';
import { defaultDoc } from '../helpers.js';

const label = (text: string, language: Language = en, eraMarks = false) => {
  const span = parseSpan(text, undefined, { allowOpenEnd: true });
  if (!span.ok) throw new Error(span.message);
  return formatSpan(span.value, eraMarks ? withEraMarks(language.dates) : language.dates);
};
/** Labels on a timeline with early years (below A.D. 100, or B.C.): A.D. years below 1000 name their era. */
const early = (text: string, language: Language = en) => label(text, language, true);

describe('the suite runs in a pinned time zone', () => {
  it('is one of the zones the runner sets, never the machine default', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Seoul']).to.include(zone);
  });
});

describe('English dates follow AP style', () => {
  it('labels every event of the default chronology as the article would', () => {
    const labels = Object.fromEntries(defaultDoc.events.map((e) => [e.id, formatSpan(e.span, en.dates)]));
    expect(labels).to.deep.equal({
      'stalin-kim-il-sung': 'c. 1945',
      'korean-war': '1950–53',
      'un-sanctions': 'Oct. 14, 2006',
      'invasion-of-ukraine': 'Feb. 24, 2022',
      'vostochny-summit': 'Sept. 13, 2023',
    });
  });

  it('abbreviates months only beside a day, as AP does', () => {
    expect(label('2023-09-13')).to.equal('Sept. 13, 2023');
    expect(label('2023-03-05')).to.equal('March 5, 2023');
    expect(label('2022-02')).to.equal('February 2022');
    expect(label('2022-09')).to.equal('September 2022');
  });

  it('shortens ranges the AP way', () => {
    expect(label('1950/1953')).to.equal('1950–53');
    expect(label('1999/2001')).to.equal('1999–2001');
    expect(label('1905/1907')).to.equal('1905–07');
    expect(label('2023-09-13/2023-09-14')).to.equal('Sept. 13–14, 2023');
    expect(label('2023-08-30/2023-09-02')).to.equal('Aug. 30–Sept. 2, 2023');
    expect(label('2022-02/2022-03')).to.equal('February–March 2022');
    expect(label('1950-06-25/1953-07-27')).to.equal('June 25, 1950–July 27, 1953');
    expect(label('2022-02-24/..')).to.equal('since Feb. 24, 2022');
    expect(label('2022-03/2023-03')).to.equal('March 2022–March 2023');
  });

  it('says a range whose ends are one date as that date (issue 30, finding 5)', () => {
    expect(label('1950/1950')).to.equal('1950');
    expect(label('2023-09-13/2023-09-13')).to.equal('Sept. 13, 2023');
    expect(label('-0043-03/-0043-03')).to.equal('March 44 B.C.');
    expect(early('0009-09/0009-09')).to.equal('September A.D. 9');
    expect(label('1945~/1945~')).to.equal('c. 1945');
    // Ends that differ only in a qualifier are two dates.
    expect(label('1945~/1945')).to.equal('c. 1945–1945');
  });

  it('marks A.D. in ranges too, on a timeline with early years (finding 6)', () => {
    expect(early('0064-07-18/0064-07-27')).to.equal('July 18–27, A.D. 64');
    expect(early('0079-08-24')).to.equal('Aug. 24, A.D. 79');
    expect(early('0064/0079')).to.equal('A.D. 64–79');
    expect(early('-0030/0014')).to.equal('31 B.C.–A.D. 14');
    expect(early('-0043-03-13/-0043-03-15')).to.equal('March 13–15, 44 B.C.');
    expect(early('1950/1953')).to.equal('1950–53');
  });

  it('marks approximate and uncertain dates', () => {
    expect(label('1945~')).to.equal('c. 1945');
    expect(label('1950?')).to.equal('1950 (uncertain)');
    expect(label('1950%')).to.equal('c. 1950 (uncertain)');
    expect(label('1945~/1948')).to.equal('c. 1945–1948');
  });

  it('keeps years below 100 as written', () => {
    const year = parseDate('0079');
    if (!year.ok) throw new Error(year.message);
    expect(formatDate(year.value, en.dates)).to.equal('79');
    expect(label('0079-08-24')).to.equal('Aug. 24, 79');
  });
});

describe('other languages use date-fns locales', () => {
  it('Russian', () => {
    expect(label('2023-09-13', ru)).to.equal('13 сентября 2023 г.');
    expect(label('2022-02', ru)).to.equal('февраль 2022');
    expect(label('1950/1953', ru)).to.equal('1950–1953');
    expect(label('1945~', ru)).to.equal('ок. 1945');
    expect(label('2022-02-24/..', ru)).to.equal('с 24 февраля 2022 г.');
    // CLDR's interval formats: what the ends share, once.
    expect(label('2023-09-13/2023-09-14', ru)).to.equal('13–14 сентября 2023 г.');
    expect(label('2023-08-30/2023-09-02', ru)).to.equal('30 августа – 2 сентября 2023 г.');
    expect(label('2022-02/2022-03', ru)).to.equal('февраль–март 2022');
    expect(label('1950-06-25/1953-07-27', ru)).to.equal('25 июня 1950 г. – 27 июля 1953 г.');
    expect(label('-0043-03-13/-0043-03-15', ru)).to.equal('13–15 марта 44 г. до н. э.');
    expect(early('0064-07-18/0064-07-27', ru)).to.equal('18–27 июля 64 г. н. э.');
  });

  it('Korean', () => {
    expect(label('2023-09-13', ko)).to.equal('2023년 9월 13일');
    expect(label('2022-02', ko)).to.equal('2022년 2월');
    expect(label('1950/1953', ko)).to.equal('1950년 ~ 1953년');
    expect(label('1945~', ko)).to.equal('1945년경');
    expect(label('2023-09-13/2023-09-14', ko)).to.equal('2023년 9월 13일~14일');
    expect(label('2023-08-30/2023-09-02', ko)).to.equal('2023년 8월 30일 ~ 9월 2일');
    expect(label('2022-02/2022-03', ko)).to.equal('2022년 2월~3월');
    expect(label('-0043-03-13/-0043-03-15', ko)).to.equal('기원전 44년 3월 13일~15일');
    expect(label('-0030/0014', ko)).to.equal('기원전 31년 ~ 서기 14년');
  });

  it('Ukrainian', () => {
    expect(label('2023-09-13', uk)).to.equal('13 вересня 2023 р.');
    expect(label('2022-02', uk)).to.equal('лютий 2022');
    expect(label('2023-09-13/2023-09-14', uk)).to.equal('13–14 вересня 2023 р.');
    expect(label('2022-02/2022-03', uk)).to.equal('лютий–березень 2022');
  });

  it('gives the same day in every time zone, for every default event', () => {
    const days = defaultDoc.events.map((e) => formatSpan(e.span, ru.dates));
    expect(days).to.deep.equal(['ок. 1945', '1950–1953', '14 октября 2006 г.', '24 февраля 2022 г.', '13 сентября 2023 г.']);
  });
});

describe('deep time (issue 30): years beyond four digits, with no Date involved', () => {
  it('reads and writes EDTF’s Y-prefixed years, at year precision only, up to 100 billion years', () => {
    const big = parseDate('Y-13799999999');
    if (!big.ok) throw new Error(big.message);
    expect(big.value).to.deep.include({ year: -13_799_999_999, precision: 'year' });
    expect(toIso(big.value)).to.equal('Y-13799999999');
    for (const text of ['Y-1234', 'Y-200000000000', 'Y-13800000000-01', 'Y+170000']) expect(parseDate(text).ok, text).to.equal(false);
  });

  it('labels years ago as a science desk prints them, in every language', () => {
    expect(label('Y-13799999999')).to.equal('13.8 billion years ago');
    expect(label('Y-538799999')).to.equal('538.8 million years ago');
    expect(label('Y-314999')).to.equal('315,000 years ago');
    expect(label('Y-13799999999~')).to.equal('c. 13.8 billion years ago');
    expect(label('Y170000')).to.equal('A.D. 170,000');
    expect(label('Y-13799999999', ru)).to.equal('13,8 млрд лет назад');
    expect(label('Y-314999', ru)).to.equal('315\u00a0000 лет назад');
    expect(label('Y-13799999999', uk)).to.equal('13,8 млрд років тому');
    expect(label('Y-13799999999', ko)).to.equal('138억 년 전');
    expect(label('Y-538799999', ko)).to.equal('5억 3880만 년 전');
    expect(label('Y-538799999/Y-251901999')).to.equal('538.8 million years ago – 251.902 million years ago');
  });
});
