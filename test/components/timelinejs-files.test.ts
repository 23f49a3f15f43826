// TimelineJS files and a Sheets CSV shaped like newsrooms' own (test/fixtures/timelinejs),
// rendered at a desktop and a phone width, checked for what a reader sees and hears.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import { settled } from './settle.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function load(name: string, width: number, attrs: { layout?: string; lang?: string; editor?: boolean } = {}) {
  const el = await fixture<SummitTimelineElement>(
    html`<div style="width: ${width}px">
      <summit-timeline
        src="/test/fixtures/timelinejs/${name}"
        layout=${attrs.layout ?? 'vertical'}
        lang=${attrs.lang ?? 'en'}
        ?editor=${attrs.editor ?? false}
      ></summit-timeline>
    </div>`,
  ).then((div) => div.querySelector('summit-timeline')!);
  await waitUntil(() => el.shadowRoot!.querySelector('.card, .unavailable'), `${name} did not render`, { timeout: 6000 });
  return settled(el);
}

const cards = (el: SummitTimelineElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-id] .card')];

for (const width of [1280, 375]) {
  describe(`a TimelineJS file with every kind of media, at ${width} px`, () => {
    it('shows the title slide’s words, not its tags, and every slide', async () => {
      const el = await load('media-and-markup.json', width);
      const root = el.shadowRoot!;
      expect(text(root.querySelector('[part="title"]'))).to.equal('Armistice without peace');
      expect((root.querySelector<HTMLElement>('[part="description"]')?.innerText ?? '').replace(/\s+/g, ' ').trim()).to.equal(
        'In this sample timeline, every kind of media TimelineJS takes. Its JSON format is documented.',
      );
      expect(root.querySelector('[part="description"] a')?.getAttribute('href')).to.equal(
        'https://timeline.knightlab.com/docs/json-format.html',
      );
      expect(root.textContent).to.not.contain('<p').and.not.contain('alert');
      expect(cards(el)).to.have.length(7);
    });

    it('shows a quotation, a post with a link to it, a link for an iframe, and every photo', async () => {
      const el = await load('media-and-markup.json', width);
      const [quote, tweet, frame, photo, untitled] = cards(el);
      expect(text(quote.querySelector('blockquote'))).to.equal('“In the last few days, I have had to make a decision.”');
      expect(text(quote.querySelector('figcaption'))).to.equal('— Harry S. Truman');
      expect(text(tweet.querySelector('blockquote'))).to.contain('Truman relieved MacArthur');
      expect(tweet.querySelector('figcaption a')?.getAttribute('href')).to.match(/^https:\/\/twitter\.com\/archivedesk\/status\//);
      expect(el.shadowRoot!.querySelector('iframe'), 'no third-party frame').to.equal(null);
      expect(frame.querySelector('.media-link a')?.getAttribute('href')).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
      expect(text(frame.querySelector('.media-link a'))).to.equal('Newsreel: truce talks open');
      expect(photo.querySelector('img')?.alt).to.equal('Eisenhower in Korea, December 1952');
      expect(text(photo.querySelector('figcaption'))).to.contain('U.S. Army');
      // The slide without a headline: date, text and a decorative photo.
      expect(untitled.querySelector('[part="headline"]')).to.equal(null);
      expect(text(untitled.querySelector('time'))).to.equal('March 5, 1953');
      expect(untitled.querySelector('img')?.getAttribute('alt')).to.equal('');
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(3);
      await expect(el).to.be.accessible();
    });
  });
}

describe('a TimelineJS file in editor mode', () => {
  it('reports every conversion as a notice, naming the slide', async () => {
    const el = await load('media-and-markup.json', 1280, { editor: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="editor"]'), 'no editor panel', { timeout: 4000 });
    const panel = text(el.shadowRoot!.querySelector('[part="editor"]'));
    expect(panel).to.contain('shown as a quotation on the card');
    expect(panel).to.contain('X (Twitter) post');
    expect(panel).to.contain('never a frame from another site');
    expect(panel).to.contain('using the caption');
    expect(panel).to.contain('shown as decorative');
  });
});

describe('B.C. dates from TimelineJS', () => {
  for (const [lang, dates] of [
    ['en', ['April 21, 753 B.C.', '509 B.C.', 'March 15, 44 B.C.', 'Jan. 16, 27 B.C.', '1 B.C.', 'Aug. 19, A.D. 14']],
    [
      'ru',
      [
        '21 апреля 753 г. до н. э.',
        '509 г. до н. э.',
        '15 марта 44 г. до н. э.',
        '16 января 27 г. до н. э.',
        '1 г. до н. э.',
        '19 августа 14 г. н. э.',
      ],
    ],
  ] as const) {
    it(`are placed and labelled in ${lang}, in both layouts`, async () => {
      const el = await load('bce.json', 1280, { lang });
      expect(cards(el).map((card) => text(card.querySelector('time')))).to.deep.equal(dates);
      el.layout = 'horizontal';
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="tab"]').length === 6, 'no axis', { timeout: 4000 });
      const names = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.getAttribute('aria-label'));
      expect(names[0]).to.equal(`${dates[0]}: ${lang === 'en' ? 'Rome is founded' : 'Rome is founded'}`);
    });
  }

  it('keeps the title of a file whose every event is refused, and says so instead of "could not be loaded"', async () => {
    const el = await load('beyond-deep-only.json', 1280);
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Beyond deep time');
    expect(text(el.shadowRoot!.querySelector('.unavailable'))).to.equal('None of this timeline’s events could be shown.');
  });

  it('places deep time from a cosmological file in both layouts, with breaks and labels a science desk prints', async () => {
    const el = await load('cosmological.json', 1280);
    const labels = ['13.8 billion years ago', '4.54 billion years ago', '66 million years ago', '3200 B.C.', 'July 20, 1969'];
    expect(cards(el).map((card) => text(card.querySelector('time')))).to.deep.equal(labels);
    expect([...el.shadowRoot!.querySelectorAll('[part="gap"]')].map(text).filter(Boolean)).to.deep.equal([
      '9.26 billion years later',
      '4.474 billion years later',
      '65.9968 million years later',
      '5168 years later',
    ]);
    el.layout = 'horizontal';
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="tab"]').length === 5, 'no axis', { timeout: 4000 });
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(labels);
    // In order along the axis, each long gap a break.
    const xs = tabs.map((tab) => tab.getBoundingClientRect().left);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    expect(el.shadowRoot!.querySelectorAll('[part="break"]').length).to.be.at.least(3);
  });
});

