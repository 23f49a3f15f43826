import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { PartialDate } from '../../src/dates/edtf.js';
import { parseDate } from '../../src/dates/edtf-parse.js';
import { elapsedBetween } from '../../src/dates/elapsed.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import { ru } from '../../src/i18n/ru.js';
import { uk } from '../../src/i18n/uk.js';
import type { Language } from '../../src/i18n/strings.js';

const date = (text: string): PartialDate => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const phrase = (from: string, to: string, language: Language = en) => language.dates.elapsed(elapsedBetween(date(from), date(to)));

describe('elapsedBetween', () => {
  it('matches the article: the invasion was 18 months old at the summit', () => {
    expect(phrase('2022-02-24', '2023-09-13')).to.equal('18 months later');
  });

  it('counts at the coarser precision, never inventing months', () => {
    expect(phrase('1953', '2022-02-24')).to.equal('69 years later');
    expect(phrase('1953', '2006-10-14')).to.equal('53 years later');
    expect(phrase('2006-10-14', '2022-02-24')).to.equal('15 years later');
    expect(phrase('2022-02', '2023-09-13')).to.equal('19 months later');
  });

  it('does not count a month that has not run its course', () => {
    expect(phrase('2023-01-31', '2023-02-28')).to.equal('28 days later');
    expect(phrase('2023-01-15', '2023-02-15')).to.equal('1 month later');
    expect(phrase('2021-09-14', '2023-09-13')).to.equal('23 months later');
    expect(phrase('2021-09-13', '2023-09-13')).to.equal('2 years later');
  });

  it('reads exactly one year in years, as every longer whole number of years is', () => {
    expect(phrase('1959-01-05', '1960-01-05')).to.equal('1 year later');
    expect(phrase('1959-01', '1960-01')).to.equal('1 year later');
    expect(phrase('1959-01-05', '1960-01-04')).to.equal('11 months later');
    expect(phrase('1959-01-05', '1960-02-05')).to.equal('13 months later');
    expect(phrase('1959-01-05', '1960-01-05', ru)).to.equal('через 1 год');
  });

  it('says "about" when either date is approximate', () => {
    expect(phrase('1945~', '1950')).to.equal('about 5 years later');
    expect(phrase('1950', '1953?')).to.equal('about 3 years later');
  });

  it('handles the same period and single days', () => {
    expect(phrase('1953', '1953-07-27')).to.equal('the same year');
    expect(phrase('2023-09-13', '2023-09-13')).to.equal('the same day');
    expect(phrase('2023-09-13', '2023-09-14')).to.equal('1 day later');
  });

  it('uses Russian and Ukrainian plural forms', () => {
    expect(phrase('2022-02-24', '2023-09-13', ru)).to.equal('через 18 месяцев');
    expect(phrase('2006', '2007', ru)).to.equal('через 1 год');
    expect(phrase('2003', '2006', ru)).to.equal('через 3 года');
    expect(phrase('1953', '2006', ru)).to.equal('через 53 года');
    expect(phrase('1953', '2022', ru)).to.equal('через 69 лет');
    expect(phrase('1945~', '1950', ru)).to.equal('примерно через 5 лет');
    expect(phrase('2001', '2022', uk)).to.equal('через 21 рік');
    expect(phrase('1953', '2006', uk)).to.equal('через 53 роки');
    expect(phrase('2022-02-24', '2023-09-13', uk)).to.equal('через 18 місяців');
  });

  it('Korean', () => {
    expect(phrase('2022-02-24', '2023-09-13', ko)).to.equal('18개월 후');
    expect(phrase('1945~', '1950', ko)).to.equal('약 5년 후');
  });
});
