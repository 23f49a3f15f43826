import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

type StaticWindow = Window & { errors: string[]; loadTimeline: () => Promise<unknown>; loadPlainBundle: () => Promise<unknown> };

async function staticPage(query = '') {
  const iframe = await fixture<HTMLIFrameElement>(
    html`<iframe title="Static render" style="width: 640px; height: 600px" src="/__static__/summit.html?${query}"></iframe>`,
  );
  await waitUntil(
    () => iframe.contentDocument?.readyState === 'complete' && iframe.contentDocument.querySelector('summit-timeline'),
    'static page did not load',
    { timeout: 8000 },
  );
  const win = iframe.contentWindow as StaticWindow;
  const el = iframe.contentDocument!.querySelector('summit-timeline') as SummitTimelineElement;
  return { iframe, win, el, doc: iframe.contentDocument! };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('static HTML (renderStatic)', () => {
  it('reads as the full timeline with no JavaScript, from declarative shadow DOM', async () => {
    const { el, win } = await staticPage();
    expect(win.customElements.get('summit-timeline')).to.equal(undefined);
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')];
    expect(cards).to.have.length(5);
    expect(cards.map((c) => text(c.querySelector('time')))).to.deep.equal([
      'c. 1945',
      '1950–53',
      'Oct. 14, 2006',
      'Feb. 24, 2022',
      'Sept. 13, 2023',
    ]);
    expect(cards.every((c) => c.offsetHeight > 0)).to.equal(true);
    // The readable list after it would say it all again: hidden while the drawn timeline is there.
    const list = el.nextElementSibling as HTMLElement;
    expect(list.matches('[data-summit-fallback]')).to.equal(true);
    expect(list.offsetHeight).to.equal(0);
  });

  it('carries a plain chronology after the element for channels without shadow DOM', async () => {
    const { el } = await staticPage();
    const items = [...el.nextElementSibling!.querySelectorAll(':scope > ol > li')];
    expect(items.map((li) => text(li.querySelector('time')))).to.deep.equal([
      'c. 1945',
      '1950–53',
      'Oct. 14, 2006',
      'Feb. 24, 2022',
      'Sept. 13, 2023',
    ]);
    expect(items.map((li) => li.querySelector('h3')?.textContent)).to.include('Russia invades Ukraine');
    expect(text(items[2].querySelector('[data-outside]')))
      .to.contain('Outside the article')
      .and.contain('Resolution 1718');
    expect(items.every((li) => li.querySelector('blockquote'))).to.equal(true);
    // The working for the relative date travels with it.
    expect(text(items[0].querySelector('[data-relative]')))
      .to.contain('dates back nearly eight decades')
      .and.contain('2023 − nearly 80 years ≈ 1945');
  });

  it('hydrates in place when the script loads: same nodes, no errors, then interactive', async () => {
    const { el, win } = await staticPage();
    const before = [...el.shadowRoot!.querySelectorAll('.card')];
    await win.loadTimeline();
    await waitUntil(() => el.hasUpdated, 'did not hydrate', { timeout: 4000 });
    await el.updateComplete;
    await el.updateComplete;
    const after = [...el.shadowRoot!.querySelectorAll('.card')];
    expect(after).to.have.length(5);
    after.forEach((card, i) => expect(card, `card ${i}`).to.equal(before[i]));
    expect(win.errors).to.deep.equal([]);
    expect((el.nextElementSibling as HTMLElement).offsetHeight, 'the list after it').to.equal(0);
    el.goTo('korean-war');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li[data-id="korean-war"]')!.classList.contains('selected')).to.equal(true);
  });

  it('renders and hydrates other languages, agreeing on every date', async () => {
    const { el, win } = await staticPage('lang=ru');
    const dates = () => [...el.shadowRoot!.querySelectorAll('.card time')].map(text);
    const server = dates();
    expect(server).to.deep.equal(['ок. 1945', '1950–1953', '14 октября 2006 г.', '24 февраля 2022 г.', '13 сентября 2023 г.']);
    const firstCard = el.shadowRoot!.querySelector('.card');
    await win.loadTimeline();
    await waitUntil(() => el.hasUpdated, 'did not hydrate', { timeout: 4000 });
    await el.updateComplete;
    expect(dates()).to.deep.equal(server);
    expect(el.shadowRoot!.querySelector('.card')).to.equal(firstCard);
    expect(win.errors).to.deep.equal([]);
  });

  it('meets the plain bundle (no hydration support) by rendering once, not a second copy', async () => {
    const { el, win } = await staticPage();
    await win.loadPlainBundle();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="headline"]').length >= 5 || win.errors.length, 'did not upgrade', {
      timeout: 4000,
    });
    await el.updateComplete;
    expect(win.errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[part="headline"]')).to.have.length(5);
    expect(el.shadowRoot!.querySelectorAll('[part="title"]')).to.have.length(1);
  });
});
