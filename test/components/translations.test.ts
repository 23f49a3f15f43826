// The chronology in the reader's language (issue 31): what the element shows for
// its own lang, its page's lang, and a sheet's language columns.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import chronology from '../../data/summit-2023.json' with { type: 'json' };

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const headlines = (el: SummitTimelineElement) => [...el.shadowRoot!.querySelectorAll('[part="headline"]')].map(text);

/** A small timeline with a complete Russian translation (test/fixtures/translated.json), drawn from its file. */
const translatedTimeline = () => {
  const el = document.createElement('summit-timeline') as SummitTimelineElement;
  el.layout = 'vertical';
  el.src = '/test/fixtures/translated.json';
  return el;
};

async function drawn(el: SummitTimelineElement, wrapper = html`<div style="width: 500px">${el}</div>`) {
  await fixture(wrapper);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="headline"]').length > 0, 'not drawn', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('translated content', () => {
  it('shows the language its lang names, the quote in the article’s words beside the desk’s labelled translation', async () => {
    const el = translatedTimeline();
    el.setAttribute('lang', 'ru');
    await drawn(el);
    await waitUntil(() => headlines(el).join() === 'Корейская война,Путин и Ким встречаются', `headlines: ${headlines(el)}`, {
      timeout: 4000,
    });
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Саммит');
    const quote = el.shadowRoot!.querySelector('[part="source"] q')!;
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(text(quote)).to.equal('Putin and Kim met at the Vostochny cosmodrome.');
    const translation = el.shadowRoot!.querySelector('.desk-translation')!;
    expect(translation.getAttribute('lang')).to.equal('ru');
    expect(text(translation)).to.equal('Перевод редакции, не слова из статьи: Путин и Ким встретились на космодроме Восточный.');
    // A translation is never set in quotation marks as anyone's words.
    expect(translation.closest('q, blockquote')).to.equal(null);
    expect(translation.querySelector('q')).to.equal(null);
  });

  it('shows what it always showed on a page in a language the data does not carry', async () => {
    const el = translatedTimeline();
    await drawn(el, html`<div lang="de" style="width: 500px">${el}</div>`);
    expect(headlines(el)).to.deep.equal(['The Korean War', 'Putin and Kim meet']);
    expect(el.shadowRoot!.querySelector('.desk-translation')).to.equal(null);
  });

  it('follows its page’s language when the data carries it', async () => {
    const el = translatedTimeline();
    await drawn(el, html`<div lang="ru" style="width: 500px">${el}</div>`);
    await waitUntil(() => headlines(el).join() === 'Корейская война,Путин и Ким встречаются', `headlines: ${headlines(el)}`, {
      timeout: 4000,
    });
  });

  it('shows a sheet’s Spanish headlines under lang="es"', async () => {
    const el = document.createElement('summit-timeline') as SummitTimelineElement;
    el.layout = 'vertical';
    el.setAttribute('lang', 'es');
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = 'Year,Headline,Headline (es)\n1950,The Korean War,La guerra de Corea\n2023,The summit,La cumbre\n';
    el.append(script);
    await drawn(el);
    await waitUntil(() => headlines(el).join() === 'La guerra de Corea,La cumbre', `headlines: ${headlines(el)}`, { timeout: 4000 });
  });
});

