import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import type { SummitSelectEvent } from '../../src/events/summit-select-event.js';
import { syntheticTimeline } from '../synthetic.js';
import { settled } from './settle.js';
import { inFirefox, itWithChromeTools } from '../browser.js';
import { longTimeline, timelineWith } from './inline.js';

const DEFAULT_IDS = ['stalin-kim-il-sung', 'korean-war', 'un-sanctions', 'invasion-of-ukraine', 'vostochny-summit'];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (el: SummitTimelineElement) => el.shadowRoot!;
/** The element that has focus inside the timeline's shadow root. */
const focused = (el: SummitTimelineElement) => root(el).activeElement as HTMLElement | null;

async function ready(el: SummitTimelineElement, layout: 'vertical' | 'horizontal') {
  const item = layout === 'vertical' ? 'li[data-id]' : '[role="tab"]';
  await waitUntil(() => root(el).querySelectorAll(item).length === 5, `no ${layout} timeline rendered`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** A timeline in a container of the given width, with a button before it to Tab from. */
async function timelineAt(width: number, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <button id="before">before</button>
    <summit-timeline></summit-timeline>
  </div>`);
  const el = wrapper.querySelector('summit-timeline')!;
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    el.setAttribute(name, value);
  }
  return el;
}

async function tabInto(el: SummitTimelineElement) {
  (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

describe('layout="auto"', () => {
  it('is vertical in a narrow column and horizontal from 720 px, following the element’s own width', async () => {
    const el = await ready(await timelineAt(600), 'vertical');
    expect(el.resolvedLayout).to.equal('vertical');
    el.parentElement!.style.width = '1000px';
    await ready(el, 'horizontal');
    expect(root(el).querySelector('[role="tablist"]')).to.not.equal(null);
    el.parentElement!.style.width = '700px';
    await ready(el, 'vertical');
    expect(root(el).querySelector('[role="tablist"]')).to.equal(null);
  });

  it('keeps drawing its events while the other layout’s code loads, never a blank space', async () => {
    // Each element loads a layout's code the first time it needs it, so the first
    // switch each way waits for it: the page below must not jump up and down meanwhile.
    for (const [from, to, fromItem, toItem] of [
      [600, 1000, 'li[data-id]', '[role="tab"]'],
      [1000, 600, '[role="tab"]', 'li[data-id]'],
    ] as const) {
      const el = await ready(await timelineAt(from), from < 720 ? 'vertical' : 'horizontal');
      const drawn: number[] = [];
      const observer = new MutationObserver(() => drawn.push(root(el).querySelectorAll(`${fromItem}, ${toItem}`).length));
      observer.observe(root(el), { childList: true, subtree: true });
      el.parentElement!.style.width = `${to}px`;
      await waitUntil(() => root(el).querySelectorAll(toItem).length === 5, `never switched to ${toItem}`, { timeout: 4000 });
      observer.disconnect();
      expect(drawn.length, 'the switch was watched').to.be.greaterThan(0);
      expect(
        drawn.filter((count) => count === 0),
        `${from} → ${to} px: events drawn at each change`,
      ).to.deep.equal([]);
    }
  });

  it('keeps its layout while hidden, so hiding and showing it again does not redraw it', async () => {
    const el = await ready(await timelineAt(1000), 'horizontal');
    const axis = root(el).querySelector('[role="tablist"]');
    el.parentElement!.hidden = true;
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    await el.updateComplete;
    expect(el.resolvedLayout).to.equal('horizontal');
    el.parentElement!.hidden = false;
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    await el.updateComplete;
    expect(root(el).querySelector('[role="tablist"]'), 'the same axis, not a new one').to.equal(axis);
  });

  it('lays out correctly when a hidden container is shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div hidden style="width: 1000px"><summit-timeline></summit-timeline></div>`);
    const el = wrapper.querySelector('summit-timeline')!;
    await waitUntil(() => el.events.length === 5, 'data not read while hidden');
    wrapper.hidden = false;
    await ready(el, 'horizontal');
    const markers = [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')];
    const axis = root(el).querySelector<HTMLElement>('.axis')!.getBoundingClientRect();
    for (const marker of markers) {
      const box = marker.getBoundingClientRect();
      expect(box.left, marker.dataset.id).to.be.at.least(axis.left - 1);
      expect(box.right, marker.dataset.id).to.be.at.most(axis.right + 1);
    }
    // True time: the 18 months before the summit are not squeezed to nothing.
    expect(markers[4].getBoundingClientRect().left - markers[3].getBoundingClientRect().left).to.be.greaterThan(60);
  });
});

