import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDate, parseSpan } from '../../src/dates/edtf-parse.js';
import { formatDate, formatSpan } from '../../src/dates/format.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import { ru } from '../../src/i18n/ru.js';
import { uk } from '../../src/i18n/uk.js';
import type { Language } from '../../src/i18n/strings.js';
import { defaultDoc } from '../helpers.js';

const label = (text: string, language: Language = en) => {
  const span = parseSpan(text, undefined, { allowOpenEnd: true });
  if (!span.ok) throw new Error(span.message);
  return formatSpan(span.value, language.dates);
};

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
  });

  it('Korean', () => {
    expect(label('2023-09-13', ko)).to.equal('2023년 9월 13일');
    expect(label('2022-02', ko)).to.equal('2022년 2월');
    expect(label('1950/1953', ko)).to.equal('1950–1953년');
    expect(label('1945~', ko)).to.equal('1945년경');
  });

  it('Ukrainian', () => {
    expect(label('2023-09-13', uk)).to.equal('13 вересня 2023 р.');
    expect(label('2022-02', uk)).to.equal('лютий 2022');
  });

  it('gives the same day in every time zone, for every default event', () => {
    const days = defaultDoc.events.map((e) => formatSpan(e.span, ru.dates));
    expect(days).to.deep.equal(['ок. 1945', '1950–1953', '14 октября 2006 г.', '24 февраля 2022 г.', '13 сентября 2023 г.']);
  });
});
