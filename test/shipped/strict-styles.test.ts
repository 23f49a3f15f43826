// Every page the project ships under the CSP of a newsroom that allows no inline
// styles: `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'`.
// The server sends it with a report-uri (web-test-runner.config.mjs), so a
// violation is counted even inside pages this test cannot script: the browser
// reports it. A page that breaks the policy on purpose is the fence: once its
// report has arrived, so have those of the pages loaded before it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

const DIST = navigator.userAgent.includes('summit-timeline-under-test/dist');
let keys = 0;

async function frame(src: string, width: number, height = 900) {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="Strict page" width=${width} height=${height} src=${src}></iframe>`);
  // The frame starts on about:blank; the dist run redirects the embed page to dist/. Each check waits for what it needs.
  await waitUntil(() => iframe.contentWindow?.location.href.includes('csp=') && iframe.contentDocument?.body, `${src} did not load`, {
    timeout: 15000,
  });
  return iframe;
}

const reports = async (key: string): Promise<unknown[]> => (await fetch(`/__csp__/reports?key=${key}`)).json();

/** Loads `path` under the strict policy; `check` looks at it; then every report it caused. */
async function underStrictCsp(path: string, width: number, check: (iframe: HTMLIFrameElement) => Promise<void>) {
  const key = `page-${Date.now()}-${keys++}`;
  const iframe = await frame(`${path}${path.includes('?') ? '&' : '?'}csp=${key}`, width);
  await check(iframe);
  const fence = `${key}-fence`;
  await frame(`/__csp__/control.html?csp=${fence}`, 200, 100);
  await waitUntil(async () => (await reports(fence)).length > 0, 'the fence page’s violations were never reported', { timeout: 8000 });
  return reports(key);
}

const timelineIn = (iframe: HTMLIFrameElement) => iframe.contentDocument!.querySelector<SummitTimelineElement>('summit-timeline')!;
const shown = (node: Element | null | undefined) => node !== null && node !== undefined && getComputedStyle(node).display !== 'none';

/** What a reader sees of the server-drawn timeline: styled cards in a column, the readable list hidden. */
function expectLaidOut(iframe: HTMLIFrameElement) {
  const el = timelineIn(iframe);
  const root = el.shadowRoot!;
  const items = [...root.querySelectorAll('li[data-id]')];
  expect(items).to.have.length(5);
  expect(getComputedStyle(items[0]).display).to.equal('grid');
  const headline = getComputedStyle(root.querySelector('[part="headline"]')!);
  expect(headline.color).to.equal('rgb(27, 27, 27)');
  expect(parseFloat(getComputedStyle(root.querySelector('.card')!).paddingTop)).to.be.greaterThan(5);
  const tops = items.map((li) => li.getBoundingClientRect().top);
  expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
  // The readable list after the element is for readers without the drawn timeline.
  expect(shown(iframe.contentDocument!.querySelector('[data-summit-fallback]'))).to.equal(false);
}

describe('strict styles (style-src without unsafe-inline)', () => {
  it('the fence works: a page with inline styles is reported', async () => {
    const key = `control-${Date.now()}`;
    await frame(`/__csp__/control.html?csp=${key}`, 200, 100);
    await waitUntil(async () => (await reports(key)).length >= 2, 'the control page’s style= and <style> were not both reported', {
      timeout: 8000,
    });
  });

  it('the static render, its stylesheets linked, is laid out with no script and no violation', async () => {
    const violations = await underStrictCsp('/__static__/strict.html', 700, async (iframe) => {
      await waitUntil(() => timelineIn(iframe).shadowRoot?.querySelector('li[data-id]'), 'no declarative shadow root');
      await waitUntil(
        () => getComputedStyle(timelineIn(iframe).shadowRoot!.querySelector('li[data-id]')!).display === 'grid',
        'the linked stylesheet never applied',
      );
      expectLaidOut(iframe);
    });
    expect(violations).to.deep.equal([]);
  });

  it('the static render hydrates with no violation, and a reader can still use it', async () => {
    const violations = await underStrictCsp('/__static__/strict.html?hydrate=1', 700, async (iframe) => {
      const el = timelineIn(iframe);
      await waitUntil(() => el.hasUpdated && el.events?.length === 5, 'the static timeline did not hydrate', { timeout: 8000 });
      await el.updateComplete;
      expectLaidOut(iframe);
      const first = el.shadowRoot!.querySelector<HTMLElement>('li[data-id]')!;
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await waitUntil(
        () => el.shadowRoot!.activeElement?.getAttribute('data-id') === 'vostochny-summit',
        'End did not reach the last event',
      );
    });
    expect(violations).to.deep.equal([]);
  });

  it('embed.html draws the timeline with no violation', async () => {
    const violations = await underStrictCsp('/src/embed/embed.html?src=/data/summit-2023.json&id=strict', 700, async (iframe) => {
      await waitUntil(() => timelineIn(iframe)?.shadowRoot?.querySelectorAll('li[data-id]').length === 5, 'embed.html drew no timeline', {
        timeout: 8000,
      });
      const doc = iframe.contentDocument!;
      // embed.css applied: the page has no margin of its own.
      expect(getComputedStyle(doc.body).marginTop).to.equal('0px');
      expect(getComputedStyle(timelineIn(iframe).shadowRoot!.querySelector('li[data-id]')!).display).to.equal('grid');
    });
    expect(violations).to.deep.equal([]);
  });

  it('make.html shows its previews and codes with no violation', async () => {
    const page = DIST ? '/dist/make.html' : '/demo/make.html';
    const violations = await underStrictCsp(page, 1400, async (iframe) => {
      const doc = iframe.contentDocument!;
      await waitUntil(() => doc.querySelector('#codes .code'), 'the make page did not start', { timeout: 15000 });
      const preview = doc.querySelector<SummitTimelineElement>('.frame[data-width="375"] summit-timeline')!;
      await waitUntil(() => preview.shadowRoot?.querySelectorAll('li[data-id]').length === 5, 'no preview drawn', { timeout: 8000 });
      // The preview frames keep their widths (make.css, not style=).
      const widths = [...doc.querySelectorAll<HTMLElement>('.frame')].map((f) => Math.round(parseFloat(getComputedStyle(f).width)));
      expect(widths).to.deep.equal([375, 680, 1040]);
    });
    expect(violations).to.deep.equal([]);
  });
});
