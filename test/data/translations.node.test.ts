// Content in the reader's language (issue 31): translations keyed by language and
// item, the language shown chosen from the tags that apply, and quotes that stay
// the article's own words beside the desk's translation.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validateDocument } from '../../src/data/validate.js';
import { translated } from '../../src/data/translations.js';
import { contentLanguage } from '../../src/data/content-language.js';
import { describeProblem } from '../../src/data/describe.js';

// A small timeline with a complete Russian translation (the browser tests draw the same file).
const DOC = JSON.parse(readFileSync(new URL('../fixtures/translated.json', import.meta.url), 'utf8'));

describe('translated content', () => {
  it('reads a complete translation without a problem', () => {
    const { doc, problems } = validateDocument(DOC);
    expect(problems).to.deep.equal([]);
    expect(Object.keys(doc.translations ?? {})).to.deep.equal(['ru']);
  });

  it('shows the translation, its dates and ids untouched, and the quote as the article printed it', () => {
    const { doc } = validateDocument(DOC);
    const ru = translated(doc, 'ru');
    expect(ru.lang).to.equal('ru');
    expect(ru.title).to.equal('Саммит');
    expect(ru.events.map((e) => [e.id, e.dateText, e.headline])).to.deep.equal([
      ['summit', '2023-09-13', 'Путин и Ким встречаются'],
      ['war', '1950/1953', 'Корейская война'],
    ]);
    expect(ru.eras[0].label).to.equal('Корейская война');
    expect(ru.events[0].source).to.deep.equal({
      quote: ['Putin and Kim met at the Vostochny cosmodrome.'],
      lang: 'en',
      translation: ['Путин и Ким встретились на космодроме Восточный.'],
    });
  });

  it('chooses the nearest language the data carries, else the original', () => {
    const { doc } = validateDocument(DOC);
    expect(contentLanguage(doc, ['ru'])).to.equal('ru');
    expect(contentLanguage(doc, ['ru-RU'])).to.equal('ru');
    expect(contentLanguage(doc, ['de', 'ru'])).to.equal('ru');
    // A page in a language the data does not carry shows what it always showed.
    expect(contentLanguage(doc, ['de'])).to.equal(undefined);
    expect(contentLanguage(doc, ['en-GB', 'ru'])).to.equal(undefined);
    expect(translated(doc, undefined)).to.equal(doc);
  });

  it('names every gap an editor must fill, and every translation of nothing', () => {
    const partial = {
      ...DOC,
      translations: {
        ru: { events: { summit: { headline: 'Путин и Ким встречаются' }, ghost: { headline: 'Призрак' } } },
        'not a tag': {},
      },
    };
    const messages = validateDocument(partial).problems.map((p) => describeProblem(p));
    expect(messages).to.deep.equal([
      "The timeline: translations.ru.events.ghost translates 'ghost' into 'ru', but the timeline has no item with that id",
      "The timeline: translations.ru has no translation into 'ru' for: title; readers of it see the original there",
      "Event 1 'summit': translations.ru has no translation into 'ru' for: body, quote; readers of it see the original there",
      "Event 2 'war': translations.ru has no translation into 'ru' for: headline; readers of it see the original there",
      "Era 1 'korean-war': translations.ru has no translation into 'ru' for: label; readers of it see the original there",
      "The timeline: translations.not a tag 'not a tag' is not a language tag (such as ru, ko or pt-BR); its translation is not read",
    ]);
  });

  it('names a translated field that is not text by what it is', () => {
    const wrong = { ...DOC, translations: { ru: { ...DOC.translations.ru, events: { ...DOC.translations.ru.events, war: { headline: 5, quote: 'x' } } } } };
    const messages = validateDocument(wrong).problems.map((p) => describeProblem(p));
    expect(messages).to.include.members([
      'The timeline: translations.ru.events.war.headline must be text, not a number',
      "The timeline: translations.ru.events.war.quote must be a list, not 'x'",
    ]);
  });

  it('reads a sheet’s language columns as translations: “Headline (es)” under lang="es"', async () => {
    const { readSourceText } = await import('../../src/data/read-source.js');
    const csv = 'Year,Headline,Headline (es),Text,Text (es)\n1950,The Korean War,La guerra de Corea,It begins.,Comienza.\n';
    const { doc, problems } = await readSourceText(csv, { field: 'data', format: 'csv' });
    expect(problems).to.deep.equal([]);
    const es = translated(doc, contentLanguage(doc, ['es']));
    expect(es.events.map((e) => [e.headline, e.body])).to.deep.equal([['La guerra de Corea', 'Comienza.']]);
  });
});
