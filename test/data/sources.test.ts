// A wrong quote in a news graphic is a published correction: every quote and
// every relative wording in data/ must stand in the article word for word.
import { expect } from '@open-wc/testing';
import { defaultJson } from '../helpers.js';

describe('the default chronology quotes the article verbatim', () => {
  let article = '';

  before(async () => {
    const response = await fetch('/__article__.txt');
    if (!response.ok) throw new Error('../shared/source/article.txt is missing: the quotes cannot be checked');
    article = await response.text();
  });

  it('has a source quote on every event', () => {
    for (const event of defaultJson.events) {
      expect(event.source?.quote.length ?? 0, event.id).to.be.greaterThan(0);
    }
  });

  it('finds every quote in the article', () => {
    for (const event of defaultJson.events) {
      for (const quote of event.source.quote) expect(article.includes(quote), `${event.id}: ${quote}`).to.equal(true);
    }
  });

  it('finds every relative wording in the article and in the event’s own quote', () => {
    for (const event of defaultJson.events) {
      if (!('relative' in event) || !event.relative) continue;
      expect(article.includes(event.relative.wording), event.id).to.equal(true);
      expect(event.source.quote.some((q) => q.includes(event.relative!.wording)), event.id).to.equal(true);
    }
  });

  it('labels as outside the article every event whose date the article does not give', () => {
    // The article dates: "nearly eight decades" (c. 1945), "1950-53", the
    // "18-month-old invasion" and "Sept. 13, 2023". Anything else needs a citation.
    const datedByArticle: Record<string, string> = {
      'stalin-kim-il-sung': 'nearly eight decades',
      'korean-war': '1950-53',
      'invasion-of-ukraine': '18-month-old',
      'vostochny-summit': 'Sept. 13, 2023',
    };
    for (const event of defaultJson.events) {
      const words = datedByArticle[event.id];
      if (words) {
        expect(event.source.quote.join(' '), event.id).to.contain(words);
      } else {
        expect('outside' in event && event.outside?.citation, event.id).to.be.a('string');
      }
    }
  });
});
