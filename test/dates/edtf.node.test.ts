import { describe, it } from 'node:test';
import { expect } from 'chai';
import { firstDay, lastDay, toIso } from '../../src/dates/edtf.js';
import { parseDate, parseSpan } from '../../src/dates/edtf-parse.js';
import { defaultJson } from '../helpers.js';

describe('parseDate', () => {
  it('keeps the precision the author gave', () => {
    expect(parseDate('1950')).to.deep.include({ ok: true });
    const year = parseDate('1950');
    const month = parseDate('2022-02');
    const day = parseDate('2023-09-13');
    expect(year.ok && year.value).to.include({ year: 1950, precision: 'year' });
    expect(month.ok && month.value).to.include({ year: 2022, month: 2, precision: 'month' });
    expect(day.ok && day.value).to.include({ year: 2023, month: 9, day: 13, precision: 'day' });
  });

  it('reads EDTF qualifiers', () => {
    const approximate = parseDate('1945~');
    const uncertain = parseDate('1950?');
    const both = parseDate('1950-06%');
    expect(approximate.ok && approximate.value).to.include({ approximate: true, uncertain: false });
    expect(uncertain.ok && uncertain.value).to.include({ approximate: false, uncertain: true });
    expect(both.ok && both.value).to.include({ approximate: true, uncertain: true, precision: 'month' });
  });

  it('rejects impossible dates with a message naming the value', () => {
    const cases: Array<[string, string]> = [
      ['1953-13', "'1953-13' is not a valid month"],
      ['2023-02-29', "'2023-02-29' is not a valid day: 2023-02 has 28 days"],
      ['2023-09-31', "'2023-09-31' is not a valid day: 2023-09 has 30 days"],
      ['Sept. 13, 2023', "'Sept. 13, 2023' is not a date"],
      ['53', "'53' is not a date"],
      ['2023-9-13', "'2023-9-13' is not a date"],
    ];
    for (const [text, message] of cases) {
      const result = parseDate(text);
      expect(result.ok, text).to.equal(false);
      if (!result.ok) expect(result.message, text).to.contain(message);
    }
  });

  it('accepts Feb. 29 in leap years only, including the 400-year rule', () => {
    expect(parseDate('2024-02-29').ok).to.equal(true);
    expect(parseDate('2000-02-29').ok).to.equal(true);
    expect(parseDate('1900-02-29').ok).to.equal(false);
  });
});

describe('parseSpan', () => {
  it('reads intervals written with a slash or with a separate end', () => {
    const slash = parseSpan('1950/1953');
    const separate = parseSpan('1950', '1953');
    expect(slash.ok && slash.value.end?.year).to.equal(1953);
    expect(separate.ok && separate.value.end?.year).to.equal(1953);
  });

  it('allows open ends on eras only', () => {
    expect(parseSpan('2022-02-24/..', undefined, { allowOpenEnd: true })).to.deep.include({ ok: true });
    const event = parseSpan('2022-02-24/..');
    expect(event.ok).to.equal(false);
    expect(!event.ok && event.part).to.equal('end');
  });

  it('rejects an end before the start and names the end', () => {
    const result = parseSpan('1953', '1950');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.part).to.equal('end');
    expect(!result.ok && result.message).to.equal("'1950' is before the start '1953'");
  });

  it('accepts an end inside the start period ("1950" to "1950-06")', () => {
    expect(parseSpan('1950', '1950-06').ok).to.equal(true);
  });

  it('parses every date in the default chronology', () => {
    for (const item of [...defaultJson.events, ...defaultJson.eras]) {
      expect(parseSpan(item.date, undefined, { allowOpenEnd: true }).ok, item.id).to.equal(true);
    }
  });
});

describe('day numbers', () => {
  it('span the whole period a partial date can mean', () => {
    const year = parseDate('2022');
    const feb = parseDate('2024-02');
    if (!year.ok || !feb.ok) throw new Error('unparsed');
    expect(lastDay(year.value) - firstDay(year.value)).to.equal(364);
    expect(lastDay(feb.value) - firstDay(feb.value)).to.equal(28);
    expect(toIso(feb.value)).to.equal('2024-02');
  });
});
