import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_SOURCES } from '../../src/embed/sources.js';

interface Heights {
  pym: number[];
  amp: number[];
  datawrapper: number[];
}

/** A host page: a sandboxed iframe of the embed page, recording the height messages it sends. */
async function embed(query: string, width = 800) {
  const heights: Heights = { pym: [], amp: [], datawrapper: [] };
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe
    data-summit-embed
    sandbox="allow-scripts"
    title="Timeline"
    style="border: 0; width: ${width}px; height: 150px"
    src="/src/embed/embed.html?${query}"
  ></iframe>`);
  const listener = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow) return;
    const data = event.data;
    if (typeof data === 'string' && data.startsWith('pymxPYMx')) {
      const [, id, type, value] = data.split('xPYMx');
      if (id === 't1' && type === 'height') heights.pym.push(Number(value));
    } else if (data?.sentinel === 'amp' && data.type === 'embed-size') {
      heights.amp.push(data.height);
    } else if (data?.['datawrapper-height']) {
      heights.datawrapper.push(data['datawrapper-height'].t1);
    }
  };
  window.addEventListener('message', listener);
  return { iframe, heights, stop: () => window.removeEventListener('message', listener) };
}

const latest = (list: number[]) => list[list.length - 1];

describe('iframe embed page', () => {
  it('reports its height in the Pym.js, AMP and Datawrapper formats from a sandboxed frame', async () => {
    const { heights, stop } = await embed('id=t1');
    await waitUntil(() => latest(heights.amp) > 300, 'no full height reported', { timeout: 8000 });
    await waitUntil(() => latest(heights.pym) === latest(heights.amp) && latest(heights.datawrapper) === latest(heights.amp));
    stop();
  });

  it('reports again when its width changes, without polling', async () => {
    const { iframe, heights, stop } = await embed('id=t1&layout=vertical', 800);
    await waitUntil(() => latest(heights.amp) > 600, 'no height reported', { timeout: 8000 });
    // Showing that nothing is sent while nothing changes: let the first layout
    // settle, then watch for half a second, ten times a polling embed's interval.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const wide = latest(heights.amp);
    const count = heights.amp.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(heights.amp.length, 'messages while nothing changed').to.equal(count);
    iframe.style.width = '360px';
    await waitUntil(() => latest(heights.amp) > wide, 'no new height after narrowing', { timeout: 4000 });
    stop();
  });

  it('takes the option set from its address: no-header leaves out the title, description and credit (issue 32)', async () => {
    const full = await embed('id=t1&layout=vertical&heading-level=3');
    await waitUntil(() => latest(full.heights.amp) > 600, 'not rendered', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    full.stop();
    const bare = await embed('id=t1&layout=vertical&heading-level=3&no-header');
    await waitUntil(() => latest(bare.heights.amp) > 300, 'not rendered', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The heading, the description and the credit are well over 80 px at 800 px wide.
    expect(latest(bare.heights.amp)).to.be.lessThan(latest(full.heights.amp) - 80);
    bare.stop();
  });

  it('never shrinks while the reader steps through the events, so the host’s article stays put (issue 33, finding 5)', async () => {
    // Not sandboxed here, so the test can press the timeline's own Next button as a reader does.
    const heights: number[] = [];
    const listener = (event: MessageEvent) => {
      if (event.data?.sentinel === 'amp' && event.data.type === 'embed-size') heights.push(event.data.height);
    };
    window.addEventListener('message', listener);
    const page = '/src/embed/embed.html?id=t1&layout=horizontal&src=/test/fixtures/uneven-cards.json';
    const iframe = await fixture<HTMLIFrameElement>(
      html`<iframe title="Timeline" style="border: 0; width: 1000px; height: 150px" src=${page}></iframe>`,
    );
    const next = () =>
      iframe.contentDocument?.querySelector('summit-timeline')?.shadowRoot?.querySelector<HTMLButtonElement>('button.step.next');
    await waitUntil(() => next() && heights.length > 0, 'not drawn', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = heights.length;
    for (let step = 0; step < 4; step++) {
      next()!.click();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const reading = heights.slice(Math.max(0, before - 1));
    window.removeEventListener('message', listener);
    // Each height at least the one before it: the frame may grow for a taller card, never shrink.
    for (let i = 1; i < reading.length; i++) expect(reading[i], `heights while stepping: ${reading}`).to.be.at.least(reading[i - 1]);
  });

  it('sets a named typeface from its address, and nothing for a name it does not know', async () => {
    const fontOf = async (query: string) => {
      const iframe = await fixture<HTMLIFrameElement>(
        html`<iframe title="Timeline" src=${`/src/embed/embed.html?id=t1&${query}`}></iframe>`,
      );
      await waitUntil(() => iframe.contentDocument?.querySelector('summit-timeline'), 'no timeline', { timeout: 8000 });
      const el = iframe.contentDocument!.querySelector('summit-timeline')!;
      return iframe.contentWindow!.getComputedStyle(el).getPropertyValue('--summit-font-family').trim();
    };
    expect(await fontOf('font=serif')).to.contain('Georgia');
    expect(await fontOf('font=x%3Bcolor%3Ared')).to.equal('');
  });

  it('renders the data at `src`', async () => {
    const def = await embed('id=t1&layout=vertical');
    await waitUntil(() => latest(def.heights.amp) > 600, 'default not rendered', { timeout: 8000 });
    def.stop();
    const own = await embed(`id=t1&layout=vertical&src=${encodeURIComponent(`${location.origin}/test/fixtures/korean-war.json`)}`);
    await waitUntil(() => own.heights.amp.length > 0 && latest(own.heights.amp) < latest(def.heights.amp) - 200, 'src data not rendered', {
      timeout: 8000,
    });
    own.stop();
  });

  it('shows only the sources its host allowed: no data: page, no other host’s file (issue 29)', async () => {
    const own = await embed(`id=t1&layout=vertical&src=${encodeURIComponent(`${location.origin}/test/fixtures/korean-war.json`)}`);
    await waitUntil(() => latest(own.heights.amp) > 300, 'own data not rendered', { timeout: 8000 });
    own.stop();
    // Another origin on this machine (127.0.0.1 and localhost are two), and data the URL carries itself.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    for (const src of [
      `${location.protocol}//${other}:${location.port}/test/fixtures/korean-war.json`,
      'data:application/json,{"title":"Your session expired","events":[{"id":"a","date":"2024","headline":"Log in again"}]}',
    ]) {
      const refused = await embed(`id=t1&layout=vertical&src=${encodeURIComponent(src)}`);
      await waitUntil(() => refused.heights.amp.length > 0, 'no height reported', { timeout: 8000 });
      // A line of text, not a timeline (nor the default chronology in its place).
      expect(latest(refused.heights.amp), src).to.be.below(150);
      refused.stop();
    }
  });

  it('is a page hosts can embed: robots, title, links to the parent', async () => {
    const page = await (await fetch('/src/embed/embed.html')).text();
    expect(page).to.contain('<meta name="robots" content="noindex,indexifembedded" />');
    expect(page).to.match(/<title>[^<]+<\/title>/);
    expect(page).to.contain('<base target="_parent" />');
    // The sources it shows, where the newsroom that hosts it edits them, as the script's default says.
    expect(page).to.contain(`<meta name="summit-timeline-sources" content="${DEFAULT_SOURCES}" />`);
  });

  it('is resized by the documented host listener, which ignores other windows and bad heights', async () => {
    const { iframe, heights, stop } = await embed('id=t1&layout=vertical');
    const script = document.createElement('script');
    script.textContent = await (await fetch('/src/embed/host-listener.js')).text();
    document.body.append(script);
    await waitUntil(() => heights.amp.length > 0 && iframe.style.height === `${latest(heights.amp)}px`, 'listener did not resize', {
      timeout: 8000,
    });
    // A message from this window (not the frame) is ignored; the frame's own
    // latest height (it may still be settling) is what the frame gets.
    window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 5 }, '*');
    // Messages to one window arrive in order: once this one is here, the listener has seen the first.
    await new Promise<void>((resolve) => {
      const done = (e: MessageEvent) => e.data === 'after' && (window.removeEventListener('message', done), resolve());
      window.addEventListener('message', done);
      window.postMessage('after', '*');
    });
    expect(iframe.style.height).not.to.equal('5px');
    expect(iframe.style.height).to.equal(`${latest(heights.amp)}px`);
    stop();
    script.remove();
  });

  it('ships the same host listener the embedding doc tells people to copy', async () => {
    const listener = await (await fetch('/src/embed/host-listener.js')).text();
    const readme = await (await fetch('/docs/embedding.md')).text();
    // A boolean, so a failure does not print the whole doc.
    expect(readme.includes(listener.trim()), 'docs/embedding.md carries src/embed/host-listener.js verbatim').to.equal(true);
  });
});
