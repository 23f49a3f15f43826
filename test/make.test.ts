// The make page as a producer uses it: paste a spreadsheet's CSV, see the
// preview at three widths and the problems, copy the embed code, paste it into
// a bare page, and get the same timeline there.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SummitTimelineElement } from '../src/components/summit-timeline/summit-timeline.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const headlines = (el: SummitTimelineElement) => [...el.shadowRoot!.querySelectorAll('li[data-id] [part="headline"]')].map(text);
const frameWindow = (doc: Document) => doc.defaultView!;
const dates = (el: SummitTimelineElement) => [...el.shadowRoot!.querySelectorAll('li[data-id] time')].map(text);

async function makePage(query = '', draft?: string, width = 1400) {
  if (draft === undefined) localStorage.removeItem('summit-make-data');
  else localStorage.setItem('summit-make-data', draft);
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Make page" style="width: ${width}px; height: 900px" src=${`/demo/make.html${query}`}></iframe>`,
  );
  await waitUntil(() => frame.contentDocument?.querySelector('#codes .code'), 'the make page did not start', { timeout: 8000 });
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow! };
}

describe('make.html', () => {
  it('opens a link’s data without overwriting the draft this browser kept, until the producer says', async () => {
    const draft = JSON.stringify({ events: [{ id: 'mine', date: '2001', headline: 'My unsaved work' }] });
    const linked = JSON.stringify({ events: [{ id: 'theirs', date: '2002', headline: 'From the link' }] });
    const { doc } = await makePage(`?data=${encodeURIComponent(linked)}`, draft);
    const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
    expect(data.value).to.equal(linked);
    expect(localStorage.getItem('summit-make-data')).to.equal(draft);
    const notice = doc.querySelector<HTMLElement>('#draft-notice')!;
    expect(notice.hidden).to.equal(false);
    expect(text(notice)).to.contain('Your draft in this browser (1 line) is still saved');
    doc.querySelector<HTMLButtonElement>('#draft-open')!.click();
    await waitUntil(() => data.value === draft, 'the draft did not come back');
    expect(notice.hidden).to.equal(true);
    // Asked again, the producer lets the link's data replace the draft.
    const again = await makePage(`?data=${encodeURIComponent(linked)}`, draft);
    again.doc.querySelector<HTMLButtonElement>('#draft-replace')!.click();
    await waitUntil(() => localStorage.getItem('summit-make-data') === linked, 'the link’s data was not saved');
    // The same data in the link and the draft asks nothing.
    const same = await makePage(`?data=${encodeURIComponent(draft)}`, draft);
    expect(same.doc.querySelector<HTMLElement>('#draft-notice')!.hidden).to.equal(true);
  });

  it('carries a 100-event sheet in its link, packed, and opens it elsewhere (issue 32, finding 3)', async () => {
    const rows = Array.from(
      { length: 100 },
      (_, i) =>
        `${1900 + i},${i + 1},${(i % 28) + 1},Event number ${i + 1} of the sheet,"A sentence about event ${i + 1}, long enough to read like a real row in a newsroom's timeline."`,
    );
    const sheet = `Year,Month,Day,Headline,Text\n${rows.join('\n')}\n`;
    expect(sheet.length).to.be.greaterThan(10_000);
    const { doc, win } = await makePage();
    const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
    // The example's data is in the link first: wait for the sheet's to replace it.
    await waitUntil(() => win.location.hash.startsWith('#data='), 'no data in the link', { timeout: 8000 });
    const before = win.location.hash;
    data.value = sheet;
    data.dispatchEvent(new (win as unknown as typeof globalThis).Event('input'));
    await waitUntil(() => /^#data=z(%3A|:)/.test(win.location.hash) && win.location.hash !== before, 'no packed sheet in the link', {
      timeout: 8000,
    });
    expect(text(doc.querySelector('#kept'))).to.contain('packed, in this page’s link');
    const link = `${win.location.search}${win.location.hash}`;
    expect(link.length).to.be.lessThan(sheet.length);
    // Opened in a browser that kept nothing: the sheet, not the example.
    const other = await makePage(link);
    await waitUntil(() => other.doc.querySelector<HTMLTextAreaElement>('#data')!.value === sheet, 'the link did not bring the sheet', {
      timeout: 8000,
    });
  });

  it('says so, rather than showing the example, when a link’s data was too long to travel', async () => {
    const { doc } = await makePage('?draft=local');
    expect(doc.querySelector<HTMLTextAreaElement>('#data')!.value).to.equal('');
    expect(text(doc.querySelector('#url-help'))).to.contain('too long to travel in a link');
  });

  it('undoes “Start from the example” over pasted work (issue 32, finding 4)', async () => {
    const { doc, win } = await makePage();
    const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
    const mine = 'Year,Headline\n1969,My own work\n';
    data.value = mine;
    data.dispatchEvent(new (win as unknown as typeof globalThis).Event('input'));
    doc.querySelector<HTMLButtonElement>('#start-default')!.click();
    await waitUntil(() => data.value.includes('summit-2023'), 'the example did not load', { timeout: 8000 });
    const notice = doc.querySelector<HTMLElement>('#undo-notice')!;
    expect(notice.hidden).to.equal(false);
    expect(text(notice)).to.contain('replaced by the example');
    doc.querySelector<HTMLButtonElement>('#undo')!.click();
    expect(data.value).to.equal(mine);
    expect(notice.hidden).to.equal(true);
  });

  for (const width of [1440, 1280, 1000]) {
    it(`shows the desktop preview whole on a ${width} px screen, as a desktop reader sees it (issue 32, finding 1)`, async () => {
      const { doc, win } = await makePage('', undefined, width);
      const frame = doc.querySelector<HTMLElement>('.frame[data-width="1040"]')!;
      const preview = frame.querySelector<SummitTimelineElement>('summit-timeline')!;
      await waitUntil(() => preview.shadowRoot?.querySelector('[role="tablist"]'), 'the desktop preview is not the axis', {
        timeout: 8000,
      });
      frame.scrollIntoView();
      const box = frame.getBoundingClientRect();
      expect(box.left, 'starts on screen').to.be.at.least(0);
      expect(box.right, 'ends on screen').to.be.at.most(win.innerWidth + 0.5);
      // Scaled only where the screen is narrower than the frame, and then said so.
      const scaled = text(doc.querySelector('.frames figure.desktop figcaption'));
      if (width >= 1280) expect(box.width).to.be.at.least(1000);
      else expect(scaled).to.match(/shown at \d+%/);
    });
  }

  it('offers “Start at event” from the data, and the codes open on the event chosen', async () => {
    const { doc, win } = await makePage();
    const select = doc.querySelector<HTMLSelectElement>('#selected')!;
    await waitUntil(() => select.options.length === 6, `events offered: ${select.options.length}`, { timeout: 8000 });
    select.value = 'korean-war';
    select.dispatchEvent(new (win as unknown as typeof globalThis).Event('change', { bubbles: true }));
    await waitUntil(
      () => doc.querySelector<HTMLTextAreaElement>('[data-key="element"] textarea')?.value.includes('selected="korean-war"'),
      'the element code does not open on the event',
    );
    expect(doc.querySelector('.frame[data-width="680"] summit-timeline')!.getAttribute('selected')).to.equal('korean-war');
  });

  it('carries each option, changed once in the page, into every code: element, iframe, reader’s link, static and publish commands (issue 32)', async () => {
    const { doc, win } = await makePage(`?src=${encodeURIComponent(`${location.origin}/data/summit-2023.json`)}`);
    const code = (key: string) => doc.querySelector<HTMLTextAreaElement>(`[data-key="${key}"] textarea`)?.value ?? '';
    await waitUntil(() => code('iframe').includes('embed.html?src='), 'no iframe code for data with an address', { timeout: 8000 });
    const set = (id: string, value: string | boolean) => {
      const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
      if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
      else control.value = value;
      control.dispatchEvent(new (win as unknown as typeof globalThis).Event('change', { bubbles: true }));
    };
    await waitUntil(() => doc.querySelector<HTMLSelectElement>('#selected')!.options.length === 6, 'no events offered', { timeout: 8000 });
    // Each: the control, the value, the element's attribute, the frame's parameter, the command line's flag.
    const OPTIONS = [
      ['layout', 'horizontal', 'layout="horizontal"', 'layout=horizontal', '--layout horizontal'],
      ['scale', 'sequence', 'scale="sequence"', 'scale=sequence', '--scale sequence'],
      ['heading-level', '3', 'heading-level="3"', 'heading-level=3', '--heading-level 3'],
      ['no-header', true, ' no-header', 'no-header=', '--no-header'],
      ['theme', 'dark', 'theme="dark"', 'theme=dark', '--theme dark'],
      ['lang', 'ru', 'lang="ru"', 'lang=ru', '--lang ru'],
      ['selected', 'korean-war', 'selected="korean-war"', 'selected=korean-war', '--selected korean-war'],
    ] as const;
    for (const [id, value, attribute, parameter, flag] of OPTIONS) {
      set(id, value);
      await waitUntil(() => code('element').includes(attribute), `${id}: the element code lacks ${attribute}`, { timeout: 8000 });
      const frame = code('iframe').replace(/&#38;/g, '&');
      expect(frame, `${id}: iframe`).to.contain(parameter);
      expect(code('link').replace(/&#38;/g, '&'), `${id}: reader's link`).to.contain(parameter);
      expect(code('static'), `${id}: static command`).to.contain(flag);
      expect(code('wordpress'), `${id}: publish command`).to.contain(flag);
    }
    // A typeface: a rule for this timeline in the element code, a named one in the frame's address.
    set('font', 'serif');
    await waitUntil(() => code('element').includes('--summit-font-family: Georgia'), 'no typeface in the element code', { timeout: 8000 });
    expect(code('iframe').replace(/&#38;/g, '&')).to.contain('font=serif');
    expect(
      getComputedStyle(doc.querySelector('.frame[data-width="680"] summit-timeline')!).getPropertyValue('--summit-font-family'),
    ).to.contain('Georgia');
    // The iframe alone takes a size.
    set('width', '640px');
    set('height', '1200');
    await waitUntil(() => code('iframe').includes('width: 640px; height: 1200px'), `iframe size: ${code('iframe')}`, { timeout: 8000 });
  });

  it('opens the preview in a window of its own, holding exactly the element code handed out', async () => {
    const { doc, win } = await makePage();
    const opened: string[] = [];
    (win as unknown as { open: (url: string) => null }).open = (url: string) => (opened.push(url), null);
    await waitUntil(() => doc.querySelector('[data-key="element"] textarea'), 'no codes', { timeout: 8000 });
    doc.querySelector<HTMLButtonElement>('#preview-window')!.click();
    await waitUntil(() => opened.length === 1, 'no window opened');
    const page = await (await fetch(opened[0])).text();
    const element = doc.querySelector<HTMLTextAreaElement>('[data-key="element"] textarea')!.value;
    expect(page)
      .to.contain(element)
      .and.match(/^<!DOCTYPE html>/);
  });

  it('lets no link choose the library’s host silently: another host is the producer’s choice', async () => {
    const { doc } = await makePage('?library=https%3A%2F%2Fevil.example%2Fst%2F');
    const element = () => doc.querySelector<HTMLTextAreaElement>('[data-key="element"] textarea')!.value;
    const warning = doc.querySelector<HTMLElement>('#library-warning')!;
    expect(warning.hidden).to.equal(false);
    expect(text(warning)).to.contain('https://evil.example').and.contain(location.host);
    // Until the producer answers, the codes load the script from this page's own host.
    expect(element()).to.contain(`src="${location.origin}/demo/summit-timeline.min.js"`);
    expect(element()).to.not.contain('evil.example');
    doc.querySelector<HTMLButtonElement>('#library-accept')!.click();
    await waitUntil(() => element().includes('https://evil.example/st/summit-timeline.min.js'), 'the accepted host is not used');
    expect(warning.hidden).to.equal(true);
    // The page's own host, or a path on it, is taken from a link as before.
    const own = await makePage(`?library=${encodeURIComponent(`${location.origin}/cdn/`)}`);
    expect(own.doc.querySelector<HTMLElement>('#library-warning')!.hidden).to.equal(true);
    expect(own.doc.querySelector<HTMLInputElement>('#library')!.value).to.equal(`${location.origin}/cdn/`);
  });

  it('takes a pasted Sheets CSV to a copied embed code that renders the same events on a bare page', async () => {
    const { doc, win } = await makePage();
    const csv = await (await fetch('/test/fixtures/import/korean-war.sheets.csv')).text();
    const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
    data.value = `${csv}\n1953,2,30,,,,,,,A date that does not exist,,,,,,,,,\n`;
    data.dispatchEvent(new (win as unknown as typeof globalThis).Event('input'));
    // The preview at every width, and the problem named with its event.
    const previews = () => [...doc.querySelectorAll<SummitTimelineElement>('.frame summit-timeline')];
    await waitUntil(
      // Each event once: a list item (vertical) or a tab on the axis (horizontal).
      () => previews().length === 3 && previews().every((el) => el.shadowRoot?.querySelectorAll('[data-id]').length === 3),
      'no preview',
      {
        timeout: 8000,
      },
    );
    await waitUntil(() => text(doc.querySelector('#problems')).includes('is not a valid day'), 'no problem listed', { timeout: 4000 });
    expect(text(doc.querySelector('#problems'))).to.contain('1 problem in the data');
    // The library as the page would host it.
    const library = doc.querySelector<HTMLInputElement>('#library')!;
    library.value = `${location.origin}/__library__/`;
    library.dispatchEvent(new (win as unknown as typeof globalThis).Event('change'));
    await waitUntil(
      () => doc.querySelector<HTMLTextAreaElement>('[data-key="element"] textarea')?.value.includes('/__library__/'),
      'code not updated',
    );
    // Copy, as the button does.
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: async (value: string) => void (copied = value) },
      configurable: true,
    });
    doc.querySelector<HTMLButtonElement>('[data-key="element"] button')!.click();
    await waitUntil(() => copied, 'nothing copied');
    expect(copied).to.contain('<summit-timeline id="timeline">').and.contain('<script type="application/json">').and.contain('<ol>');
    // Pasted into a bare page.
    const bare = await fixture<HTMLIFrameElement>(html`<iframe title="Bare page" style="width: 680px; height: 800px"></iframe>`);
    bare.contentDocument!.open();
    bare.contentDocument!.write(`<!doctype html><html lang="en"><body>${copied}</body></html>`);
    bare.contentDocument!.close();
    const pasted = bare.contentDocument!.querySelector('summit-timeline') as SummitTimelineElement;
    await waitUntil(() => pasted.shadowRoot?.querySelectorAll('[part="headline"]').length === 3, 'the pasted code rendered nothing', {
      timeout: 8000,
    });
    const preview = doc.querySelector<SummitTimelineElement>('.frame[data-width="680"] summit-timeline')!;
    expect(headlines(pasted)).to.deep.equal(headlines(preview));
    expect(dates(pasted)).to.deep.equal(dates(preview));
  });

  it('lists a hand-typed sheet’s seven mistakes, each a button that selects its row', async () => {
    const { doc, win } = await makePage();
    const csv = await (await fetch('/test/fixtures/sheets/seven-mistakes.csv')).text();
    const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
    data.value = csv;
    data.dispatchEvent(new (win as unknown as typeof globalThis).Event('input'));
    const buttons = () => [...doc.querySelectorAll<HTMLButtonElement>('#problems li button')];
    await waitUntil(() => buttons().length === 7, `expected 7 problems as buttons, saw ${text(doc.querySelector('#problems'))}`, {
      timeout: 8000,
    });
    expect(doc.querySelectorAll('#problems li')).to.have.length(7);
    expect(buttons().map((b) => text(b).split(':')[0])).to.deep.equal([
      'Row 1, column Dispay Date',
      'Row 5, column Year',
      'Row 6, column End Year',
      'Row 7, column Headline',
      'Row 8, column Year',
      'Row 9, column Year',
      'Row 10',
    ]);
    buttons()[4].click();
    expect(data.value.slice(data.selectionStart, data.selectionEnd)).to.equal(csv.split('\n')[7]);
    expect(doc.activeElement).to.equal(data);
  });

  it('makes a JSON problem without an id a button too, selecting its item', async () => {
    const { doc, win } = await makePage();
    const json = JSON.stringify(
      {
        events: [
          { id: 'a', date: '1950', headline: 'Fine' },
          { date: '1951-13', headline: 'No id, bad month' },
        ],
      },
      null,
      2,
    );
    const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
    data.value = json;
    data.dispatchEvent(new (win as unknown as typeof globalThis).Event('input'));
    await waitUntil(() => doc.querySelector('#problems li'), 'no problem listed', { timeout: 8000 });
    const items = [...doc.querySelectorAll('#problems li')];
    expect(items.every((li) => li.querySelector('button'))).to.equal(true);
    items.at(-1)!.querySelector('button')!.click();
    const selected = data.value.slice(data.selectionStart, data.selectionEnd);
    expect(JSON.parse(selected)).to.deep.equal({ date: '1951-13', headline: 'No id, bad month' });
  });

  it('offers the languages a sheet carries, previews one and hands out its code', async () => {
    const { doc, win } = await makePage();
    const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
    data.value = 'Year,Headline,Headline (es)\n1950,The Korean War,La guerra de Corea\n2023,The summit,La cumbre\n';
    data.dispatchEvent(new (win as unknown as typeof globalThis).Event('input'));
    const lang = doc.querySelector<HTMLSelectElement>('#lang')!;
    const spanish = () => [...lang.options].find((option) => option.value === 'es');
    // Offered among the interface's languages, and marked once the sheet carries it.
    await waitUntil(() => spanish()?.textContent === 'Español (es) · translated in the data', `Spanish: ${spanish()?.textContent}`, {
      timeout: 8000,
    });
    expect([...lang.options].map((option) => option.value)).to.include.members(['ar', 'he', 'ja', 'zh-Hans', 'ko']);
    lang.value = 'es';
    lang.dispatchEvent(new (win as unknown as typeof globalThis).Event('change', { bubbles: true }));
    const preview = doc.querySelector<SummitTimelineElement>('.frame[data-width="680"] summit-timeline')!;
    await waitUntil(() => headlines(preview).join() === 'La guerra de Corea,La cumbre', `preview: ${headlines(preview)}`, {
      timeout: 8000,
    });
    await waitUntil(
      () => doc.querySelector<HTMLTextAreaElement>('[data-key="element"] textarea')?.value.includes('lang="es"'),
      'code without lang="es"',
    );
  });

  it('says what to click in Sheets when given an editing link', async () => {
    const { doc, win } = await makePage();
    doc.querySelector<HTMLInputElement>('#url')!.value = 'https://docs.google.com/spreadsheets/d/1AbCdEf/edit#gid=0';
    doc
      .querySelector<HTMLFormElement>('#load-url')!
      .dispatchEvent(new (win as unknown as typeof globalThis).Event('submit', { cancelable: true }));
    await waitUntil(() => text(doc.querySelector('#url-help')).includes('Publish to web'), 'no advice');
    expect(text(doc.querySelector('#url-help'))).to.contain('Comma-separated values (.csv)');
  });

  it('is usable by keyboard and passes axe', async () => {
    const { doc } = await makePage();
    const controls = [...doc.querySelectorAll<HTMLElement>('input, select, textarea, button')];
    expect(controls.every((control) => control.tabIndex >= 0)).to.equal(true);
    // axe runs in the page's own document.
    const script = doc.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    doc.head.append(script);
    await waitUntil(() => doc.querySelector('.frame summit-timeline')?.shadowRoot?.querySelector('.card'), 'no preview', { timeout: 8000 });
    const axe = (
      frameWindow(doc) as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe;
    const { violations } = await axe.run(doc.querySelector('main')!);
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
  });
});
