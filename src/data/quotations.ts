/**
 * Quotations inside a quoted source sentence. A module apart from the
 * rich-text reader: the card uses it when it draws, the reader only validates.
 */
import type { RichNode } from './rich-text.js';

/**
 * A quotation kept word for word, with the quotations inside it as nested `q`
 * elements: rendered inside an outer `<q>`, they take the inner marks
 * (‘…’ in English) instead of doubling “ ”.
 */
export function nestQuotations(text: string): RichNode[] {
  const nodes: RichNode[] = [];
  let last = 0;
  for (const match of text.matchAll(/“([^“”]*)”/g)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    nodes.push({ tag: 'q', attrs: {}, children: [match[1]] });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}
