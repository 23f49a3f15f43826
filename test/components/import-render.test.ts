import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Everything a reader sees of each card, to compare formats. */
async function readerView(src: string) {
  const el = await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical" src=${src}></summit-timeline>`);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('li[data-id]').length === 3, `${src} did not render`, { timeout: 4000 });
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    el,
    title: text(root.querySelector('[part="title"]')),
    eras: [...root.querySelectorAll('[part="era"]')].map(text),
    cards: [...root.querySelectorAll('.card')].map((card) => ({
      group: text(card.querySelector('[part="group"]')),
      date: text(card.querySelector('time')),
      headline: card.querySelector('[part="headline"]')!.innerHTML.replace(/<!--.*?-->/g, ''),
      body: [...card.querySelectorAll('[part="body"] p')].map((p) => p.innerHTML.replace(/<!--.*?-->/g, '')),
      image: card.querySelector('img') && [
        card.querySelector('img')!.getAttribute('src'),
        card.querySelector('img')!.alt,
        card.querySelector('img')!.loading,
      ],
      figcaption: text(card.querySelector('figcaption')),
      link: card.querySelector('.media-link a')?.getAttribute('href') ?? null,
    })),
  };
}

describe('imported timelines', () => {
  it('render TimelineJS3 JSON and a published-Sheets CSV exactly as the equivalent native JSON', async () => {
    const native = await readerView('/test/fixtures/import/korean-war.native.json');
    const timelinejs = await readerView('/test/fixtures/import/korean-war.timelinejs.json');
    const sheets = await readerView('/test/fixtures/import/korean-war.sheets.csv');
    for (const view of [timelinejs, sheets]) {
      expect(view.title).to.equal(native.title);
      expect(view.eras).to.deep.equal(native.eras);
      expect(view.cards).to.deep.equal(native.cards);
    }
    expect(native.cards[0]).to.deep.include({
      group: 'War',
      date: '4 a.m. June 25, 1950',
      image: ['https://example.org/photos/38th-parallel.jpg', 'A road sign marking the 38th parallel', 'lazy'],
      figcaption: 'The border in 1950. Archive photo',
    });
    expect(native.cards[0].body).to.deep.equal([
      'Troops cross the <strong>38th parallel</strong> before dawn.',
      'Seoul falls within days.',
    ]);
    expect(native.cards[1].headline).to.equal('U.N. forces land at <em>Inchon</em>');
    expect(native.cards[1].date).to.equal('Mid-September 1950');
    expect(native.cards[2].link).to.equal('https://example.org/video/armistice');
    await expect(native.el).to.be.accessible();
  });

  it('reads inline CSV and honours format="csv" on any URL', async () => {
    const el = await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical">
      <script type="text/csv">
date,headline
2022-02-24,Russia invades Ukraine
2023-09-13,Putin and Kim meet
      </script>
    </summit-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li[data-id]').length === 2, 'inline CSV not rendered');
    expect(text(el.shadowRoot!.querySelector('[part="gap"]'))).to.equal('18 months later');
    const forced = await fixture<SummitTimelineElement>(
      html`<summit-timeline layout="vertical" format="csv" src="/test/fixtures/import/sheet-export.txt"></summit-timeline>`,
    );
    await waitUntil(() => forced.shadowRoot!.querySelectorAll('li[data-id]').length === 3, 'format="csv" not honoured');
  });
});
