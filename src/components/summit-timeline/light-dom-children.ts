/**
 * Reads the readable chronology an author (or the static renderer) wrote
 * inside `<summit-timeline>` — `<summit-event>` and `<summit-era>` children,
 * the heading and summary above them, the credit below — into raw input for
 * src/data to validate. The markup it accepts is the markup that reads as a
 * plain chronology without scripts. It also finds an inline JSON or CSV
 * script. Part of the reader chunk: pages whose data comes from `src` or the
 * default never run it.
 */
import { present } from '../../data/guards.js';
import { fallbackSibling } from './light-dom.js';

export interface InlineScript {
  readonly text: string;
  readonly csv: boolean;
}

/**
 * The elements matching `selector` inside `root` (a timeline, or the list a
 * static render puts after one), not inside a timeline nested in it.
 */
export function ownChildren(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((element) => {
    const owner = element.parentElement?.closest('summit-timeline');
    return owner === root || !owner || !root.contains(owner);
  });
}

/** Event or era children of this timeline (or list). */
export const hasChildren = (root: Element) => ownChildren(root, 'summit-event, summit-era').length > 0;

/** Where this timeline's readable list is: inside it, or just after it; undefined if there is none. */
export function listRoot(host: Element): Element | undefined {
  if (hasChildren(host)) return host;
  const sibling = fallbackSibling(host);
  return sibling && hasChildren(sibling) ? sibling : undefined;
}

/**
 * The inline script's text, if it has any: a script a CMS emptied (CKEditor's
 * General HTML Support does) is no data at all.
 */
export function readInlineScript(host: Element): InlineScript | undefined {
  const script = host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
  const content = script?.textContent ?? '';
  if (!script || !content.trim()) return undefined;
  const csv = script.getAttribute('type') === 'text/csv';
  // Inline CSV is usually indented with the page's markup; rows start at the margin.
  const text = csv
    ? content
        .split('\n')
        .map((line) => line.trimStart())
        .join('\n')
        .trim()
    : content;
  return { text, csv };
}

/** What the children say as a document: events, eras, and the heading, summary and credit around them. */
export type ChildrenDocument = Record<string, unknown> & { events: unknown[]; eras: unknown[] };

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A paragraph's text, a <br> (between a list's items) read as a space. */
const paragraphText = (p: Element) =>
  [...p.childNodes]
    .map((node) => (node.nodeName === 'BR' ? ' ' : (node.textContent ?? '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
/** Text read from the page is text: escape it so the rich-text reader cannot take "<b>" in it for markup. */
const literal = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function readEvent(element: Element): Record<string, unknown> {
  const heading = element.querySelector('h1, h2, h3, h4, h5, h6');
  const quotes = [...element.querySelectorAll('blockquote')].map(text).filter(Boolean);
  const paragraphs = [...element.querySelectorAll('p')]
    .filter((p) => !p.closest('blockquote, [data-outside], [data-relative], [data-translation], figure'))
    .map(paragraphText);
  // <p data-relative>…<span data-wording>…</span>…<span data-arithmetic>…</span></p>: how a relative date was worked out.
  const relative = element.querySelector('[data-relative]');
  // <p data-outside>…<cite>citation</cite></p>: a fact from outside the source, with its citation.
  const outside = element.querySelector('[data-outside]');
  const image = element.querySelector('img');
  const citation = outside?.querySelector('cite');
  return present({
    id: element.id || element.getAttribute('data-id') || undefined,
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
    relative: relative
      ? { wording: text(relative.querySelector('[data-wording]')), arithmetic: text(relative.querySelector('[data-arithmetic]')) }
      : undefined,
  });
}

function readEra(element: Element): Record<string, unknown> {
  return present({
    id: element.id || element.getAttribute('data-id') || undefined,
    date: element.getAttribute('date') ?? undefined,
    end: element.getAttribute('end') ?? undefined,
    label: element.getAttribute('label') ?? text(element),
  });
}

/**
 * The article credit as the static renderer writes it (`<p data-article
 * data-title data-publisher data-date>`): data-* attributes survive KSES.
 */
function readArticle(host: Element): Record<string, unknown> | undefined {
  const credit = host.querySelector(':scope > [data-article]');
  const title = credit?.getAttribute('data-title');
  if (!credit || !title) return undefined;
  return present({
    title,
    publisher: credit.getAttribute('data-publisher') ?? undefined,
    date: credit.getAttribute('data-date') ?? undefined,
  });
}

/**
 * The document a readable list describes — `root` is the timeline, or the list
 * the static renderer puts after it — or undefined when it holds no event or era.
 */
export function readChildren(root: Element): ChildrenDocument | undefined {
  // A timeline nested inside another keeps its own children.
  const events = ownChildren(root, 'summit-event').map(readEvent);
  const eras = ownChildren(root, 'summit-era').map(readEra);
  if (events.length === 0 && eras.length === 0) return undefined;
  // The heading and summary above the list, as the static renderer and hand-written fallbacks put them.
  const heading = root.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6');
  const description = root.querySelector(':scope > p[data-description]');
  return {
    ...present({
      title: heading ? text(heading) : undefined,
      description: description ? text(description) : undefined,
      article: readArticle(root),
    }),
    events,
    eras,
  };
}
