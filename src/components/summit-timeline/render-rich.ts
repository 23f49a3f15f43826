/**
 * Renders the allowlisted rich-text tree (src/data/rich-text.ts) as Lit
 * templates: every tag is a fixed template and every text a text binding, so no
 * HTML string ever reaches the DOM and Trusted Types has nothing to refuse.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RichElement, RichNode } from '../../data/rich-text.js';

function renderElement({ tag, attrs, children }: RichElement): TemplateResult {
  const content = renderRich(children);
  switch (tag) {
    case 'a':
      return html`<a href=${ifDefined(attrs.href)} rel="noopener noreferrer">${content}</a>`;
    case 'abbr':
      return html`<abbr title=${ifDefined(attrs.title)}>${content}</abbr>`;
    case 'br':
      return html`<br />`;
    case 'em':
    case 'i':
      return html`<em>${content}</em>`;
    case 'strong':
    case 'b':
      return html`<strong>${content}</strong>`;
    case 'cite':
      return html`<cite>${content}</cite>`;
    case 'q':
      return html`<q>${content}</q>`;
    case 'p':
      return html`<p>${content}</p>`;
    case 'ul':
      return html`<ul>${content}</ul>`;
    case 'ol':
      return html`<ol>${content}</ol>`;
    case 'li':
      return html`<li>${content}</li>`;
  }
}

/** A paragraph that is a list standing as its own block (parseParagraphs makes it so): no <p> around it. */
export const isListBlock = (paragraph: readonly RichNode[]): boolean =>
  paragraph.length === 1 && typeof paragraph[0] !== 'string' && (paragraph[0].tag === 'ul' || paragraph[0].tag === 'ol');

/**
 * A list of one as the item itself: Lit marks each item of a list with comment
 * nodes, and the common card has one paragraph, one quote, one gap.
 */
export const single = <T>(items: readonly T[]): T | readonly T[] => (items.length === 1 ? items[0] : items);

/** Plain text (the common case) renders as one text node: a list would add Lit's markers around each item. */
export function renderRich(nodes: readonly RichNode[]): unknown {
  if (nodes.length === 1 && typeof nodes[0] === 'string') return nodes[0];
  return nodes.map((node) => (typeof node === 'string' ? node : renderElement(node)));
}