describe('keyboard', () => {
  it('walks every event of the vertical list with the arrow keys, Home and End, as one tab stop', async () => {
    const el = await ready(await timelineAt(500, 'layout=vertical'), 'vertical');
    const tabStops = [...root(el).querySelectorAll('li[data-id]')].filter((li) => (li as HTMLElement).tabIndex === 0);
    expect(tabStops).to.have.length(1);
    await tabInto(el);
    expect(focused(el)?.dataset.id).to.equal(DEFAULT_IDS[0]);
    for (const id of DEFAULT_IDS.slice(1)) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal(id);
      expect(el.selected).to.equal(id);
      expect(focused(el)?.getAttribute('aria-current')).to.equal('true');
    }
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect([focused(el)?.dataset.id, el.selected]).to.deep.equal([DEFAULT_IDS[0], DEFAULT_IDS[0]]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect([focused(el)?.dataset.id, el.selected]).to.deep.equal([DEFAULT_IDS[4], DEFAULT_IDS[4]]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)?.dataset.id).to.equal(DEFAULT_IDS[3]);
    await expect(await settled(el)).to.be.accessible();
  });

  it('walks every event of the horizontal axis, showing each one’s card, and Enter moves to the card', async () => {
    const el = await ready(await timelineAt(1000, 'layout=horizontal'), 'horizontal');
    await tabInto(el);
    expect(focused(el)?.getAttribute('role')).to.equal('tab');
    expect(focused(el)?.dataset.id).to.equal(DEFAULT_IDS[0]);
    for (const [i, id] of DEFAULT_IDS.entries()) {
      if (i > 0) await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.dataset.id).to.equal(id);
      expect(focused(el)?.getAttribute('aria-selected')).to.equal('true');
      const panel = root(el).querySelector('[role="tabpanel"]:not([hidden])')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal(focused(el)!.id);
      expect(text(panel.querySelector('[part="headline"]'))).to.equal(
        focused(el)!.getAttribute('aria-label')!.split(': ').slice(1).join(': '),
      );
    }
    expect(text(root(el).querySelector('.position'))).to.equal('5 of 5');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.selected).to.equal(DEFAULT_IDS[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.getAttribute('role') === 'tabpanel', 'Enter did not move focus to the card');
    await expect(await settled(el)).to.be.accessible();
  });

  it('gives each marker the full date and headline as its name, even when its label is hidden', async () => {
    const el = await ready(await timelineAt(1000, 'layout=horizontal'), 'horizontal');
    const names = [...root(el).querySelectorAll('[role="tab"]')].map((tab) => tab.getAttribute('aria-label'));
    expect(names[3]).to.equal('Feb. 24, 2022: Russia invades Ukraine');
    expect(names[4]).to.equal('Sept. 13, 2023: Putin and Kim meet at the Vostochny cosmodrome');
  });

  it('keeps keys to the instance that has focus', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px">
      <summit-timeline id="one" layout="vertical"></summit-timeline>
      <summit-timeline id="two" layout="vertical"></summit-timeline>
    </div>`);
    const [one, two] = [...wrapper.querySelectorAll('summit-timeline')];
    await ready(one, 'vertical');
    await ready(two, 'vertical');
    (root(one).querySelector('li[data-id]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await one.updateComplete;
    expect(one.selected).to.equal(DEFAULT_IDS[2]);
    expect(two.selected).to.equal('');
  });
});

describe('selection API', () => {
  it('fires summit-select for reader actions only, never for goTo(), next() or previous()', async () => {
    const el = await ready(await timelineAt(1000, 'layout=horizontal'), 'horizontal');
    const fired: SummitSelectEvent[] = [];
    el.addEventListener('summit-select', (e) => fired.push(e));
    expect(el.goTo('un-sanctions')).to.equal(true);
    el.next();
    el.previous();
    el.selected = 'vostochny-summit';
    await el.updateComplete;
    expect(el.goTo('no-such-event')).to.equal(false);
    expect(fired).to.have.length(0);
    expect(root(el).querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('data-id')).to.equal('vostochny-summit');

    const click = oneEvent(el, 'summit-select');
    root(el).querySelector<HTMLElement>('[data-id="korean-war"]')!.click();
    const { detail } = await click;
    expect(detail).to.deep.equal({ id: 'korean-war', index: 1 });
    expect(fired).to.have.length(1);
  });

  it('steps with the previous/next buttons and announces the date and headline', async () => {
    const el = await ready(await timelineAt(1000, 'layout=horizontal'), 'horizontal');
    const next = root(el).querySelector<HTMLButtonElement>('.step.next')!;
    const previous = root(el).querySelector<HTMLButtonElement>('.step.previous')!;
    expect(previous.disabled).to.equal(true);
    next.click();
    await el.updateComplete;
    expect(el.selected).to.equal('korean-war');
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('1950–53: The Korean War, with Soviet support');
    expect(text(root(el).querySelector('[role="status"]'))).not.to.contain('From the article');
  });

  it('keeps every card in the page for in-page search, and shows the one search finds', async () => {
    const el = await ready(await timelineAt(1000, 'layout=horizontal'), 'horizontal');
    const panels = [...root(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')];
    expect(panels.map((p) => p.getAttribute('hidden'))).to.deep.equal([null, 'until-found', 'until-found', 'until-found', 'until-found']);
    expect(text(panels[3])).to.contain('18-month-old invasion');
    // A hidden panel keeps the card's words, not the card: a long timeline stays light.
    expect(panels.map((p) => p.querySelector('.card') !== null)).to.deep.equal([true, false, false, false, false]);
    expect(panels[3].querySelectorAll('*').length).to.equal(0);
    const select = oneEvent(el, 'summit-select');
    panels[3].dispatchEvent(new Event('beforematch', { bubbles: true }));
    expect((await select).detail).to.deep.equal({ id: 'invasion-of-ukraine', index: 3 });
    await el.updateComplete;
    expect(panels[3].hasAttribute('hidden')).to.equal(false);
    expect(panels[3].querySelector('[part="source"]')).to.not.equal(null);
    expect(panels[0].getAttribute('hidden')).to.equal('until-found');
    expect(panels[0].querySelector('.card')).to.equal(null);
  });

  it('steps on a horizontal swipe of the card', async () => {
    const el = await ready(await timelineAt(1000, 'layout=horizontal'), 'horizontal');
    const panel = root(el).querySelector<HTMLElement>('.panels')!;
    const swipe = (from: number, to: number, dy = 0) => {
      panel.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: from, clientY: 100, bubbles: true }));
      panel.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', clientX: to, clientY: 100 + dy, bubbles: true }));
    };
    swipe(300, 150);
    await el.updateComplete;
    expect(el.selected).to.equal('korean-war');
    swipe(300, 250, 200); // mostly vertical: page scrolling, not a step
    await el.updateComplete;
    expect(el.selected).to.equal('korean-war');
    swipe(150, 300);
    await el.updateComplete;
    expect(el.selected).to.equal('stalin-kim-il-sung');
    expect(getComputedStyle(panel).touchAction).to.equal('pan-y');
  });

  it('highlights the selected card in the vertical layout, and axe passes with it', async () => {
    const el = await ready(await timelineAt(500, 'layout=vertical selected=korean-war'), 'vertical');
    const li = root(el).querySelector('li[data-id="korean-war"]')!;
    expect(li.classList.contains('selected')).to.equal(true);
    expect(li.getAttribute('aria-current')).to.equal('true');
    await expect(await settled(el)).to.be.accessible();
  });
});

describe('deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens the event named in the hash on load', async () => {
    history.replaceState(null, '', '#summit/invasion-of-ukraine');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><summit-timeline id="summit"></summit-timeline></div>`);
    const el = await ready(wrapper.querySelector('summit-timeline')!, 'horizontal');
    expect(el.selected).to.equal('invasion-of-ukraine');
    expect(text(root(el).querySelector('.panel:not([hidden]) [part="headline"]'))).to.equal('Russia invades Ukraine');
  });

  it('keeps separate timelines separate: only the named one follows the hash', async () => {
    history.replaceState(null, '', '#second/un-sanctions');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px">
      <summit-timeline id="first" layout="vertical"></summit-timeline>
      <summit-timeline id="second" layout="vertical"></summit-timeline>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('summit-timeline')];
    await ready(first, 'vertical');
    await ready(second, 'vertical');
    expect(first.selected).to.equal('');
    expect(second.selected).to.equal('un-sanctions');
  });

  it('writes the selection into the hash with hash-links', async () => {
    const el = await ready(await timelineAt(1000, 'id=tl hash-links layout=horizontal'), 'horizontal');
    root(el).querySelector<HTMLElement>('[data-id="korean-war"]')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#tl/korean-war');
  });

  it('leaves the hash alone without hash-links', async () => {
    const el = await ready(await timelineAt(1000, 'id=quiet layout=horizontal'), 'horizontal');
    root(el).querySelector<HTMLElement>('[data-id="korean-war"]')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });
});

