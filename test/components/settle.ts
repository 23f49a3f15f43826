import { aTimeout } from '@open-wc/testing';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

/** Lets the card's entrance finish, so axe measures the colours readers end up with.
 * Capped: an animation the browser pauses (a page it deems hidden) never finishes. */
export async function settled(el: SummitTimelineElement) {
  await el.updateComplete;
  const finished = Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  await Promise.race([finished, aTimeout(1000)]);
  return el;
}
