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
  }
}

export function renderRich(nodes: readonly RichNode[]): unknown[] {
  return nodes.map((node) => (typeof node === 'string' ? node : renderElement(node)));
}
