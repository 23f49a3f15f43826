// 1,000 create/connect/disconnect cycles must leave nothing behind: no global
// listeners, no observers' targets, no growth of the JS heap after GC.
import { aTimeout, expect } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import { itWithChromeTools } from '../browser.js';
import { timelineWith } from './inline.js';

const DATA = JSON.stringify({
  events: [
    { id: 'a', date: '2022-02-24', headline: 'Russia invades Ukraine' },
    { id: 'b', date: '2023-09-13', headline: 'Putin and Kim meet' },
  ],
});

/** Counts listeners added to window and media queries, minus those removed. */
function countGlobalListeners() {
  let active = 0;
  const targets = [window, MediaQueryList.prototype] as const;
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

async function cycles(count: number, host: HTMLElement) {
  for (let i = 0; i < count; i++) {
    const el = timelineWith(DATA, { layout: 'vertical' });
    host.append(el);
    await el.updateComplete;
    el.remove();
  }
}

const gc = () => (window as unknown as { gc?: () => void }).gc?.();
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

describe('memory', () => {
  it('removes every global listener it adds', async () => {
    const host = document.createElement('div');
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
    document.body.append(host);
    await cycles(100, host); // warm up: compiled code, caches
    await aTimeout(50);
    gc();
    const before = heap();
    await cycles(1000, host);
    await aTimeout(50);
    gc();
    gc();
    const after = heap();
    host.remove();
    // A leak of even one small timeline per cycle would add well over 1 MB.
    expect(after - before, `heap grew from ${before} to ${after} bytes`).to.be.below(1_000_000);
  });
});
