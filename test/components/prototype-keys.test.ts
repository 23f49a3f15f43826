// A page or a file whose language is a name every object inherits (issue 29):
// the timeline renders in English and throws nothing into the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

describe('a language named like an inherited member', () => {
  for (const lang of ['constructor', '__proto__', 'toString']) {
    it(`lang="${lang}" on the page and in the data renders in English`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onRejection);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
          <summit-timeline layout="vertical"
            ><script type="application/json">
              ${JSON.stringify({ lang, events: [{ id: 'summit', date: '2023-09-13', headline: 'Putin and Kim meet' }] })}
            </script></summit-timeline
          >
        </div>`);
        const el = wrapper.querySelector<SummitTimelineElement>('summit-timeline')!;
        await waitUntil(() => el.shadowRoot?.querySelector('[part="date"]'), 'not rendered', { timeout: 4000 });
        expect(el.shadowRoot!.querySelector('[part="date"]')!.textContent!.trim()).to.equal('Sept. 13, 2023');
        expect(errors).to.deep.equal([]);
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onRejection);
      }
    });
  }
});
