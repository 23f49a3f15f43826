import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import { timelineWith } from './inline.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const DATA = JSON.stringify({
  events: [
    { id: 'ok', date: '1950', headline: 'A valid event' },
    { id: 'korean-war', date: '1950', end: '1953-13', headline: 'Korean War' },
    { id: 'captioned', date: '1951', headline: 'An event with a bad field', body: 42 },
  ],
});

async function timeline(editor: boolean, lang?: string, layout: 'vertical' | 'horizontal' = 'vertical') {
  const el = timelineWith(DATA, { layout, editor });
  // The interface speaks a language other than the data's only when the timeline itself names it.
  if (lang) el.setAttribute('lang', lang);
  const warn = console.warn;
  console.warn = () => {};
  try {
    await fixture(html`<div lang=${lang ?? 'en'} style="width: ${layout === 'vertical' ? 560 : 1000}px">${el}</div>`);
    // Data, language and problem messages are separate chunks: allow for a busy machine.
    const item = layout === 'vertical' ? 'li[data-id]' : '[role="tab"][data-id]';
    await waitUntil(() => el.shadowRoot!.querySelectorAll(item).length === 2, 'not rendered', { timeout: 4000 });
    // The panel is a lazy chunk: wait for it in editor mode.
    if (editor) await waitUntil(() => el.shadowRoot!.querySelector('[part="editor"]'), 'no editor panel', { timeout: 4000 });
  } finally {
    console.warn = warn;
  }
  return el;
}

describe('editor mode', () => {
  it('lists every problem in plain language above the timeline', async () => {
    const el = await timeline(true);
    const panel = el.shadowRoot!.querySelector('[part="editor"]')!;
    expect(text(panel.querySelector('.editor-summary'))).to.equal('2 problems in the data. Readers see only the valid events.');
    expect([...panel.querySelectorAll('li')].map(text)).to.deep.equal([
      "Event 2 'korean-war': end date '1953-13' is not a valid month (left out)",
      "Event 3 'captioned': body must be text, not a number",
    ]);
    expect(
      panel.compareDocumentPosition(el.shadowRoot!.querySelector('ol.chronology')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('links each problem to its event', async () => {
    const el = await timeline(true);
    const link = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="editor"] button')!;
    expect(text(link)).to.contain("'captioned'");
    link.click();
    await el.updateComplete;
    expect(el.selected).to.equal('captioned');
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('captioned');
  });

  it('speaks the timeline’s language', async () => {
    const el = await timeline(true, 'ru');
    await waitUntil(() => text(el.shadowRoot!.querySelector('.editor-summary')).startsWith('Ошибок'), 'panel not in Russian');
    expect([...el.shadowRoot!.querySelectorAll('[part="editor"] li')].map(text)).to.deep.equal([
      "Событие 2 'korean-war': дата окончания «1953-13» — несуществующий месяц (не показано)",
      "Событие 3 'captioned': текст — ожидается текст, а не число",
    ]);
  });

  it('keeps the horizontal axis working: arrow keys and Next still change the event', async () => {
    // The panel's chunk once broke the minified bundle's render here (issue 28); the
    // suite's dist run loads that bundle.
    const el = await timeline(true, 'en', 'horizontal');
    expect(el.shadowRoot!.querySelectorAll('[part="editor"] li')).to.have.length(2);
    const tab = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[role="tab"][data-id="${id}"]`)!;
    tab('ok').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.selected).to.equal('captioned');
    expect(tab('captioned').getAttribute('aria-selected')).to.equal('true');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.step.previous')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal('ok');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.step.next')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal('captioned');
    expect(text(el.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden]) [part="headline"]'))).to.equal('An event with a bad field');
  });

  it('shows readers only the valid events, without the panel', async () => {
    const el = await timeline(false);
    expect(el.shadowRoot!.querySelector('[part="editor"]')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('[part="headline"]')].map(text)).to.deep.equal([
      'A valid event',
      'An event with a bad field',
    ]);
  });
});
