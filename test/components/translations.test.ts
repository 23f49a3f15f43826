// The chronology in the reader's language (issue 31): what the element shows for
// its own lang, its page's lang, and a sheet's language columns.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

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
