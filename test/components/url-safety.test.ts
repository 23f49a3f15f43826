// What a reader's click can do: every URL the element writes, in every place
// data can put one, in both layouts. Each link is clicked for real (safe ones
// are stopped before they navigate the test page; anything else is let through,
// so a script URL would run and trip the canary), every element is hovered and
// focused, and a fuzz of disguised schemes checks the resolved href/src of every
// link and image in the shadow DOM.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import { fuzzAsync, obfuscatedUrl } from '../url-fuzz.js';
import { timelineWith } from './inline.js';
import { clickSafely, SAFE_LINK_PROTOCOLS } from './links.js';

const canary = window as unknown as { __pwned?: boolean };
const SCRIPT = 'javascript:window.__pwned=true';
/** The payloads: a plain scheme behind characters String#trim removes. */
const PAYLOADS = [`\u00a0${SCRIPT}`, `\ufeff${SCRIPT}`, `\u3000${SCRIPT}`, `\u2003${SCRIPT}`, ` ${SCRIPT}`, SCRIPT];

type Placement = (url: string) => { doc?: Record<string, unknown>; event?: Record<string, unknown> };
const PLACEMENTS: Record<string, Placement> = {
  'body link': (url) => ({ event: { body: `See <a href="${url}">the record</a>.` } }),
  'headline link': (url) => ({ event: { headline: `Target <a href="${url}">event</a>` } }),
  'title and description': (url) => ({ doc: { title: `<a href="${url}">Title</a>`, description: `<a href="${url}">About</a> ${url}` } }),
  'media.url as image': (url) => ({ event: { media: { type: 'image', url, alt: 'A photo', caption: 'Watch the video' } } }),
  'media.url as link': (url) => ({ event: { media: { url, caption: 'Watch the video' } } }),
  'media without a type': (url) => ({ event: { media: { url: `${url}.jpg`, alt: 'A photo' } } }),
  'caption and credit links': (url) => ({
    event: {
      media: {
        url: 'https://example.org/a.jpg',
        alt: 'A photo',
        caption: `<a href="${url}">Watch</a>`,
        credit: `<a href="${url}">Credit</a>`,
      },
    },
  }),
  'outside.url': (url) => ({ event: { outside: { note: 'Not in the article.', citation: 'Somewhere', url } } }),
  'article.url': (url) => ({ doc: { article: { title: 'The article', url } } }),
};

function documentWith(placement: Placement, url: string) {
  const { doc = {}, event = {} } = placement(url);
  return {
    ...doc,
    events: [
      { id: 'ok', date: '1950', headline: 'Valid sibling' },
      { id: 'target', date: '1953', headline: 'Target event', ...event },
    ],
  };
}

async function render(data: unknown, layout: 'vertical' | 'horizontal') {
  const el = timelineWith(data, { layout });
  el.selected = 'target';
  await fixture(html`<div style="width: ${layout === 'horizontal' ? 1000 : 480}px">${el}</div>`);
  await waitUntil(() => el.shadowRoot?.querySelector('[part="headline"]') && el.events.length === 2, 'timeline not rendered', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

const everything = (el: SummitTimelineElement) => [...el.shadowRoot!.querySelectorAll('*'), ...el.querySelectorAll('*')];
const links = (el: SummitTimelineElement) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
const images = (el: SummitTimelineElement) => [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img')];

function assertAddresses(el: SummitTimelineElement, label: string) {
  for (const link of links(el))
    expect(SAFE_LINK_PROTOCOLS, `${label}: link ${JSON.stringify(link.getAttribute('href'))}`).to.include(link.protocol);
  for (const image of images(el)) {
    const src = image.getAttribute('src') ?? '';
    expect(['http:', 'https:'], `${label}: image ${JSON.stringify(src)}`).to.include(new URL(src, document.baseURI).protocol);
  }
}

describe('URLs in the rendered timeline', () => {
  clickSafely();

  for (const layout of ['vertical', 'horizontal'] as const) {
    for (const [name, placement] of Object.entries(PLACEMENTS)) {
      it(`${layout}: ${name} never carries script, whatever white space hides the scheme`, async () => {
        for (const payload of PAYLOADS) {
          canary.__pwned = false;
          const el = await render(documentWith(placement, payload), layout);
          const label = `${name} ${JSON.stringify(payload.slice(0, 2))}`;
          expect(
            el.events.map((e) => e.id),
            label,
          ).to.include('ok');
          assertAddresses(el, label);
          for (const node of everything(el)) {
            for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin']) node.dispatchEvent(new Event(type));
          }
          for (const link of links(el)) link.click();
          // A script URL runs in a task after the click; this wait is the window
          // in which it would have run (it does, on the code before the fix).
          await aTimeout(20);
          expect(canary.__pwned, `${label}: a click ran script`).to.equal(false);
          expect(el.shadowRoot!.querySelector('a a'), `${label}: a link inside a link`).to.equal(null);
        }
      });
    }
  }

  it('a link nested in a link is flattened to text', async () => {
    const el = await render(
      documentWith(() => ({ event: { body: '<a href="https://a.example/">outer <a href="https://b.example/">inner</a></a>' } }), ''),
      'vertical',
    );
    const body = el.shadowRoot!.querySelector('[data-id="target"] [part="body"]')!;
    expect([...body.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://a.example/']);
    expect(body.textContent).to.contain('outer inner');
  });

  for (const layout of ['vertical', 'horizontal'] as const) {
    it(`${layout}: fuzzed addresses in every placement resolve only to web or mail links`, async () => {
      const placements = Object.values(PLACEMENTS);
      await fuzzAsync(
        fc.tuple(fc.constantFrom(...placements), obfuscatedUrl),
        async ([placement, url]) => {
          const el = await render(documentWith(placement, url), layout);
          assertAddresses(el, JSON.stringify(url));
          el.parentElement!.remove();
        },
        15,
      );
    });
  }
});
