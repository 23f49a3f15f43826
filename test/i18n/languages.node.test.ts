// Every interface language is complete (issue 31): each string an editor or a reader
// could meet — buttons, screen-reader names, credit, every problem message — is in
// the language, not left in English, and its dates and counts are its own.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { englishProblems } from '../../src/problem-messages.js';
import { parseSpan } from '../../src/dates/edtf-parse.js';
import { formatSpan } from '../../src/dates/format.js';
import { en } from '../../src/i18n/en.js';
import { INTERFACE_LANGUAGES, loadLanguage } from '../../src/i18n/load-language.js';
import { directionOf } from '../../src/i18n/direction.js';
import type { Language, UiStrings } from '../../src/i18n/strings.js';
import type { ProblemValues } from '../../src/problems.js';

/** Values every message can be called with; the distinctive ones must reach the text. */
const VALUES: ProblemValues = {
  text: 'XQ-TEXT',
  end: 'XQ-END',
  start: 'XQ-START',
  src: 'XQ-SRC',
  id: 'XQ-ID',
  renamed: 'XQ-RENAMED',
  fallback: 'XQ-FALLBACK',
  detail: 'XQ-DETAIL',
  month: 'XQ-MONTH',
  days: 31,
  status: 404,
  count: 7,
  limit: 5,
  year: 1969,
  got: { type: 'number' },
} as ProblemValues;

const UI_CALLS: Partial<Record<keyof UiStrings, (f: never) => string>> = {
  basedOn: (f: (t: string, p?: string, d?: string) => string) => f('XQ-TITLE', 'XQ-PUB', 'XQ-DATE'),
  breakName: (f: (d: string, a: string, b: string) => string) => f('XQ-DUR', 'XQ-FROM', 'XQ-TO'),
  position: (f: (i: number, t: number) => string) => f(3, 5),
  problemsFound: (f: (n: number) => string) => f(2),
};
const uiText = (ui: UiStrings, key: keyof UiStrings) => {
  const value = ui[key];
  return typeof value === 'function' ? (UI_CALLS[key] as (f: unknown) => string)(value) : String(value);
};

/** Words a language shares with English: French "Source", German "September 2023". */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = { fr: ['citation'], de: ['2023-09'] };
const same = (code: string, what: string) => SAME_AS_ENGLISH[code]?.includes(what) ?? false;

const SPANS = [
  '2023-09-13',
  '2023-09',
  '1950/1953',
  '2023-09-13/2023-09-14',
  '2022-02/2022-03',
  '-0043-03',
  '1945~',
  '2022-02-24/..',
  'Y-13800000000',
];

describe('interface languages', () => {
  it('are the thirteen the issue names', () => {
    expect([...INTERFACE_LANGUAGES].sort()).to.deep.equal(
      ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'pt', 'ru', 'uk', 'zh'].sort(),
    );
  });

  for (const code of INTERFACE_LANGUAGES.filter((c) => c !== 'en')) {
    describe(code, () => {
      let language: Language;
      it('loads as its own table, not English', async () => {
        language = await loadLanguage(code);
        expect(language).to.not.equal(en);
      });

      it('has every interface string, none left in English', () => {
        for (const key of Object.keys(en.ui) as (keyof UiStrings)[]) {
          if (key === 'problems') continue;
          const mine = uiText(language.ui, key);
          expect(mine.trim(), key).to.not.equal('');
          if (!same(code, key)) expect(mine, `${code} ${key} is the English`).to.not.equal(uiText(en.ui, key));
        }
        // What the function is given reaches the reader.
        for (const part of ['XQ-TITLE', 'XQ-PUB', 'XQ-DATE']) expect(uiText(language.ui, 'basedOn')).to.contain(part);
        for (const part of ['XQ-DUR', 'XQ-FROM', 'XQ-TO']) expect(uiText(language.ui, 'breakName')).to.contain(part);
      });

      it('describes every problem in the language, with the values it names', () => {
        const wording = language.ui.problems!;
        expect(wording, 'no problem wording').to.not.equal(undefined);
        for (const [code_, english] of Object.entries(englishProblems)) {
          const message = wording.messages[code_ as keyof typeof englishProblems];
          expect(message, `${code} lacks ${code_}`).to.be.a('function');
          const mine = message(VALUES);
          const theirs = english(VALUES);
          expect(mine, `${code} ${code_} is the English`).to.not.equal(theirs);
          // Every distinctive value the English message shows, this one shows too.
          for (const token of theirs.match(/XQ-[A-Z]+/g) ?? []) expect(mine, `${code} ${code_} drops ${token}`).to.contain(token);
        }
        for (const subject of ['document', 'event', 'era'] as const) expect(wording.subjects[subject]).to.be.a('string').and.not.equal('');
        expect(wording.place(11, 'Year')).to.contain('11').and.contain('Year');
      });

      it('writes dates in its own words, never an invalid date', () => {
        for (const text of SPANS) {
          const parsed = parseSpan(text, undefined, { allowOpenEnd: true });
          if (!parsed.ok) throw new Error(`${text}: ${parsed.message}`);
          const span = parsed.value;
          const label = formatSpan(span, language.dates);
          expect(label, `${code} ${text}`).to.not.match(/Invalid|NaN|undefined/);
          if (!same(code, text)) expect(label, `${code} ${text}`).to.not.equal(formatSpan(span, en.dates));
        }
      });

      it('counts with the plural forms Intl.PluralRules gives it', () => {
        const elapsed = [1, 2, 3, 5, 11, 21, 100].map((count) =>
          language.dates.elapsed({ unit: 'year', count, approximate: false, years: count }),
        );
        for (const text of elapsed) expect(text).to.not.match(/undefined|NaN/);
        expect(new Set(elapsed).size).to.equal(elapsed.length);
      });

      it('lays out in its own direction', () => {
        expect(directionOf(code)).to.equal(['ar', 'he'].includes(code) ? 'rtl' : 'ltr');
      });
    });
  }

  it('reads traditional Chinese as English rather than simplified characters it did not ask for', async () => {
    expect(await loadLanguage('zh-Hant-TW')).to.equal(en);
    expect(await loadLanguage('zh-TW')).to.equal(en);
    expect((await loadLanguage('zh-Hans-HK')).code).to.equal('zh-Hans');
    expect((await loadLanguage('zh-CN')).code).to.equal('zh-Hans');
  });
});