describe('a dense axis', () => {
  it('scrolls itself, not the page, to keep the selected marker in view', async () => {
    const el = timelineWith(syntheticTimeline(100), { layout: 'horizontal' });
    await fixture<HTMLDivElement>(html`<div style="width: 800px">${el}</div>`);
    await waitUntil(() => root(el).querySelectorAll('[role="tab"]').length === 100, 'dense axis not rendered');
    const scroller = root(el).querySelector<HTMLElement>('.axis-scroller')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(scroller.classList.contains('scrolls')).to.equal(true);
    const pageScroll = window.scrollY;
    el.goTo(el.events[99].id);
    await el.updateComplete;
    const marker = root(el).querySelector<HTMLElement>('[data-index="99"]')!.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(marker.left).to.be.at.least(view.left);
    expect(marker.right).to.be.at.most(view.right);
    expect(window.scrollY).to.equal(pageScroll);
  });
});

describe('a long list', () => {
  it('skips rendering far-off cards yet keeps every event’s text in the page', async () => {
    const el = timelineWith(syntheticTimeline(100), { layout: 'vertical' });
    await fixture(html`<div style="width: 500px">${el}</div>`);
    await waitUntil(() => root(el).querySelectorAll('li[data-id]').length === 100, 'long list not rendered');
    const items = [...root(el).querySelectorAll<HTMLElement>('li[data-id]')];
    expect(getComputedStyle(items[99]).contentVisibility).to.equal('auto');
    // Searchable and readable: the text of the last card is in the page, with a size.
    expect(items[99].textContent).to.contain('Synthetic event number');
    expect(items[99].getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('how many events one render draws', () => {
  for (const layout of ['vertical', 'horizontal'] as const) {
    it(`draws a hundred events in its first render, not in batches (${layout})`, async () => {
      const el = timelineWith(syntheticTimeline(100), { layout });
      const item = layout === 'vertical' ? 'li[data-id]' : '[role="tabpanel"]';
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${layout === 'vertical' ? 500 : 1000}px"></div>`);
      const seen: number[] = [];
      wrapper.append(el);
      new MutationObserver(() => seen.push(root(el).querySelectorAll(item).length)).observe(root(el), { childList: true, subtree: true });
      await waitUntil(() => root(el).querySelectorAll(item).length === 100, `the ${layout} timeline never drew all its events`, {
        timeout: 5000,
      });
      expect(seen.find((count) => count > 0)).to.equal(100);
    });
    it(`draws its first events at once and the rest a batch a task (${layout}), the selected one with the first`, async () => {
      const el = timelineWith(syntheticTimeline(400), { layout });
      el.setAttribute('selected', 'event-300');
      const item = layout === 'vertical' ? 'li[data-id]' : '[role="tabpanel"]';
      const drawn = () => root(el).querySelectorAll(item).length;
      // The axis's markers come in the same batches as the panels they control.
      const markers = () => (layout === 'horizontal' ? root(el).querySelectorAll('[role="tab"]').length : drawn());
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${layout === 'vertical' ? 500 : 1000}px"></div>`);
      wrapper.append(el);
      // Mutation records arrive in a microtask after each render, before the next batch's task.
      const seen: number[] = [];
      const unmatched: string[] = [];
      new MutationObserver(() => {
        seen.push(drawn());
        if (markers() !== drawn()) unmatched.push(`${markers()} markers for ${drawn()} panels`);
      }).observe(root(el), { childList: true, subtree: true });
      // Order is what is asserted, not speed: with four browsers sharing two cores, two frames of 400 events can take over a second.
      await waitUntil(() => drawn() === 400, `the ${layout} timeline never drew all its events`, { timeout: 5000 });
      expect(unmatched).to.deep.equal([]);
      const first = seen.find((count) => count > 0)!;
      expect(first).to.be.lessThan(400);
      const selected = el.events.findIndex((e) => e.id === 'event-300');
      expect(selected, 'the selected event is beyond the first batch').to.be.greaterThan(60);
      expect(first).to.be.at.least(selected + 1);
    });
  }
});

describe('a selection that moves far along a long axis', () => {
  it('leaves one marker selected and one card shown, wherever it was before', async () => {
    const el = await longTimeline('horizontal');
    const state = () => ({
      selected: [...root(el).querySelectorAll('[role="tab"][aria-selected="true"]')].map((tab) => tab.id),
      current: [...root(el).querySelectorAll('.marker.current')].map((tab) => tab.id),
      tabStops: [...root(el).querySelectorAll('[role="tab"][tabindex="0"]')].map((tab) => tab.id),
      shown: [...root(el).querySelectorAll('[role="tabpanel"]:not([hidden])')].map((panel) => panel.id),
      cards: root(el).querySelectorAll('[role="tabpanel"] [part="card"]').length,
    });
    const expected = (i: number) => ({
      selected: [`tab-${i}`],
      current: [`tab-${i}`],
      tabStops: [`tab-${i}`],
      shown: [`panel-${i}`],
      cards: 1,
    });
    for (const i of [10, 100, 11, 119, 0]) {
      el.goTo(el.events[i].id);
      await el.updateComplete;
      expect(state(), `after choosing event ${i}`).to.deep.equal(expected(i));
      // A panel left behind holds its event's words again, for in-page search.
      if (i !== 10) expect(root(el).querySelector('#panel-10')!.textContent).to.contain(el.events[10].headline);
    }
  });
});

describe('a long axis', () => {
  it('leaves the markers scrolled out of view unstyled until the reader reaches them', async () => {
    const el = await longTimeline('horizontal');
    // Skipped: inside a content-visibility: auto box that the browser is not drawing.
    const drawn = (i: number) => root(el).querySelector<HTMLElement>(`#tab-${i}`)!.checkVisibility({ contentVisibilityAuto: true });
    // Both are decided at the next rendering update after the axis is drawn.
    await waitUntil(() => drawn(0), 'the first marker, in view, is never drawn');
    await waitUntil(() => !drawn(119), 'the last marker, thousands of pixels along the axis, is drawn while out of view');
    el.goTo(el.events[119].id);
    await waitUntil(() => drawn(119), 'the chosen marker, scrolled into view, is never drawn');
    await waitUntil(() => !drawn(0), 'the first marker, now out of view, is still drawn');
    expect(root(el).querySelector('.marker.current')!.id).to.equal('tab-119');
    // A screen reader cannot count the markers left out of its tree: each says where it stands.
    const places = [...root(el).querySelectorAll('[role="tab"]')].map(
      (tab) => `${tab.getAttribute('aria-posinset')}/${tab.getAttribute('aria-setsize')}`,
    );
    expect(places).to.deep.equal(Array.from({ length: 120 }, (_, i) => `${i + 1}/120`));
  });
});

describe('a selection that moves far along a long list', () => {
  it('leaves one item selected and one tab stop, and a new heading level reaches every item', async () => {
    const el = await longTimeline('vertical');
    const state = () => ({
      selected: [...root(el).querySelectorAll('li.selected')].map((li) => li.getAttribute('data-index')),
      current: [...root(el).querySelectorAll('li[aria-current="true"]')].map((li) => li.getAttribute('data-index')),
      tabStops: [...root(el).querySelectorAll('li[tabindex="0"]')].map((li) => li.getAttribute('data-index')),
    });
    for (const i of [10, 100, 11, 119, 0]) {
      el.goTo(el.events[i].id);
      await el.updateComplete;
      const index = String(i);
      expect(state(), `after choosing event ${i}`).to.deep.equal({ selected: [index], current: [index], tabStops: [index] });
    }
    // No selection: the first item keeps the tab stop, and none is marked selected.
    el.selected = '';
    await el.updateComplete;
    expect(state(), 'with no selection').to.deep.equal({ selected: [], current: [], tabStops: ['0'] });
    // …and gives it up to the next one chosen, however far away.
    el.goTo(el.events[100].id);
    await el.updateComplete;
    expect(state(), 'after choosing event 100 again').to.deep.equal({ selected: ['100'], current: ['100'], tabStops: ['100'] });
    // The items are drawn in groups; one the selection never touched still follows the element's settings.
    el.headingLevel = 4;
    await el.updateComplete;
    const levels = new Set([...root(el).querySelectorAll('[part="headline"]')].map((h) => h.localName));
    expect([...levels]).to.deep.equal(['h5']);
  });
});

describe('the axis scroll', () => {
  it('stays where the reader scrolled it when the timeline re-renders for something else', async () => {
    const el = timelineWith(syntheticTimeline(100), { layout: 'horizontal' });
    await fixture(html`<div style="width: 1000px">${el}</div>`);
    await waitUntil(() => root(el).querySelectorAll('[role="tab"]').length === 100, 'axis not drawn');
    const scroller = root(el).querySelector<HTMLElement>('.axis-scroller')!;
    expect(scroller.scrollWidth, 'an axis that scrolls').to.be.greaterThan(scroller.clientWidth);
    scroller.scrollLeft = scroller.scrollWidth;
    const scrolled = scroller.scrollLeft;
    el.theme = 'dark';
    await el.updateComplete;
    await nextFrame();
    expect(scroller.scrollLeft).to.equal(scrolled);
    // Choosing an event still brings its marker into view.
    el.goTo(el.events[0].id);
    await el.updateComplete;
    expect(scroller.scrollLeft).to.equal(0);
  });
});

describe('page scroll', () => {
  it('is never moved by loading or by programmatic selection', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px">
      <div style="height: 3000px">tall article text</div>
      <summit-timeline layout="vertical" selected="vostochny-summit"></summit-timeline>
    </div>`);
    window.scrollTo(0, 0);
    const el = await ready(wrapper.querySelector('summit-timeline')!, 'vertical');
    // Showing that nothing scrolls: the element scrolls, if at all, in updated(),
    // so a frame after the update it would already have happened.
    await nextFrame();
    expect(window.scrollY).to.equal(0);
    el.goTo('korean-war');
    el.next();
    await el.updateComplete;
    await nextFrame();
    expect(window.scrollY).to.equal(0);
  });
});

describe('motion', () => {
  afterEach(() => (inFirefox ? undefined : emulateMedia({ reducedMotion: 'no-preference' })));

  itWithChromeTools('animates a new card briefly, and not at all under prefers-reduced-motion', async () => {
    const el = await ready(await timelineAt(1000, 'layout=horizontal'), 'horizontal');
    el.goTo('korean-war');
    await el.updateComplete;
    const card = () => root(el).querySelector('.panel:not([hidden]) .card')!;
    const duration = parseFloat(getComputedStyle(card()).animationDuration) * 1000;
    expect(duration).to.be.greaterThan(0).and.at.most(200);
    await emulateMedia({ reducedMotion: 'reduce' });
    el.goTo('un-sanctions');
    await el.updateComplete;
    expect(getComputedStyle(card()).animationName).to.equal('none');
  });
});
