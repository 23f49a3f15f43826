// Stories are fixtures: every story renders, settles, and passes axe.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../src/components/summit-timeline/summit-timeline.js';
import * as eventStories from '../stories/summit-event.stories.js';
import * as stories from '../stories/summit-timeline.stories.js';
import type { TimelineArgs } from '../stories/render.js';
import { settled } from './components/settle.js';

type Story = { name?: string; args?: TimelineArgs };
const meta = stories.default as { render: (args: TimelineArgs) => unknown; args?: TimelineArgs };
// Every story file shares the one render helper, so one meta renders them all.
const entries = [...Object.entries(stories), ...Object.entries(eventStories)].filter(([key]) => key !== 'default') as [string, Story][];

/** Stories whose source is meant to fail: done when the problem is reported. */
const FAILING_SOURCES: readonly (string | undefined)[] = ['empty', 'broken-src'];
/** Read and rendered: events on screen, or, for a failing source, its problem reported. */
const done = (el: SummitTimelineElement, problems: number, story: Story) =>
  Boolean(el.shadowRoot?.querySelector('li[data-id], [role="tab"]')) ||
  (FAILING_SOURCES.includes(story.args?.content) && problems > 0 && el.hasUpdated);

describe('stories', () => {
  const warn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = warn));

  it('cover every layout, theme, language, input format and state', () => {
    expect(entries.length).to.be.at.least(25);
  });

  for (const [key, story] of entries) {
    it(`${story.name ?? key} renders and is accessible`, async () => {
      let problems = 0;
      const count = () => problems++;
      document.addEventListener('summit-data-error', count);
      try {
        const wrapper = await fixture(meta.render({ ...meta.args, ...story.args }) as never);
        const el = (wrapper as HTMLElement).querySelector('summit-timeline')!;
        await waitUntil(() => done(el, problems, story), `${key} did not finish reading its data`, { timeout: 5000 });
        await el.updateComplete;
        if (story.args?.editor) await waitUntil(() => el.shadowRoot!.querySelector('[part="editor"]'), `${key}: no editor panel`);
        await expect(await settled(el)).to.be.accessible();
      } finally {
        document.removeEventListener('summit-data-error', count);
      }
    });
  }
});
