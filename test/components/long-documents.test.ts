// A long document takes a while to read: its heading shows meanwhile, so the
// reader sees the timeline's title at once, not a blank space. A short one is
// drawn whole in one go, with no heading-only step to wait a frame for.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import { syntheticTimeline } from '../synthetic.js';

interface Seen {
  title: boolean;
  events: number;
  fallback: boolean;
}

/** Every state the timeline's shadow root passes through, from the data given to its every event drawn. */
async function statesOf(count: number, options: { fallback?: boolean; noHeader?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 500px">
      <summit-timeline layout="vertical" ?no-header=${options.noHeader ?? false}
        >${options.fallback ? html`<p>The chronology is loading.</p>` : ''}</summit-timeline
      >
    </div>`,
  );
  const el = wrapper.querySelector<SummitTimelineElement>('summit-timeline')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const seen: Seen[] = [];
  const record = () =>
    seen.push({
      title: root.querySelector('[part="title"]') !== null,
      events: root.querySelectorAll('li[data-id]').length,
      fallback: root.querySelector('slot') !== null,
    });
  const observer = new MutationObserver(record);
  observer.observe(root, { childList: true, subtree: true });
  el.data = syntheticTimeline(count);
  await waitUntil(() => root.querySelectorAll('li[data-id]').length === count, `${count} events never drawn`, { timeout: 20000 });
  observer.disconnect();
  return seen;
}

describe('a long document', () => {
  it('shows its heading while its events are read', async () => {
    const seen = await statesOf(1500);
    const headingOnly = seen.filter((s) => s.title && s.events === 0);
    expect(headingOnly, JSON.stringify(seen.slice(0, 5))).to.have.length.greaterThan(0);
    // The heading stays where it is when the events arrive under it.
    expect(seen.at(-1)).to.deep.include({ title: true, events: 1500 });
  });

  it('keeps the author’s fallback in place of a heading alone', async () => {
    const seen = await statesOf(1500, { fallback: true });
    expect(seen.filter((s) => s.events === 0 && !s.fallback)).to.have.length(0);
  });

  it('has no heading to show early when the page gives its own', async () => {
    const seen = await statesOf(1500, { noHeader: true });
    expect(seen.some((s) => s.title)).to.equal(false);
  });
});

describe('a short document', () => {
  it('is drawn whole, with no heading-only step', async () => {
    const seen = await statesOf(100);
    expect(seen.filter((s) => s.title && s.events === 0)).to.have.length(0);
    expect(seen.some((s) => s.title && s.events > 0)).to.equal(true);
  });
});

describe('a long document in a page that draws no frames', () => {
  it('is read all the same, as in a background tab', async () => {
    const el = await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical"></summit-timeline>`);
    await el.updateComplete;
    const frame = window.requestAnimationFrame;
    // A background tab runs no animation frames: the heading's frame never comes.
    window.requestAnimationFrame = () => 0;
    try {
      el.data = syntheticTimeline(1500);
      await waitUntil(() => el.events.length === 1500, 'the events were never read without frames', { timeout: 5000 });
    } finally {
      window.requestAnimationFrame = frame;
    }
  });
});
