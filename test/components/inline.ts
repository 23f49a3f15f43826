// A timeline carrying its data as an inline JSON script, the way tests and
// authors without a server write it. Text goes in through textContent, so test
// payloads are never parsed as markup on the way in.
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

export function timelineWith(data: unknown, props: Partial<Pick<SummitTimelineElement, 'layout' | 'editor'>> = {}): SummitTimelineElement {
  const el = document.createElement('summit-timeline');
  Object.assign(el, props);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  el.append(script);
  return el;
}