describe('the default chronology in the reader’s language', () => {
  const LANGUAGES = {
    ko: {
      title: '러시아와 북한: 80년 가까이 이어진 관계',
      last: '푸틴과 김정은, 보스토치니 우주기지에서 회담',
      date: '2023년 9월 13일',
      label: '기사 원문이 아닌 편집국 번역',
    },
    ru: {
      title: 'Россия и Северная Корея: почти восемь десятилетий отношений',
      last: 'Путин и Ким Чен Ын встречаются на космодроме Восточный',
      date: '13 сентября 2023 г.',
      label: 'Перевод редакции, не слова из статьи',
    },
    uk: {
      title: 'Росія і Північна Корея: майже вісім десятиліть відносин',
      last: 'Путін і Кім Чен Ин зустрічаються на космодромі Восточний',
      date: '13 вересня 2023 р.',
      label: 'Переклад редакції, не слова зі статті',
    },
  } as const;
  const ENGLISH_QUOTES = chronology.events.flatMap((event) => event.source.quote);

  for (const [lang, expected] of Object.entries(LANGUAGES)) {
    it(`<summit-timeline lang="${lang}"> with no data: the chronology in ${lang}, every quote in the article’s English beside the desk’s labelled translation`, async () => {
      const el = document.createElement('summit-timeline') as SummitTimelineElement;
      el.layout = 'vertical';
      el.setAttribute('lang', lang);
      await drawn(el);
      await waitUntil(() => headlines(el).at(-1) === expected.last, `headlines: ${headlines(el)}`, { timeout: 4000 });
      const root = el.shadowRoot!;
      expect(text(root.querySelector('[part="title"]'))).to.equal(expected.title);
      expect(headlines(el)).to.have.length(5);
      expect([...root.querySelectorAll('[part="date"]')].map(text)).to.include(expected.date);
      // The article's words, as printed, each marked as English.
      // (Quotations inside a quote are nested <q>s, their marks drawn by CSS.)
      const quotes = [...root.querySelectorAll('[part="source"] > q')];
      expect(quotes.map(text)).to.deep.equal(ENGLISH_QUOTES.map((q) => q.replace(/[“”]/g, '')));
      for (const q of quotes) expect(q.getAttribute('lang')).to.match(/^en\b/);
      // Beside each source, the desk's translation in the reader's language, labelled, never quoted as anyone's words.
      const translations = [...root.querySelectorAll('[part="source"] .desk-translation')];
      expect(translations).to.have.length(root.querySelectorAll('[part="source"]').length);
      for (const t of translations) {
        expect(t.getAttribute('lang')).to.equal(lang);
        expect(text(t.querySelector('.source-label'))).to.equal(`${expected.label}:`);
        expect(t.querySelector('q')).to.equal(null);
        expect(text(t)).to.not.match(/[«»“”„"「」『』]/);
      }
      // No English interface string is left around the translated text.
      expect(text(root.querySelector('.timeline') ?? root.host)).to.not.match(/From the article|Outside the article|Our translation/);
    });
  }

  it('stays as it always was, English throughout, on a lang="de" page', async () => {
    const el = document.createElement('summit-timeline') as SummitTimelineElement;
    el.layout = 'vertical';
    await drawn(el, html`<div lang="de" style="width: 500px">${el}</div>`);
    expect(headlines(el).at(-1)).to.equal('Putin and Kim meet at the Vostochny cosmodrome');
    expect(el.shadowRoot!.querySelector('.desk-translation')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part="source"] .source-label'))).to.equal('From the article:');
  });

  it('changes language when its own lang changes', async () => {
    const el = document.createElement('summit-timeline') as SummitTimelineElement;
    el.layout = 'vertical';
    await drawn(el);
    expect(headlines(el).at(-1)).to.equal('Putin and Kim meet at the Vostochny cosmodrome');
    el.setAttribute('lang', 'uk');
    await waitUntil(() => headlines(el).at(-1) === LANGUAGES.uk.last, `headlines: ${headlines(el)}`, { timeout: 4000 });
    el.setAttribute('lang', 'ko');
    await waitUntil(() => headlines(el).at(-1) === LANGUAGES.ko.last, `headlines: ${headlines(el)}`, { timeout: 4000 });
  });
});

describe('labels whole in every language the default chronology reads in (issue 31, item 5)', () => {
  /** Every era name and date label shown holds its whole text inside its box and inside the axis. */
  function expectWhole(el: SummitTimelineElement, where: string) {
    const root = el.shadowRoot!;
    const axis = root.querySelector('.axis-scroller')!.getBoundingClientRect();
    const inner = (node: Element) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    for (const name of root.querySelectorAll<HTMLElement>('.era-name')) {
      const text = inner(name.firstElementChild!);
      expect(text.width, `${where}: era “${name.textContent}” cut short`).to.be.at.most(name.getBoundingClientRect().width - 8 + 0.5);
      expect(text.left, `${where}: era “${name.textContent}” starts outside the axis`).to.be.at.least(axis.left - 0.5);
      expect(text.right, `${where}: era “${name.textContent}” ends outside the axis`).to.be.at.most(axis.right + 0.5);
    }
    for (const label of root.querySelectorAll<HTMLElement>('.marker-label')) {
      expect(inner(label).width, `${where}: “${label.textContent}” cut`).to.be.at.most(label.getBoundingClientRect().width + 0.5);
    }
  }

  for (const [lang, dir] of [
    ['ru', 'ltr'],
    ['uk', 'ltr'],
    ['ko', 'ltr'],
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['ja', 'ltr'],
    ['zh-Hans', 'ltr'],
  ] as const) {
    it(`in ${lang} at 1,280 px: every era name and date label whole, inside the axis`, async () => {
      const el = document.createElement('summit-timeline') as SummitTimelineElement;
      el.layout = 'horizontal';
      el.setAttribute('lang', lang);
      await fixture(html`<div dir=${dir} style="width: 1280px">${el}</div>`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="tab"]').length === 5, 'no axis', { timeout: 5000 });
      // The translation and the interface arrive as chunks: wait for the era names in the language asked for.
      await waitUntil(
        () =>
          ['ar', 'he', 'ja', 'zh-Hans'].includes(lang) || !/Korean War/.test(el.shadowRoot!.querySelector('.era-name')?.textContent ?? ''),
        'eras not translated',
        { timeout: 5000 },
      );
      await el.updateComplete;
      await el.updateComplete;
      expectWhole(el, lang);
    });
  }
});
