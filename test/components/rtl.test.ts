import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import { settled } from './settle.js';
import { timelineWith } from './inline.js';

// Hebrew content on a right-to-left page.
const DATA = JSON.stringify({
  lang: 'he',
  title: 'רוסיה וצפון קוריאה',
  events: [
    { id: 'war', date: '1950/1953', headline: 'מלחמת קוריאה' },
    { id: 'invasion', date: '2022-02-24', headline: 'רוסיה פולשת לאוקראינה' },
    { id: 'summit', date: '2023-09-13', headline: 'פוטין וקים נפגשים בווסטוצ׳ני' },
  ],
});

async function rtlTimeline(layout: 'horizontal' | 'vertical') {
  const el = timelineWith(DATA, { layout });
  await fixture(html`<div dir="rtl" style="width: 900px"><button id="before">לפני</button>${el}</div>`);
  const item = layout === 'horizontal' ? '[role="tab"]' : 'li[data-id]';
  await waitUntil(() => el.shadowRoot!.querySelectorAll(item).length === 3, 'not rendered', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const box = (el: SummitTimelineElement, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

describe('right to left', () => {
  it('mirrors the horizontal axis: time runs from right to left', async () => {
    const el = await rtlTimeline('horizontal');
    const xs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().left);
    expect(xs[0]).to.be.greaterThan(xs[1]);
    expect(xs[1]).to.be.greaterThan(xs[2]);
    const axis = box(el, '.axis-scroller');
    for (const x of xs) expect(x).to.be.within(axis.left, axis.right);
    // Visible labels stay beside their markers and apart from each other.
    const labels = [...el.shadowRoot!.querySelectorAll('.marker-label')].map((l) => l.getBoundingClientRect());
    for (const label of labels) expect(label.left).to.be.within(axis.left - 1, axis.right + 1);
    await expect(await settled(el)).to.be.accessible();
  });

  it('writes each axis label in its own direction: a date range reads “1950–53”, not “53–1950”', async () => {
    const el = await rtlTimeline('horizontal');
    const label = [...el.shadowRoot!.querySelectorAll('.marker-label')].find((l) => /1950/.test(l.textContent ?? ''))!;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.textContent!.includes('1950')) text = walker.nextNode();
    if (!text) throw new Error('no text node with 1950 in the label');
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(text!, offset);
      range.setEnd(text!, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const content = text.textContent!;
    expect(content.trim().startsWith('1950'), content).to.equal(true);
    expect(at(content.indexOf('1950')), `“${content}” is drawn with 1950 first, on the left`).to.be.lessThan(at(content.lastIndexOf('53')));
  });

  it('moves forward in time with the left arrow, as readers of the page read', async () => {
    const el = await rtlTimeline('horizontal');
    (el.parentElement!.querySelector('#before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.selected).to.equal('invasion');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.selected).to.equal('war');
  });

  it('puts the line on the right of the vertical list and aligns text to the right', async () => {
    const el = await rtlTimeline('vertical');
    // The rail (its line and dot are the item's ::before and ::after) is the item's first column: on the right.
    const item = box(el, '.event');
    const card = box(el, '.card');
    expect(item.right - card.right).to.be.greaterThan(20);
    expect(card.left - item.left).to.be.lessThan(2);
    // Chromium reports the logical value, Firefox the physical one: both mean the right edge here.
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="headline"]')!).textAlign).to.be.oneOf(['start', 'right']);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="headline"]')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});

describe('a timeline’s own language decides its direction (issue 31, finding 3)', () => {
  const RUSSIAN = JSON.stringify({
    events: [
      { id: 'war', date: '1950/1953', headline: 'Корейская война' },
      { id: 'invasion', date: '2022-02-24', headline: 'Россия вторгается в Украину' },
      { id: 'summit', date: '2023-09-13', headline: 'Путин и Ким встречаются на Восточном' },
    ],
  });

  it('lays a lang="ru" timeline out left to right on an Arabic page, keys and all', async () => {
    const el = timelineWith(RUSSIAN, { layout: 'horizontal' });
    el.setAttribute('lang', 'ru');
    await fixture(html`<div dir="rtl" lang="ar" style="width: 900px"><button id="before">قبل</button>${el}</div>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="tab"]').length === 3, 'not rendered', { timeout: 4000 });
    await el.updateComplete;
    const xs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().left);
    expect(xs[0]).to.be.lessThan(xs[1]);
    expect(xs[1]).to.be.lessThan(xs[2]);
    (el.parentElement!.querySelector('#before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.selected).to.equal('invasion');
  });

  it('lays a lang="he" timeline out right to left on a left-to-right page', async () => {
    const el = timelineWith(DATA, { layout: 'horizontal' });
    el.setAttribute('lang', 'he');
    await fixture(html`<div style="width: 900px">${el}</div>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="tab"]').length === 3, 'not rendered', { timeout: 4000 });
    await el.updateComplete;
    const xs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().left);
    expect(xs[0]).to.be.greaterThan(xs[1]);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.timeline')!).direction).to.equal('rtl');
  });
});

describe('era names on a right-to-left page (issue 31, finding 4)', () => {
  it('shows “Russia’s war in Ukraine” whole at 1,280 px, its start not cut', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="he" style="width: 1280px"><summit-timeline layout="horizontal"></summit-timeline></div>`,
    );
    const el = wrapper.querySelector<SummitTimelineElement>('summit-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="tab"]').length === 5, 'no axis', { timeout: 5000 });
    await el.updateComplete;
    const axis = el.shadowRoot!.querySelector('.axis-scroller')!.getBoundingClientRect();
    const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.era-name')];
    expect(names.map((name) => name.firstElementChild!.textContent)).to.deep.equal(['Korean War', 'Russia’s war in Ukraine']);
    for (const name of names) {
      const range = document.createRange();
      range.selectNodeContents(name.firstElementChild!);
      const text = range.getBoundingClientRect();
      expect(text.left, `${name.textContent}`).to.be.at.least(axis.left - 0.5);
      expect(text.right, `${name.textContent}`).to.be.at.most(axis.right + 0.5);
      expect(text.width).to.be.at.most(name.getBoundingClientRect().width - 8 + 0.5);
    }
  });
});

describe('Arabic and Hebrew interfaces (issue 31, finding 2)', () => {
  const buttons = (el: SummitTimelineElement) => [...el.shadowRoot!.querySelectorAll('button.step')].map((b) => b.textContent!.trim());

  it('speaks Hebrew around Hebrew content on a right-to-left page', async () => {
    const el = await rtlTimeline('horizontal');
    await waitUntil(() => buttons(el).join() === 'הקודם,הבא', `buttons: ${buttons(el)}`, { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('אירועים');
  });

  it('puts an Arabic interface around the default chronology for lang="ar", right to left, no English string in it', async () => {
    const el = document.createElement('summit-timeline') as SummitTimelineElement;
    el.layout = 'horizontal';
    el.setAttribute('lang', 'ar');
    await fixture(html`<div dir="rtl" lang="ar" style="width: 1100px">${el}</div>`);
    await waitUntil(() => buttons(el).join() === 'السابق,التالي', `buttons: ${buttons(el)}`, { timeout: 4000 });
    await settled(el);
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.timeline')!).direction).to.equal('rtl');
    expect(root.querySelector('[part="position"], .position')?.textContent?.trim()).to.equal('1 من 5');
    // The content is the article's English, marked as such; the words around it are Arabic.
    expect(root.querySelector('[part="headline"]')!.closest('[lang]')!.getAttribute('lang')).to.match(/^en/);
    const labels = [...root.querySelectorAll('.source-label, summary, [part="credit"]')].map((n) => n.textContent!);
    expect(labels.join(' '))
      .to.match(/من المقال/)
      .and.not.match(/From the article|How this date|Dates and quotes/);
  });
});
