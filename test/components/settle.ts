import { nextFrame } from '@open-wc/testing';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

const running = (el: SummitTimelineElement) =>
  el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running' || a.playState === 'paused');

/**
 * Lets the card's entrance finish, so axe measures the colours readers end up
 * with: waits, frame by frame, until no animation in the timeline is running.
 * Fails the test after two seconds (the longest animation lasts 150 ms): a page
 * the browser deems hidden stops animations, and a test must not go on as if it
 * had seen the settled page.
 */
export async function settled(el: SummitTimelineElement) {
  await el.updateComplete;
  const end = performance.now() + 2000;
  while (running(el).length) {
    if (performance.now() > end) {
      const names = running(el).map((a) => `${(a as CSSAnimation).animationName ?? 'a transition'} (${a.playState})`);
      throw new Error(`the timeline’s animations did not finish within 2 s: ${names.join(', ')}`);
    }
    await nextFrame();
  }
  return el;
}
