// The static embed through the real CKEditor 5 (48.5, from npm), set up with
// General HTML Support as Drupal sets it: "Full HTML" (every element and
// attribute allowed) and "Basic HTML" (an allowlist of plain elements). What the
// editor saves is then what readers get, with the plain bundle or the hydrate one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';

type Editor = { setData(data: string): void; getData(): string; destroy(): Promise<unknown> };
type CKEditor = Record<string, unknown> & {
  ClassicEditor: { create(element: HTMLElement, config: Record<string, unknown>): Promise<Editor> };
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What CKEditor 5 saves when an editor pastes `snippet` into the source view and saves. */
async function throughCKEditor(snippet: string, setup: 'full' | 'basic'): Promise<string> {
  const ck = (await import('/node_modules/ckeditor5/dist/browser/ckeditor5.js' as string)) as CKEditor;
  const plugins = ['Essentials', 'Paragraph', 'Heading', 'List', 'BlockQuote', 'Link', 'Bold', 'Italic', 'GeneralHtmlSupport'].map(
    (name) => ck[name],
  );
  const htmlSupport =
    setup === 'full'
      ? { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] }
      : { allow: [{ name: /^(p|br|h[2-6]|ol|ul|li|blockquote|cite|small|strong|em|a)$/, attributes: ['href'] }] };
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const editor = await ck.ClassicEditor.create(host, { licenseKey: 'GPL', plugins, htmlSupport });
  try {
    editor.setData(snippet);
    return editor.getData();
  } finally {
    await editor.destroy();
  }
}

/** A page holding what the editor saved, with one of our bundles (or none). */
async function published(saved: string, bundle: 'hydrate' | 'plain' | 'none') {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Published article" style="width: 640px; height: 700px"></iframe>`);
  const doc = frame.contentDocument!;
  const script =
    bundle === 'none'
      ? ''
      : `<script type="module">import '/${bundle === 'hydrate' ? 'src/hydrate.ts' : 'src/components/summit-timeline/summit-timeline.define.ts'}';</script>`;
  // Written into a fresh document, parsed as a page load would parse it.
  doc.open();
  doc.write(`<!doctype html><html lang="en"><body><article>${saved}</article>${script}</body></html>`);
  doc.close();
  return doc;
}

describe('the static embed through CKEditor 5 "Full HTML" (General HTML Support allows everything)', () => {
  let saved = '';
  before(async () => {
    const snippet = await (await fetch('/__static__/snippet')).text();
    saved = await throughCKEditor(snippet, 'full');
  });

  it('keeps the element and the list after it but empties the declarative shadow root and the JSON', () => {
    expect(saved).to.contain('<summit-timeline');
    expect(saved).to.match(/<template shadowroot[^>]*>\s*<\/template>/);
    expect(saved).to.not.contain('"events"');
    expect(saved).to.match(/<\/summit-timeline>\s*<div data-summit-fallback/);
    expect(saved).to.contain('Russia invades Ukraine');
  });

  it('reads as the chronology without script: the list after the emptied element is on screen', async () => {
    const doc = await published(saved, 'none');
    const el = doc.querySelector('summit-timeline') as HTMLElement;
    // The emptied template still attached a shadow root, empty: the element itself shows nothing.
    expect(el.shadowRoot?.childNodes.length).to.equal(0);
    const list = el.nextElementSibling as HTMLElement;
    expect(list.offsetHeight).to.be.greaterThan(300);
    expect(text(list.querySelector('h2'))).to.equal('Russia and North Korea: nearly eight decades of ties');
    expect([...list.querySelectorAll('li')].map((li) => text(li.querySelector('time')))).to.deep.equal([
      'c. 1945',
      '1950–53',
      'Oct. 14, 2006',
      'Feb. 24, 2022',
      'Sept. 13, 2023',
    ]);
    expect(list.innerText).to.contain('Putin and Kim meet at the Vostochny cosmodrome').and.contain('Outside the article');
  });

  for (const bundle of ['hydrate', 'plain'] as const) {
    it(`renders the whole timeline, title and credit included, with the ${bundle} bundle`, async () => {
      const doc = await published(saved, bundle);
      const el = doc.querySelector('summit-timeline') as SummitTimelineElement;
      await waitUntil(() => el.shadowRoot?.querySelectorAll('[part="headline"]').length === 5, 'no timeline from what CKEditor saved', {
        timeout: 8000,
      });
      expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Russia and North Korea: nearly eight decades of ties');
      expect(text(el.shadowRoot!.querySelector('[part="credit"]'))).to.contain('The Associated Press, Sept. 13, 2023');
      // Nothing the cards say is lost on the way through the list: the working for "nearly eight decades" too.
      expect(text(el.shadowRoot!.querySelector('details.relative'))).to.contain('2023 − nearly 80 years ≈ 1945');
      // The list it was read from gives way to it: the chronology is on screen once.
      await waitUntil(() => (el.nextElementSibling as HTMLElement).offsetHeight === 0, 'the list after the timeline stayed');
    });
  }
});

describe('the --fallback-only snippet through CKEditor 5 "Basic HTML"', () => {
  it('reads as the chronology: title, five dated headlines with their text and quotes', async () => {
    const snippet = await (await fetch('/__static__/snippet?fallbackOnly=1')).text();
    const saved = await throughCKEditor(snippet, 'basic');
    expect(saved).to.not.contain('summit-');
    const doc = await published(saved, 'none');
    expect(text(doc.querySelector('h2'))).to.equal('Russia and North Korea: nearly eight decades of ties');
    const headlines = [...doc.querySelectorAll('h3')].map(text);
    expect(headlines).to.deep.equal([
      'Stalin and Kim Il Sung forge the alliance',
      'The Korean War, with Soviet support',
      'Russia votes for U.N. sanctions on North Korea',
      'Russia invades Ukraine',
      'Putin and Kim meet at the Vostochny cosmodrome',
    ]);
    expect(text(doc.body)).to.contain('Sept. 13, 2023').and.contain('Outside the article').and.contain('18-month-old invasion');
  });
});
