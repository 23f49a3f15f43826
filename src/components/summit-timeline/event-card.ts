/**
 * The card for one event — date, headline, body, outside-the-article label,
 * source quote and the working for relative dates — shared by the vertical
 * list and the horizontal layout's detail panel so both read the same.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { nestQuotations } from '../../data/quotations.js';
import type { EventMedia, TimelineEvent } from '../../data/types.js';
import type { Language } from '../../i18n/strings.js';
import type { EventView } from '../../layout/view.js';
import { renderRich, single } from './render-rich.js';

export interface CardContext {
  readonly language: Language;
  /** The data's language, set on its text so screen readers pronounce it right. */
  readonly contentLang: string | undefined;
  readonly heading: (content: unknown) => TemplateResult;
  /** Links and disclosures inside are reachable by Tab only in the current card. */
  readonly tabbable: boolean;
  /** Open every disclosure, for print. */
  readonly expanded: boolean;
}

/**
 * The outside-the-article label, the source quotes and the working for a
 * relative date: only those the event has, as one binding (most cards have one
 * of them, a source quote), written without white space between elements.
 */
function renderSources(event: TimelineEvent, ctx: CardContext): TemplateResult[] {
  const { ui } = ctx.language;
  const lang = ifDefined(ctx.contentLang);
  const tabindex = ifDefined(ctx.tabbable ? undefined : '-1');
  const parts: TemplateResult[] = [];
  const { outside, source, relative } = event;
  if (outside) {
    const citation = outside.url ? html`<a href=${outside.url} tabindex=${tabindex}>${outside.citation}</a>` : outside.citation;
    parts.push(
      html`<p part="outside" class="outside" dir="auto"><span class="badge">${ui.outsideArticle}</span> <span lang=${lang}>${outside.note}</span> ${ui.citation}: ${citation}.</p>`,
    );
  }
  if (source) {
    const quotes = source.quote.map((quote) => html`<q lang=${lang} dir="auto">${renderRich(nestQuotations(quote))}</q> `);
    parts.push(
      html`<div part="source" class="source" dir="auto"><span class="source-label">${ui.fromArticle}:</span> ${single(quotes)}</div>`,
    );
  }
  if (relative) {
    parts.push(
      html`<details class="relative" dir="auto" ?open=${ctx.expanded}><summary tabindex=${tabindex}>${ui.howDated}</summary><p>${ui.articleSays}: <q lang=${lang} dir="auto">${relative.wording}</q>. <span lang=${lang}>${relative.arithmetic}</span></p></details>`,
    );
  }
  return parts;
}

/** A photo that cannot load (moved, offline) leaves no empty frame or broken-image icon; its caption stays. */
const hideBrokenImage = (e: Event) => ((e.target as HTMLImageElement).hidden = true);

function renderMedia(media: EventMedia, ctx: CardContext) {
  const tabindex = ifDefined(ctx.tabbable ? undefined : '-1');
  if (media.kind === 'quote') {
    // Marks and direction follow the quotation's own text, not the page's.
    return html`<figure part="media" class="media media-quote">
      <blockquote lang=${ifDefined(ctx.contentLang)} dir="auto" cite=${ifDefined(media.url)}>
        ${media.quote.map((paragraph) => html`<p>${renderRich(paragraph)}</p>`)}
      </blockquote>
      ${
        media.credit || media.caption || media.url
          ? html`<figcaption lang=${ifDefined(ctx.contentLang)} dir="auto">
            ${media.credit ? html`<span class="credit-line">— ${media.credit}</span>` : nothing} ${media.caption ?? nothing}
            ${media.url ? html`<a href=${media.url} rel="noopener noreferrer" tabindex=${tabindex}>${ctx.language.ui.original}</a>` : nothing}
          </figcaption>`
          : nothing
      }
    </figure>`;
  }
  if (media.kind === 'link') {
    return html`<p part="media" class="media-link">
      <a href=${media.url} rel="noopener noreferrer" tabindex=${tabindex}>${media.caption ?? media.url}</a>
      ${media.credit ? html`<span class="credit-line">${media.credit}</span>` : nothing}
    </p>`;
  }
  return html`<figure part="media" class="media">
    <img src=${media.url} alt=${media.alt ?? ''} loading="lazy" decoding="async" @error=${hideBrokenImage} />
    ${
      media.caption || media.credit
        ? html`<figcaption lang=${ifDefined(ctx.contentLang)}>
          ${media.caption ?? nothing} ${media.credit ? html`<span class="credit-line">${media.credit}</span>` : nothing}
        </figcaption>`
        : nothing
    }
  </figure>`;
}

export function renderEventCard(view: EventView, ctx: CardContext) {
  const { event } = view;
  const lang = ifDefined(ctx.contentLang);
  const paragraphs = event.bodyRich?.map((paragraph) => html`<p>${renderRich(paragraph)}</p>`) ?? [];
  // A binding for each part, not a list of them: Lit marks a list's every item with
  // two comment nodes, a binding with one, and a long timeline has thousands of cards.
  return html`<div part="card" class="card">${
    event.group ? html`<p part="group" class="group" lang=${lang} dir="auto">${event.group}</p>` : nothing
  }<time part="date" datetime=${ifDefined(view.datetime)}><bdi>${view.date}</bdi></time>${
    event.headline ? ctx.heading(renderRich(event.headlineRich)) : nothing
  }${event.media ? renderMedia(event.media, ctx) : nothing}${
    paragraphs.length ? html`<div part="body" class="body" lang=${lang} dir="auto">${single(paragraphs)}</div>` : nothing
  }${single(renderSources(event, ctx))}</div>`;
}
