// The Asia/Seoul run of the browser suite loads the built bundles in place of the
// sources (web-test-runner.config.mjs). This file proves each run loads what it says:
// if the mapping lapsed, the "dist" run would quietly test src/ again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';

const DIST_RUN = navigator.userAgent.includes('summit-timeline-under-test/dist');
const loaded = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe(`the suite runs against ${DIST_RUN ? 'the built bundles' : 'the sources'}`, () => {
  it('registers the element from the file this run tests', async () => {
    await fixture(html`<summit-timeline layout="vertical"></summit-timeline>`);
    const files = loaded();
    if (DIST_RUN) {
      expect(files).to.include('/dist/summit-timeline.min.js');
      // The element's own module never loads: the bundle carries it.
      expect(files.filter((path) => path.startsWith('/src/components/'))).to.deep.equal([
        '/src/components/summit-timeline/summit-timeline.define.ts',
      ]);
    } else {
      expect(files).to.not.include('/dist/summit-timeline.min.js');
      expect(files).to.include('/src/components/summit-timeline/summit-timeline.ts');
    }
  });

  it('gives a sandboxed frame of the embed page the built page in the dist run', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe sandbox="allow-scripts" title="Timeline" src="/src/embed/embed.html?id=probe" style="width: 600px; height: 200px"></iframe>`,
    );
    const heights: number[] = [];
    const listener = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data?.sentinel === 'amp') heights.push(event.data.height);
    };
    addEventListener('message', listener);
    try {
      await waitUntil(() => heights.length > 0, 'the embed page never reported a height', { timeout: 8000 });
    } finally {
      removeEventListener('message', listener);
    }
    // The frame's own requests are not in this page's timeline; its navigation is, with
    // the redirect to dist/embed.html that only the frame's own user agent gets.
    const [navigation] = performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry.name.includes('/src/embed/embed.html?id=probe'));
    expect(navigation, 'the frame’s navigation').to.not.equal(undefined);
    expect(navigation!.redirectEnd > 0, 'redirected to the built page').to.equal(DIST_RUN);
  });
});
