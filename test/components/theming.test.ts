import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import { settled } from './settle.js';
import { inFirefox, itWithChromeTools } from '../browser.js';

const root = (el: SummitTimelineElement) => el.shadowRoot!;

async function timeline(width: number, attributes: Record<string, string> = {}, style = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; ${style}"><summit-timeline></summit-timeline></div>`);
  const el = wrapper.querySelector('summit-timeline')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await waitUntil(() => root(el).querySelector('.card'), 'timeline not rendered', { timeout: 4000 });
  await el.updateComplete;
  return el;
}
const cardBackground = (el: SummitTimelineElement) => getComputedStyle(root(el).querySelector('.card')!).backgroundColor;

describe('themes', () => {
  afterEach(() => (inFirefox ? undefined : emulateMedia({ colorScheme: 'light', media: 'screen' })));

  for (const layout of ['vertical', 'horizontal']) {
    it(`dark theme meets WCAG AA contrast (${layout})`, async () => {
      const el = await timeline(1000, { theme: 'dark', layout, selected: 'un-sanctions' });
      expect(cardBackground(el)).to.equal('rgb(29, 31, 35)');
      await expect(await settled(el)).to.be.accessible();
    });
  }

  itWithChromeTools('light is the default whatever the reader’s colour scheme; auto follows it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await timeline(500);
    expect(cardBackground(light)).to.equal('rgb(255, 255, 255)');
    light.theme = 'auto';
    await light.updateComplete;
    expect(cardBackground(light)).to.equal('rgb(29, 31, 35)');
    await emulateMedia({ colorScheme: 'light' });
    expect(cardBackground(light)).to.equal('rgb(255, 255, 255)');
  });

  it('takes --summit-* custom properties from the page', async () => {
    const el = await timeline(500, {}, '--summit-accent: rgb(150, 0, 0); --summit-card-background: rgb(250, 250, 240)');
    expect(getComputedStyle(root(el).querySelector('time')!).color).to.equal('rgb(150, 0, 0)');
    expect(cardBackground(el)).to.equal('rgb(250, 250, 240)');
  });

  it('inherits the page’s font but not its colour or text transforms', async () => {
    const el = await timeline(
      500,
      {},
      'font-family: Georgia, serif; color: rgb(255, 0, 0); text-transform: uppercase; letter-spacing: 3px',
    );
    const headline = getComputedStyle(root(el).querySelector('[part="headline"]')!);
    expect(headline.fontFamily).to.contain('Georgia');
    expect(headline.color).to.equal('rgb(27, 27, 27)');
    expect(headline.textTransform).to.equal('none');
    expect(headline.letterSpacing).to.equal('normal');
  });
});

describe('print', () => {
  afterEach(() => (inFirefox ? undefined : emulateMedia({ media: 'screen' })));

  itWithChromeTools(
    'prints every event of the horizontal layout in one column, sources and working included, without controls',
    async () => {
      const el = await timeline(1000, { layout: 'horizontal' });
      await emulateMedia({ media: 'print' });
      // The print media query reports its change asynchronously; wait for it, not for a fixed time.
      await waitUntil(() => [...root(el).querySelectorAll('details')].every((d) => d.open), 'disclosures did not open for print');
      await el.updateComplete;
      const panels = [...root(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')];
      expect(panels.map((p) => p.offsetHeight > 0)).to.deep.equal([true, true, true, true, true]);
      const lefts = new Set(panels.map((p) => Math.round(p.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
      expect(root(el).querySelector<HTMLElement>('.axis-scroller')!.offsetHeight).to.equal(0);
      expect(root(el).querySelector<HTMLElement>('.controls')!.offsetHeight).to.equal(0);
      for (const details of root(el).querySelectorAll('details')) expect(details.open).to.equal(true);
      for (const source of root(el).querySelectorAll<HTMLElement>('[part="source"]')) expect(source.offsetHeight).to.be.greaterThan(0);
      expect(getComputedStyle(root(el).querySelector('time')!).color).to.equal('rgb(0, 0, 0)');
    },
  );
});
