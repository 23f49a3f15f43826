/**
 * The words of an event's card as plain text, one part a line: what a hidden
 * panel of the horizontal layout holds instead of the whole card, so in-page
 * search still finds every event (the panel is `hidden="until-found"`) at a
 * fraction of the DOM. The card itself is drawn when the panel is shown —
 * selected, found by search, or printed.
 *
 * Pure: no DOM.
 */
import type { EventView } from './view.js';

export function findableText(view: EventView): string {
  const { event } = view;
  const media = event.media;
  const parts = [
    event.group,
    view.date,
    event.headline,
    media?.kind === 'quote'
      ? [...media.quote.map((paragraph) => paragraph.map(plain).join('')), media.credit, media.caption]
      : [media?.caption, media?.credit],
    event.body,
    event.outside && [event.outside.note, event.outside.citation],
    event.source?.quote,
    event.relative && [event.relative.wording, event.relative.arithmetic],
  ];
  return parts
    .flat(2)
    .filter((part): part is string => Boolean(part))
    .join('\n');
}

type Node = string | { readonly children: readonly Node[] };
const plain = (node: Node): string => (typeof node === 'string' ? node : node.children.map(plain).join(''));
