// Visual regression: screenshots of the key stories against committed baselines.
import { fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/components/summit-timeline/summit-timeline.define.js';
import { HORIZONTAL_FROM } from '../src/components/summit-timeline/summit-timeline.js';
import * as stories from '../stories/summit-timeline.stories.js';
import type { TimelineArgs } from '../stories/render.js';
import { settled } from './components/settle.js';
import { inFirefox, itWithChromeTools } from './browser.js';
import { fontsSettled, loadStoryFonts } from './fonts.js';

const meta = stories.default as { render: (args: TimelineArgs) => unknown };
const KEY_STORIES = {
  'summit-chronology': stories.SummitChronology,
  'summit-phone': stories.SummitOnAPhone,
  'desktop-axis': stories.DesktopAxis,
  'dense-decade': stories.DenseDecade,
  'dark-page': stories.DarkPage,
  russian: stories.Russian,
  korean: stories.Korean,
  'rtl-page': stories.RightToLeft,
  'editor-mode': stories.EditorMode,
} as const;

describe('key stories look as approved', () => {
  before(async () => {
    if (inFirefox) return;
    await setViewport({ width: 1100, height: 900 });
    await loadStoryFonts();
  });

  for (const [name, story] of Object.entries(KEY_STORIES)) {
    itWithChromeTools(name, async () => {
      const wrapper = (await fixture(meta.render({ ...(story.args ?? {}) }) as never)) as HTMLElement;
      const el = wrapper.querySelector('summit-timeline')!;
      await waitUntil(() => el.shadowRoot?.querySelector('.card'), `${name} did not render`, { timeout: 5000 });
      // layout="auto" renders the list first and switches to the axis once its width is
      // known and the horizontal chunk has arrived: wait for the layout it settles on,
      // and for it to hold over two frames, so a width the ResizeObserver has yet to
      // report cannot pass for a settled one.
      const expected = () =>
        el.layout === 'auto' ? (el.getBoundingClientRect().width >= HORIZONTAL_FROM ? 'horizontal' : 'vertical') : el.layout;
      const settledLayout = () =>
        el.resolvedLayout === expected() &&
        (el.resolvedLayout === 'horizontal') === Boolean(el.shadowRoot!.querySelector('[role="tablist"]'));
      for (let held = 0; held < 2;) {
        await waitUntil(settledLayout, `${name} did not settle on its ${el.resolvedLayout} layout`, { timeout: 5000 });
        await nextFrame();
        held = settledLayout() ? held + 1 : 0;
      }
      if (story.args?.editor) await waitUntil(() => el.shadowRoot!.querySelector('[part="editor"]'));
      await settled(el);
      await fontsSettled(wrapper);
      await visualDiff(wrapper, name);
    });
  }
});
