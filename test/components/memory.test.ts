// 1,000 create/connect/render/disconnect cycles, in both layouts, must leave
// nothing behind: no global listeners, no observers' targets, no growth of the
// JS heap after GC. Every cycle reads its data, lays out and paints its events
// before it is removed, so the data, layout and render paths are all exercised.
import { expect, nextFrame } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import { itWithChromeTools } from '../browser.js';
import { timelineWith } from './inline.js';

const DATA = JSON.stringify({
  events: [
    { id: 'a', date: '2022-02-24', headline: 'Russia invades Ukraine' },
    { id: 'b', date: '2023-09-13', headline: 'Putin and Kim meet' },
  ],
});

/** Counts listeners added to window, media queries and the page's font set, minus those removed. */
function countGlobalListeners() {
  let active = 0;
  const targets = [window, MediaQueryList.prototype, document.fonts] as const;
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  for (const target of targets) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, ...args: unknown[]) {
      active++;
      return (add as (...a: unknown[]) => void).apply(this, args);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, ...args: unknown[]) {
      active--;
      return (remove as (...a: unknown[]) => void).apply(this, args);
    } as typeof remove;
  }
  return {
    get active() {
      return active;
    },
    restore: () =>
      targets.forEach((t, i) => {
        t.addEventListener = originals[i][0];
        t.removeEventListener = originals[i][1];
      }),
  };
}

type Layout = 'vertical' | 'horizontal';
/** What a rendered event is, in each layout. */
const ITEM: Readonly<Record<Layout, string>> = { vertical: 'li[data-id]', horizontal: '[role="tab"]' };

/** Waits, task by task, until both events are rendered; fails after 4 s. */
async function renderedBoth(el: HTMLElement, layout: Layout) {
  const end = performance.now() + 4000;
  while (el.shadowRoot?.querySelectorAll(ITEM[layout]).length !== 2) {
    if (performance.now() > end) throw new Error(`a ${layout} timeline never rendered its events`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function cycles(count: number, host: HTMLElement) {
  for (let i = 0; i < count; i++) {
    const layout: Layout = i % 2 ? 'horizontal' : 'vertical';
    const el = timelineWith(DATA, { layout });
    host.append(el);
    await renderedBoth(el, layout);
    el.remove();
  }
}

const gc = () => (window as unknown as { gc?: () => void }).gc?.();
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

describe('memory', () => {
  it('removes every global listener it adds', async () => {
    const host = document.createElement('div');
    host.style.width = '800px';
    document.body.append(host);
    const listeners = countGlobalListeners();
    try {
      await cycles(50, host);
      expect(listeners.active).to.equal(0);
    } finally {
      listeners.restore();
      host.remove();
    }
  });

  itWithChromeTools('keeps the JS heap flat over 1,000 create/connect/disconnect cycles', async function () {
    this.timeout(60_000);
    const host = document.createElement('div');
    host.style.width = '800px';
    document.body.append(host);
    await cycles(100, host); // warm up: compiled code, caches, the horizontal chunk
    await nextFrame();
    gc();
    const before = heap();
    await cycles(1000, host);
    await nextFrame();
    gc();
    gc();
    const after = heap();
    host.remove();
    // A leak of even one small timeline per cycle would add well over 1 MB.
    expect(after - before, `heap grew from ${before} to ${after} bytes`).to.be.below(1_000_000);
  });
});
