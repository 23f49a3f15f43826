// A timeline carrying its data as an inline JSON script, the way tests and
// authors without a server write it. Text goes in through textContent, so test
// payloads are never parsed as markup on the way in.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import { syntheticTimeline } from '../synthetic.js';

export function timelineWith(data: unknown, props: Partial<Pick<SummitTimelineElement, 'layout' | 'editor'>> = {}): SummitTimelineElement {
  const el = document.createElement('summit-timeline');
  Object.assign(el, props);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  el.append(script);
  return el;
}

/**
 * A 120-event timeline on the page, every event drawn: more than two of the blocks
 * each layout draws in, and an axis (1000 px wide) that scrolls far out of view.
 */
export async function longTimeline(layout: 'horizontal' | 'vertical'): Promise<SummitTimelineElement> {
  const el = timelineWith(syntheticTimeline(120), { layout });
  await fixture(html`<div style="width: ${layout === 'horizontal' ? 1000 : 500}px">${el}</div>`);
  const item = layout === 'horizontal' ? '[role="tab"]' : 'li[data-id]';
  await waitUntil(() => el.shadowRoot!.querySelectorAll(item).length === 120, `the ${layout} timeline never drew all its events`);
  return el;
}
