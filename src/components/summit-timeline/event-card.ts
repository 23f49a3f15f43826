/**
 * The card for one event — date, headline, body, outside-the-article label,
 * source quote and the working for relative dates — shared by the vertical
 * list and the horizontal layout's detail panel so both read the same.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { nestQuotations } from '../../data/quotations.js';
import type { EventMedia, EventSource, TimelineEvent } from '../../data/types.js';
import type { Language } from '../../i18n/strings.js';
import type { EventView } from '../../layout/view.js';
import { isListBlock, renderRich, single } from './render-rich.js';

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

/** Links and disclosures leave the Tab order outside the current card. */
const tabindexFor = (ctx: CardContext) => ifDefined(ctx.tabbable ? undefined : '-1');

/**
 * The article's words that date the event. One plain quote (the common case)
 * is one fixed template, its label and colon one text: a list of quotes costs
 * Lit two markers an item.
 */
/**
 * The article's own words, in the article's language (source.lang when the card is
 * shown in a translation), and the desk's translation beside them, labelled as
 * what it is and never in quotation marks (src/data/translations.ts).
 */
function renderSource(source: EventSource, ctx: CardContext) {
  const lang = ifDefined(source.lang ?? ctx.contentLang);
  const label = `${ctx.language.ui.fromArticle}: `;
  const quotes = source.quote.map(nestQuotations);
  const translation = source.translation?.length
    ? html`<p class="desk-translation" lang=${ifDefined(ctx.contentLang)} dir="auto"><span class="source-label">${ctx.language.ui.deskTranslation}: </span>${source.translation.join(' ')}</p>`
    : nothing;
  if (quotes.length === 1 && quotes[0].length === 1) {
    return html`<div part="source" class="source" dir="auto"><span class="source-label">${label}</span><q lang=${lang} dir="auto">${quotes[0][0]}</q>${translation}</div>`;
  }
  const list = quotes.map((quote) => html`<q lang=${lang} dir="auto">${renderRich(quote)}</q> `);
  return html`<div part="source" class="source" dir="auto"><span class="source-label">${label}</span>${single(list)}${translation}</div>`;
}

/**
 * The outside-the-article label, the source quotes and the working for a
 * relative date: only those the event has, as one value for one binding (most
 * cards have one of them, a source quote), and never a list, which would cost
 * two markers a part. Written without white space between elements.
 */
export function renderSources({ outside, source, relative }: TimelineEvent, ctx: CardContext): unknown {
  const { ui } = ctx.language;
  const lang = ifDefined(ctx.contentLang);
  const tabindex = tabindexFor(ctx);
  const citation = outside?.url ? html`<a href=${outside.url} tabindex=${tabindex}>${outside.citation}</a>` : outside?.citation;
  const parts = [
    outside &&
      html`<p part="outside" class="outside" dir="auto"><span class="badge">${ui.outsideArticle}</span> <span lang=${lang} dir="auto">${outside.note}</span> ${ui.citation}: ${citation}.</p>`,
    source && renderSource(source, ctx),
    relative &&
      html`<details class="relative" dir="auto" ?open=${ctx.expanded}><summary tabindex=${tabindex}>${ui.howDated}</summary><p>${`${ui.articleSays}: `}<q lang=${ifDefined(relative.lang ?? ctx.contentLang)} dir="auto">${relative.wording}</q>${
        relative.translation ? html` (${ui.deskTranslation}: <span lang=${lang} dir="auto">${relative.translation}</span>)` : nothing
      }. <span lang=${lang} dir="auto">${relative.arithmetic}</span></p></details>`,
  ].filter(Boolean);
  return parts.length < 2
    ? (parts[0] ?? nothing)
    : parts.length === 2
      ? html`${parts[0]}${parts[1]}`
      : html`${parts[0]}${parts[1]}${parts[2]}`;
}

/** A photo that cannot load (moved, offline) leaves no empty frame or broken-image icon; its caption stays. */
const hideBrokenImage = (e: Event) => ((e.target as HTMLImageElement).hidden = true);

function renderMedia(media: EventMedia, ctx: CardContext) {
  const tabindex = tabindexFor(ctx);
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
  const paragraphs =
    event.bodyRich?.map((paragraph) => (isListBlock(paragraph) ? renderRich(paragraph) : html`<p>${renderRich(paragraph)}</p>`)) ?? [];
  // A binding for each part, not a list of them: Lit marks a list's every item with
  // two comment nodes, a binding with one, and a long timeline has thousands of cards.
  return html`<div part="card" class="card">${
    event.group ? html`<p part="group" class="group" lang=${lang} dir="auto">${event.group}</p>` : nothing
  }<time part="date" datetime=${ifDefined(view.datetime)}><bdi>${view.date}</bdi></time>${
    event.headline ? ctx.heading(renderRich(event.headlineRich)) : nothing
  }${event.media ? renderMedia(event.media, ctx) : nothing}${
    paragraphs.length ? html`<div part="body" class="body" lang=${lang} dir="auto">${single(paragraphs)}</div>` : nothing
  }${renderSources(event, ctx)}</div>`;
}
