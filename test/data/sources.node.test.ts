// A wrong quote in a news graphic is a published correction. Every event in
// data/*.json that quotes its source is checked against the article the repo
// keeps (test/fixtures/source/): quotes verbatim, words in quotation marks said
// in the article and quoted on the same card, dates in the text backed on the card.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { checkEventSources, dateMentions, quotedSpans } from '../../src/data/source-check.js';
import { validateDocument } from '../../src/data/validate.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const article = read('test/fixtures/source/article.txt');
const articleTitle = article.split('\n')[0].trim();

const dataFiles = readdirSync(new URL('../../data/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const sourced = dataFiles
  .map((file) => ({ file, raw: JSON.parse(read(`data/${file}`)) }))
  .filter(({ raw }) => raw.events?.some((e: { source?: unknown }) => e.source));

function check(raw: unknown) {
  const { doc } = validateDocument(raw);
  return doc.events.flatMap((event) => checkEventSources(event, article, doc.article?.date));
}

describe('sourced data in data/', () => {
  it('includes the default chronology', () => {
    expect(sourced.map((s) => s.file)).to.include('summit-2023.json');
  });

  for (const { file, raw } of sourced) {
    describe(file, () => {
      const { doc } = validateDocument(raw);

      it('names the article kept in the repo', () => {
        expect(doc.article?.title).to.equal(articleTitle);
      });

      it('has a source quote on every event, each word for word in the article', () => {
        for (const event of doc.events) {
          expect(event.source?.quote.length ?? 0, event.id).to.be.within(1, 4);
          for (const quote of event.source!.quote) expect(article.includes(quote), `${event.id}: ${quote}`).to.equal(true);
        }
      });

      it('finds every relative wording in the article and in the event’s own quote', () => {
        for (const event of doc.events.filter((e) => e.relative)) {
          expect(article.includes(event.relative!.wording), event.id).to.equal(true);
          expect(event.source!.quote.some((q) => q.includes(event.relative!.wording)), event.id).to.equal(true);
        }
      });

      it('backs every quotation and every date on the card that states it', () => {
        expect(check(raw)).to.deep.equal([]);
      });
    });
  }

  it('labels as outside the article every default event whose date the article does not give', () => {
    // The article dates: "nearly eight decades" (c. 1945), "1950-53", the
    // "18-month-old invasion" and "Sept. 13, 2023". Anything else needs a citation.
    const datedByArticle: Record<string, string> = {
      'stalin-kim-il-sung': 'nearly eight decades',
      'korean-war': '1950-53',
      'invasion-of-ukraine': '18-month-old',
      'vostochny-summit': 'Sept. 13, 2023',
    };
    const { doc } = validateDocument(JSON.parse(read('data/summit-2023.json')));
    for (const event of doc.events) {
      const words = datedByArticle[event.id];
      if (words) expect(event.source!.quote.join(' '), event.id).to.contain(words);
      else expect(event.outside?.citation, event.id).to.be.a('string');
    }
  });
});

describe('the source check', () => {
  it('reads quoted spans in either kind of marks, without their closing punctuation', () => {
    expect(quotedSpans('He said “certain restrictions.” and "That’s why," then')).to.deep.equal(['certain restrictions', 'That’s why']);
  });

  it('reads dates written in AP style and year ranges', () => {
    expect(dateMentions('On Sept. 13, 2023, after the 1950–53 war, in February 2022 and 2006.').map((m) => m.dates)).to.deep.equal([
      [{ year: 2023, month: 9, day: 13 }],
      [{ year: 1950 }, { year: 1953 }],
      [{ year: 2022, month: 2 }],
      [{ year: 2006 }],
    ]);
  });

  // Each fixture breaks one rule once, on a copy of the default chronology.
  const BROKEN = [
    { file: 'quote-not-in-article.json', finding: 'quoteNotInArticle', text: 'a brotherly alliance for a hundred years' },
    { file: 'quote-not-on-card.json', finding: 'quoteNotOnCard', text: 'just fight against hegemonic forces' },
    { file: 'year-not-backed.json', finding: 'dateNotBacked', text: '1961' },
    { file: 'date-not-backed.json', finding: 'dateNotBacked', text: 'Sept. 12, 2023' },
  ] as const;
  for (const broken of BROKEN) {
    it(`fails ${broken.file}: ${broken.finding} “${broken.text}”`, () => {
      const findings = check(JSON.parse(read(`test/fixtures/source-check/${broken.file}`)));
      expect(findings.map((f) => [f.finding, f.text])).to.deep.equal([[broken.finding, broken.text]]);
    });
  }
});
