/**
 * Reads what an author wrote inside `<summit-timeline>` into raw input for
 * src/data to validate. This is the only DOM reading of data; the markup it
 * accepts is the same markup that reads as a plain chronology without scripts.
 */

import { present } from '../../data/guards.js';

export type LightDomInput =
  | { readonly kind: 'inline'; readonly text: string; readonly csv: boolean }
  | { readonly kind: 'children'; readonly raw: { events: unknown[]; eras: unknown[] } }
  | { readonly kind: 'none' };

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Text read from the page is text: escape it so the rich-text reader cannot take "<b>" in it for markup. */
const literal = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function readEvent(element: Element): Record<string, unknown> {
  const heading = element.querySelector('h1, h2, h3, h4, h5, h6');
  const quotes = [...element.querySelectorAll('blockquote')].map(text).filter(Boolean);
  const paragraphs = [...element.querySelectorAll('p')].filter((p) => !p.closest('blockquote, [data-outside], figure')).map(text);
  // <p data-outside>…<cite>citation</cite></p>: a fact from outside the source, with its citation.
  const outside = element.querySelector('[data-outside]');
  const image = element.querySelector('img');
  const citation = outside?.querySelector('cite');
  return present({
    id: element.id || undefined,
    date: element.getAttribute('date') ?? element.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    end: element.getAttribute('end') ?? undefined,
    displayDate: element.getAttribute('display-date') ?? undefined,
    headline: heading ? literal(text(heading)) : (element.getAttribute('headline') ?? undefined),
    body: literal(paragraphs.filter(Boolean).join('\n\n')),
    media: image?.getAttribute('src')
      ? present({
          type: 'image',
          url: image.getAttribute('src'),
          alt: image.getAttribute('alt') ?? undefined,
          caption: text(image.closest('figure')?.querySelector('figcaption')),
        })
      : undefined,
    source: quotes.length ? { quote: quotes } : undefined,
    outside: outside ? { note: text(outside.querySelector('[data-note]') ?? outside), citation: text(citation) } : undefined,
  });
}

function readEra(element: Element): Record<string, unknown> {
  return present({
    id: element.id || undefined,
    date: element.getAttribute('date') ?? undefined,
    end: element.getAttribute('end') ?? undefined,
    label: element.getAttribute('label') ?? text(element),
  });
}

/** Inline JSON wins over children; both are ignored when `src` is set. */
export function readLightDom(host: Element): LightDomInput {
  const script = host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
  if (script) {
    const csv = script.getAttribute('type') === 'text/csv';
    const content = script.textContent ?? '';
    // Inline CSV is usually indented with the page's markup; rows start at the margin.
    const text = csv
      ? content
          .split('\n')
          .map((line) => line.trimStart())
          .join('\n')
          .trim()
      : content;
    return { kind: 'inline', text, csv };
  }
  // A timeline nested inside another keeps its own children.
  const own = (element: Element) => element.parentElement?.closest('summit-timeline') === host;
  const events = [...host.querySelectorAll('summit-event')].filter(own).map(readEvent);
  const eras = [...host.querySelectorAll('summit-era')].filter(own).map(readEra);
  if (events.length === 0 && eras.length === 0) return { kind: 'none' };
  return { kind: 'children', raw: { events, eras } };
}
