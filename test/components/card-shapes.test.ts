// The vertical list writes a card of the common shape in its own template, to
// save DOM nodes (see renderListItem): a reader must still get the same card in
// either layout, every part, attribute and word of it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { timelineWith } from './inline.js';

const QUOTE = 'The talks marked a new high point in the ties between the old allies.';
const event = (id: string, fields: Record<string, unknown>) => ({
  id,
  date: '1950-06-25',
  headline: `Headline of ${id}`,
  body: 'One plain paragraph.',
  ...fields,
});
const events = [
  event('plain', {}),
  event('quoted', { source: { quote: [QUOTE] } }),
  event('relative', {
    source: { quote: [QUOTE] },
    relative: { wording: 'two years earlier', arithmetic: '1952 − 2 years = 1950' },
  }),
  event('outside', { outside: { note: 'Not in the article.', citation: 'Agency archive', url: 'https://example.org/a' } }),
  event('outside-plain', { outside: { note: 'Not in the article.', citation: 'Agency archive' } }),
  event('all-three', {
    source: { quote: [QUOTE] },
    relative: { wording: 'two years earlier', arithmetic: '1952 − 2 years = 1950' },
    outside: { note: 'Not in the article.', citation: 'Agency archive', url: 'https://example.org/a' },
  }),
  event('two-quotes', { source: { quote: [QUOTE, 'A second sentence of the article.'] } }),
  event('nested-quote', { source: { quote: ['Kim said “we will always be with Russia” at the talks.'] } }),
  event('grouped', { group: 'Diplomacy', source: { quote: [QUOTE] } }),
  event('image', { media: { url: '/bench-image.png', alt: 'Delegations at a table', caption: 'The delegations meet.' } }),
  event('rich-body', { body: 'A paragraph with <em>emphasis</em> and a <a href="https://example.org/">link</a>.' }),
  event('two-paragraphs', { body: 'First paragraph.\n\nSecond paragraph.' }),
  event('no-body', { body: undefined }),
  event('rich-headline', { headline: 'A <em>rich</em> headline' }),
];

/** A card's markup as a reader's browser has it: Lit's comment markers gone, adjacent texts joined. */
function markup(card: Element | null | undefined) {
  if (!card) return '(no card)';
  const copy = card.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  copy.normalize();
  return copy.outerHTML;
}

async function timeline(layout: 'vertical' | 'horizontal') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = timelineWith({ title: 'Shapes', lang: 'en', events }, { layout });
  wrapper.append(el);
  const item = layout === 'vertical' ? 'li[data-id]' : '[role="tab"]';
  await waitUntil(() => el.shadowRoot!.querySelectorAll(item).length === events.length, `no ${layout} timeline`, { timeout: 4000 });
  return el;
}

describe('cards of every shape', () => {
  it('read the same in the vertical list as in the horizontal layout’s panel', async () => {
    const vertical = await timeline('vertical');
    const horizontal = await timeline('horizontal');
    const differences: string[] = [];
    for (const { id } of events) {
      // The selected card is the current one in both layouts: its links and disclosure are in the Tab order.
      vertical.selected = id;
      horizontal.selected = id;
      await Promise.all([vertical.updateComplete, horizontal.updateComplete]);
      const inList = markup(vertical.shadowRoot!.querySelector(`li[data-id="${id}"] .card`));
      const inPanel = markup(horizontal.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden]) .card'));
      if (inList !== inPanel) differences.push(`${id}:\n  list  ${inList}\n  panel ${inPanel}`);
    }
    expect(differences.join('\n')).to.equal('');
    // Not vacuous: the shapes drew every part they carry.
    const list = vertical.shadowRoot!;
    expect(list.querySelectorAll('.card .source q')).to.have.length(8);
    expect(list.querySelectorAll('.card details.relative')).to.have.length(2);
    expect(list.querySelectorAll('.card .outside a[href]')).to.have.length(2);
  });
});
