// The default chronology's translations, checked fact by fact against the English
// (issue 31): names, figures and speech, and the review sheet in docs/ kept current.
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { factProblems, reviewPage } from '../../scripts/translation-review.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const chronology = () => JSON.parse(read('data/summit-2023.json'));

describe('the default chronology’s translations', () => {
  it('carry Russian, Ukrainian and Korean, every name, figure and quote in place', () => {
    const doc = chronology();
    expect(Object.keys(doc.translations)).to.deep.equal(['ru', 'uk', 'ko']);
    expect(factProblems(doc)).to.deep.equal([]);
  });

  it('are caught when a date, a name or a quotation goes wrong', () => {
    const doc = chronology();
    const ru = doc.translations.ru.events;
    ru['korean-war'].body = ru['korean-war'].body.replace('1950–1953', '1950–1935');
    ru['vostochny-summit'].body = ru['vostochny-summit'].body.replace('Циолковский', 'Циолковск');
    doc.translations.ko.events['vostochny-summit'].quote[2] = '우주기지에서 러시아와 북한이 우주 분야에서 협력할 수 있느냐는 질문에 푸틴은 “그래서 이곳에 왔다”고 답했다.';
    doc.translations.uk.events['stalin-kim-il-sung'].headline = 'Сталін закладає союз';
    expect(factProblems(doc)).to.deep.equal([
      'ru korean-war body: 1935 is not a figure the English gives',
      'ru vostochny-summit body: Tsiolkovsky is missing (Циолковский · Ціолковський · 치올콥스키)',
      'uk stalin-kim-il-sung headline: Kim Il Sung is missing (Ким Ир Сен · Кім Ір Сен · 김일성)',
      'ko vostochny-summit quote 3: has quotation marks; report speech, never quote a translation',
    ]);
  });

  it('are listed for review in docs/translations.md, as generated from the data', async () => {
    expect(read('docs/translations.md')).to.equal(await reviewPage(chronology()));
  });
});
