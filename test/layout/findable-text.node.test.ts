// What a hidden panel of the horizontal layout keeps for in-page search: every
// words a reader could look for on the card, from the real default chronology.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validateDocument } from '../../src/data/validate.js';
import { en } from '../../src/i18n/en.js';
import { findableText } from '../../src/layout/findable-text.js';
import { buildView } from '../../src/layout/view.js';
import { defaultDoc } from '../helpers.js';

describe('findableText', () => {
  const view = buildView(defaultDoc, { language: en });
  const event = (id: string) => view.events.find((e) => e.event.id === id)!;

  it('holds the date, headline, body, source quotes and the working of a relative date, a part a line', () => {
    const text = findableText(event('stalin-kim-il-sung')).split('\n');
    expect(text[0]).to.equal('c. 1945');
    expect(text[1]).to.equal('Stalin and Kim Il Sung forge the alliance');
    expect(text).to.include(event('stalin-kim-il-sung').event.body);
    expect(text.some((line) => line.startsWith('The nearly five hours of talks'))).to.equal(true);
    expect(text).to.include('dates back nearly eight decades');
  });

  it('holds a fact from outside the article with its citation, a group, and a medium’s words', () => {
    const { doc } = validateDocument({
      events: [
        {
          id: 'a',
          date: '1953-07-27',
          group: 'Diplomacy',
          headline: 'Armistice',
          media: { url: 'https://example.org/a.jpg', alt: 'Signing', caption: 'The signing at Panmunjom', credit: 'Agency' },
          outside: { note: 'The day is not in the article.', citation: 'U.N. archive' },
        },
        { id: 'b', date: '1954', headline: 'Quoted', media: { type: 'quote', quote: 'We <em>will</em> meet again', credit: 'An envoy' } },
      ],
    });
    const [a, b] = buildView(doc, { language: en }).events.map(findableText);
    expect(a.split('\n')).to.deep.equal([
      'Diplomacy',
      'July 27, 1953',
      'Armistice',
      'The signing at Panmunjom',
      'Agency',
      'The day is not in the article.',
      'U.N. archive',
    ]);
    expect(b.split('\n')).to.deep.equal(['1954', 'Quoted', 'We will meet again', 'An envoy']);
  });
});
