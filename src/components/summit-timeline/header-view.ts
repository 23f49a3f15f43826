/**
 * What surrounds the events in both layouts: the title and description above,
 * the credit line naming the article below, and headings at the level the page
 * asks for. Renders the view model only.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimelineDoc } from '../../data/types.js';
import type { TimelineView } from '../../layout/view.js';
import { renderRich } from './render-rich.js';

/**
 * A native heading at the page's level plus `offset`, so a timeline placed
 * anywhere in an article nests under the page's own headings. Each level is
 * its own fixed template: a tag name is never built from a string.
 */
export function renderHeading(headingLevel: number, offset: number, part: string, content: unknown, lang: string | undefined) {
  const level = Math.min(6, Math.max(1, Math.round(headingLevel) || 2) + offset);
  const l = ifDefined(lang);
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${part} lang=${l} dir="auto">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part} lang=${l} dir="auto">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} lang=${l} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} lang=${l} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} lang=${l} dir="auto">${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} lang=${l} dir="auto">${content}</h6>`;
  }
}

export function renderHeader(doc: TimelineDoc, headingLevel: number, lang: string | undefined) {
  if (!doc.title && !doc.description) return nothing;
  // A div, not <header>: at the top of a shadow root a header is a page banner
  // landmark, and a page with two timelines would have two.
  return html`<div class="header">
    ${doc.title ? renderHeading(headingLevel, 0, 'title', doc.title, lang) : nothing}
    ${
      doc.descriptionRich?.length
        ? html`<p part="description" class="description" lang=${ifDefined(lang)} dir="auto">
            ${doc.descriptionRich.map((paragraph, i) => html`${i ? html`<br />` : nothing}${renderRich(paragraph)}`)}
          </p>`
        : nothing
    }
  </div>`;
}

export function renderCredit(doc: TimelineDoc, view: TimelineView) {
  if (!view.credit) return nothing;
  return html`<p part="credit" class="credit" dir="auto">
    ${doc.article?.url ? html`<a href=${doc.article.url}>${view.credit}</a>` : view.credit}
  </p>`;
}