describe('labels a copy desk would sign (issue 30)', () => {
  for (const lang of ['en', 'ru', 'uk', 'ko', 'es', 'fr', 'de', 'pt', 'it', 'ja', 'zh-Hans', 'ar', 'he'] as const) {
    it(`are the same in every browser as from the CLI, in ${lang}`, async () => {
      const expected = (await (await fetch('/test/fixtures/labels/labels.expected.json')).json())[lang];
      const el = await fixture<SummitTimelineElement>(
        html`<summit-timeline src="/test/fixtures/labels/labels.json" layout="vertical" lang=${lang}></summit-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.card').length === expected.length, 'not drawn', { timeout: 6000 });
      // As the page's text: a no-break space in "315 000" reads as a space.
      expect(cards(el).map((card) => text(card.querySelector('time')))).to.deep.equal(
        expected.map((label: string) => label.replace(/\s+/g, ' ')),
      );
    });
  }
});

describe('the Sheets template as CSV', () => {
  it('renders B.C. rows, a quotation and a row without a headline', async () => {
    const el = await load('sheets-template.csv', 375);
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Rome in a spreadsheet');
    expect(cards(el).map((card) => text(card.querySelector('time')))).to.deep.equal([
      'April 21, 753 B.C.',
      'The Ides of March',
      'Jan. 16, 27 B.C.',
    ]);
    expect(text(cards(el)[0].querySelector('blockquote'))).to.equal('“Rome was not built in a day.”');
    expect(text(cards(el)[2].querySelector('[part="body"]'))).to.equal('Octavian takes the name Augustus.');
  });
});
