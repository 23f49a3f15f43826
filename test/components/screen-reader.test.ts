// What a screen-reader and keyboard user meets: names and descriptions from
// Chromium's accessibility tree, focus at the ends of the step buttons,
// quotation direction on a right-to-left page, and date labels never cut.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import { itWithChromeTools } from '../browser.js';
import { longTimeline, timelineWith } from './inline.js';
import { settled } from './settle.js';

const DEFAULT_IDS = ['stalin-kim-il-sung', 'korean-war', 'un-sanctions', 'invasion-of-ukraine', 'vostochny-summit'];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (el: SummitTimelineElement) => el.shadowRoot!;
const focused = (el: SummitTimelineElement) => root(el).activeElement as HTMLElement | null;

async function timelineAt(width: number, layout: 'vertical' | 'horizontal') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><summit-timeline layout=${layout}></summit-timeline></div>`,
  );
  const el = wrapper.querySelector('summit-timeline')!;
  const item = layout === 'vertical' ? 'li[data-id]' : '[role="tab"]';
  await waitUntil(() => root(el).querySelectorAll(item).length === 5, `no ${layout} timeline rendered`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** A node of Chromium's accessibility tree, as puppeteer gives it. */
interface AxNode {
  role: string;
  name?: string;
  description?: string;
  focused?: boolean;
  children?: AxNode[];
}
const axNodes = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(axNodes)];
/** The page's accessibility tree (it holds only the fixture), as a screen reader gets it. */
async function heard() {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  return axNodes(tree);
}

describe('what a screen reader hears', () => {
  itWithChromeTools('names a focused list item "date: headline", the date once, with the gap and era as its description', async () => {
    const el = await timelineAt(500, 'vertical');
    (root(el).querySelector('li[data-id="korean-war"]') as HTMLElement).focus();
    const item = (await heard()).find((node) => node.focused)!;
    expect(item.name).to.equal('1950–53: The Korean War, with Soviet support');
    expect(item.description).to.equal('about 5 years later Era: Korean War · 1950–53');
  });

  it('uses native headings at the page’s level: the title, then each headline one below', async () => {
    const el = await timelineAt(500, 'vertical');
    expect(root(el).querySelectorAll('[role="heading"]')).to.have.length(0);
    expect(text(root(el).querySelector('h2[part="title"]'))).to.equal('Russia and North Korea: nearly eight decades of ties');
    expect(root(el).querySelectorAll('h3[part="headline"]')).to.have.length(5);
  });

  // Chromium leaves a content-visibility: auto box out of its tree while it is out of view (.marker-run).
  itWithChromeTools('hears a marker far along a long axis once the keyboard reaches it', async () => {
    const el = await longTimeline('horizontal');
    const last = root(el).querySelector('#tab-119')!.getAttribute('aria-label')!;
    root(el).querySelector<HTMLElement>('[role="tab"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(async () => (await heard()).find((node) => node.focused)?.name === last, 'the last marker, focused, is not heard');
  });

  itWithChromeTools('exposes only the shown card’s tab panel, and hears each break and era with its event, dates and all', async () => {
    await timelineAt(1000, 'horizontal');
    const nodes = await heard();
    expect(nodes.filter((node) => node.role === 'tabpanel')).to.have.length(1);
    // Not detached before the tabs (issue 31, finding 5): the breaks and era bars are not heard on their own…
    const texts = nodes.filter((node) => node.role === 'StaticText').map((node) => node.name);
    expect(texts.filter((t) => /gap of|Era:|53 years/.test(t ?? ''))).to.deep.equal([]);
    // …but with the markers they sit beside: the gap before an event, and the eras it falls in, with their dates.
    const tabs = nodes.filter((node) => node.role === 'tab');
    const described = Object.fromEntries(tabs.map((tab) => [tab.name, tab.description ?? '']));
    expect(described['1950–53: The Korean War, with Soviet support']).to.equal('Era: Korean War · 1950–53');
    expect(described['Oct. 14, 2006: Russia votes for U.N. sanctions on North Korea']).to.equal('gap of 53 years, 1953 to 2006');
    expect(described['Feb. 24, 2022: Russia invades Ukraine']).to.equal(
      'gap of 15 years, 2006 to 2022 Era: Russia’s war in Ukraine · since Feb. 24, 2022',
    );
  });

  for (const [button, other, end] of [
    ['next', 'previous', '5 of 5'],
    ['previous', 'next', '1 of 5'],
  ] as const) {
    it(`keeps focus on a step button when ${button} reaches the end (${end})`, async () => {
      const el = await timelineAt(1000, 'horizontal');
      if (button === 'previous') el.goTo(DEFAULT_IDS[4]);
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>(`.step.${button}`)!.focus();
      // Activated as a keyboard user does, on the focused button, until it reaches the end.
      for (let i = 0; i < 4; i++) {
        (focused(el) as HTMLButtonElement | null)?.click();
        await el.updateComplete;
      }
      await nextFrame();
      expect(text(root(el).querySelector('.position'))).to.equal(end);
      expect(document.activeElement, 'focus stays in the timeline').to.equal(el);
      expect(focused(el)?.classList.contains(other), `focus on ${other}`).to.equal(true);
    });
  }

  it('sets English quotations in their own marks and direction on a Hebrew right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="he" style="width: 500px">
      <summit-timeline layout="vertical"></summit-timeline>
    </div>`);
    const el = wrapper.querySelector('summit-timeline')!;
    await waitUntil(() => root(el).querySelectorAll('li[data-id]').length === 5, 'no timeline rendered', { timeout: 4000 });
    const quotes = [...root(el).querySelectorAll('.source q, .relative q')];
    expect(quotes.length).to.be.above(5);
    for (const quote of quotes) {
      const style = getComputedStyle(quote);
      expect([style.direction, style.quotes.split(' ')[0]], text(quote).slice(0, 30)).to.deep.equal(['ltr', '"“"']);
    }
  });

  it('never cuts a date label mid-word on a dense axis of month dates', async () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    const events = Array.from({ length: 24 }, (_, i) => ({
      id: `e${i}`,
      date: `${1608 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      headline: `${months[i % 12]} ${1608 + Math.floor(i / 12)}`,
    }));
    const el = timelineWith({ events }, { layout: 'horizontal' });
    await fixture<HTMLDivElement>(html`<div style="width: 900px">${el}</div>`);
    await waitUntil(() => root(el).querySelectorAll('[role="tab"]').length === 24, 'dense axis not rendered');
    await settled(el);
    const labels = [...root(el).querySelectorAll<HTMLElement>('.marker-label')];
    expect(labels.length).to.be.above(0);
    for (const label of labels) {
      expect(label.scrollWidth, text(label)).to.be.at.most(label.clientWidth + 1);
      expect(text(label)).to.match(
        /^(January|February|March|April|May|June|July|August|September|October|November|December) 16(08|09)$|^16(08|09)$/,
      );
    }
  });
});
