// Keys from input that every object inherits — a language tag, a field name, a
// character reference — must never find Object.prototype's members (issue 29:
// `"lang": "constructor"` made rendering throw).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { en } from '../../src/i18n/en.js';
import { bundledLanguage, loadLanguage } from '../../src/i18n/load-language.js';
import { decodeEntities } from '../../src/data/entities.js';
import { describeProblem } from '../../src/data/describe.js';
import { validateDocument } from '../../src/data/validate.js';
import { renderStatic } from '../../src/static/render-static.js';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('keys every object inherits', () => {
  it('are no language: the interface stays English', async () => {
    for (const tag of INHERITED) {
      expect(await loadLanguage(tag), tag).to.equal(en);
      expect(bundledLanguage(tag), tag).to.equal(en);
    }
  });

  it('are no character reference: the text stays as written', () => {
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) expect(decodeEntities(`a &${name}; b`)).to.equal(`a &${name}; b`);
  });

  it('are unknown fields, named as written, and the event is kept', () => {
    const event = JSON.parse('{"id": "a", "date": "2023-09-13", "headline": "Summit", "constructor": 1, "toString": 2, "__proto__": 3}');
    const { doc, problems } = validateDocument({ events: [event] });
    expect(doc.events).to.have.length(1);
    const messages = problems.map((problem) => describeProblem(problem));
    for (const field of ['constructor', 'toString', '__proto__']) {
      expect(messages.some((message) => message.includes(`${field} is not a known field`)), field).to.equal(true);
    }
    expect(messages.join('\n')).to.not.contain('function');
  });

  it('render statically in English when the data or the option names one as its language', async () => {
    for (const lang of INHERITED) {
      const doc = { lang, events: [{ id: 'a', date: '2023-09-13', headline: 'Summit' }] };
      const html = await renderStatic(doc, { id: 's' });
      expect(html, lang).to.contain('Sept. 13, 2023');
      expect(await renderStatic(doc, { id: 's', lang }), lang).to.contain('Sept. 13, 2023');
    }
  });

  it('reach no shared prototype through a sheet’s ids and language columns, or a document’s translations', async () => {
    const { readSourceText } = await import('../../src/data/read-source.js');
    for (const id of INHERITED) {
      const csv = `Year,Headline,Unique ID,Headline (ru),Text (ru)\n1950,A,${id},Б,polluted\n`;
      const { doc } = await readSourceText(csv, { field: 'data', format: 'csv' });
      expect(doc.events, id).to.have.length(1);
      const json = { events: [{ id: 'a', date: '1950', headline: 'A' }], translations: { ru: { events: { [id]: { body: 'polluted' } } } } };
      validateDocument(JSON.parse(JSON.stringify(json)));
    }
    expect(({} as Record<string, unknown>).body, 'Object.prototype.body').to.equal(undefined);
    expect(({} as Record<string, unknown>).headline, 'Object.prototype.headline').to.equal(undefined);
  });
});
