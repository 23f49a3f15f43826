import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TimelineDoc, TimelineEvent } from '../../data/types.js';
import { formatDate, formatSpan } from '../../dates/format.js';
import { spanDatetime } from '../../dates/edtf.js';
import type { ChronologyLayout, EraMark, EventRow, Gap } from '../../layout/chronology.js';
import { layoutChronology } from '../../layout/chronology.js';
import { TimelineDataController } from './data-controller.js';
import { LanguageController } from './language-controller.js';
import { styles } from './summit-timeline.styles.js';

/**
 * A sourced, accessible chronology for news explainers. With no data of its own
 * it shows the Russia–North Korea chronology up to the Sept. 13, 2023 Putin–Kim
 * summit; otherwise it reads `src`, an inline JSON script, or `<summit-event>`
 * children, which double as the no-JavaScript fallback.
 *
 * @tagname summit-timeline
 * @summary Timeline explainer: dated, sourced events in reading order, with eras and marked gaps.
 *
 * @slot - Fallback content: the readable chronology shown before the data is read and when it cannot be.
 *
 * @event summit-data-error - One per problem in the data (detail: subject, index, id, field, message, skipped).
 *
 * @csspart title - The timeline's heading.
 * @csspart description - The summary under the heading.
 * @csspart list - The ordered list of events.
 * @csspart event - One list item: gap label, era label and card.
 * @csspart gap - The "18 months later" label before an event.
 * @csspart era - The label where an era begins.
 * @csspart card - The box holding an event's date, headline, body and sources.
 * @csspart date - The event's date label.
 * @csspart headline - The event's headline.
 * @csspart body - The event's text.
 * @csspart source - The article quote that dates the event.
 * @csspart outside - The label and citation of a fact from outside the article.
 * @csspart credit - The line naming the article the chronology comes from.
 *
 * @cssproperty --summit-accent - Dates, markers and links. Default #0a58b0.
 * @cssproperty --summit-text - Body text colour. Default #1b1b1b.
 * @cssproperty --summit-muted - Secondary text: gaps, sources, credit. Default #575757.
 * @cssproperty --summit-background - Behind the whole timeline. Default transparent.
 * @cssproperty --summit-card-background - Behind each card. Default #ffffff.
 * @cssproperty --summit-line - The vertical line and card borders. Default #c4c4c4.
 * @cssproperty --summit-era - Era bands and labels. Default #f0e1c0.
 * @cssproperty --summit-era-text - Era label text. Default #5a3e0a.
 * @cssproperty --summit-font-family - Typeface; inherits the page's by default.
 * @cssproperty --summit-font-size - Base size that everything scales from. Default 1rem.
 * @cssproperty --summit-card-radius - Corner radius of cards. Default 6px.
 */
export class SummitTimelineElement extends LitElement {
  static override styles = styles;

  private readonly data = new TimelineDataController(this);
  private readonly languages = new LanguageController(this);
  private layout?: ChronologyLayout;
  private laidOut?: TimelineDoc;
  private hasFallback = false;

  /** URL of a timeline JSON document; wins over inline JSON and children. */
  @property({ reflect: true }) src = '';

  /** Level of the timeline's heading (2–5); event headlines sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hides the title, description and credit, for pages that give their own. */
  @property({ type: Boolean, reflect: true, attribute: 'no-header' }) noHeader = false;

  /** Time between events, in whole years, from which the gap is drawn as a break. */
  @property({ type: Number, attribute: 'gap-years' }) gapYears = 10;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.hasUpdated) this.data.read();
    const doc = this.data.state?.doc;
    this.languages.use(this.closest('[lang]')?.getAttribute('lang') || doc?.lang || 'en');
    if (doc && (doc !== this.laidOut || changed.has('gapYears'))) {
      this.layout = layoutChronology(doc, { longGapYears: this.gapYears });
      this.laidOut = doc;
    }
    this.hasFallback = this.querySelector(':scope > :not(script)') !== null;
  }

  /** The events in chronological order, as rendered. */
  get events(): readonly TimelineEvent[] {
    return this.layout?.events ?? [];
  }

  /** The data's language, set on its text so screen readers pronounce it right
   * even when the interface around it is in the reader's language. */
  private get contentLang(): string | undefined {
    return this.data.state?.doc.lang;
  }

  private heading(offset: number, part: string, content: unknown) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
    const lang = ifDefined(this.contentLang);
    return html`<div role="heading" aria-level=${level} part=${part} class=${part} lang=${lang}>${content}</div>`;
  }

  private renderHeader(doc: TimelineDoc) {
    if (this.noHeader || (!doc.title && !doc.description)) return nothing;
    return html`<header>
      ${doc.title ? this.heading(0, 'title', doc.title) : nothing}
      ${doc.description
        ? html`<p part="description" class="description" lang=${ifDefined(this.contentLang)}>${doc.description}</p>`
        : nothing}
    </header>`;
  }

  private renderCredit(doc: TimelineDoc) {
    const article = doc.article;
    if (this.noHeader || !article) return nothing;
    const { ui, dates } = this.languages.language;
    const date = article.date ? formatDate(article.date, dates) : undefined;
    const text = ui.basedOn(article.title, article.publisher, date);
    return html`<p part="credit" class="credit">
      ${article.url ? html`<a href=${article.url}>${text}</a>` : text}
    </p>`;
  }

  private renderGap(gap: Gap) {
    const label = this.languages.language.dates.elapsed(gap.elapsed);
    return html`<span class="gap-line ${gap.long ? 'long' : ''}" aria-hidden="true"></span>
      <p part="gap" class="gap ${gap.long ? 'long' : ''}">${label}</p>`;
  }

  private renderEraBands(marks: readonly EraMark[]) {
    return marks.map(
      (mark) => html`<span
        class="band ${mark.first ? 'first' : ''} ${mark.last ? 'last' : ''}"
        style=${styleMap({ '--lane': String(mark.lane) })}
        aria-hidden="true"
      ></span>`,
    );
  }

  private renderEraLabel(mark: EraMark) {
    const { ui, dates } = this.languages.language;
    return html`<p part="era" class="era-label">
      <span class="visually-hidden">${ui.era}: </span><span lang=${ifDefined(this.contentLang)}>${mark.era.label}</span><span class="era-dates">${formatSpan(mark.era.span, dates)}</span>
    </p>`;
  }

  private renderSources(event: TimelineEvent) {
    const { ui } = this.languages.language;
    return html`
      ${event.outside
        ? html`<p part="outside" class="outside">
            <span class="badge">${ui.outsideArticle}</span>
            <span lang=${ifDefined(this.contentLang)}>${event.outside.note}</span>
            ${ui.citation}:
            ${event.outside.url ? html`<a href=${event.outside.url}>${event.outside.citation}</a>` : event.outside.citation}.
          </p>`
        : nothing}
      ${event.source
        ? html`<div part="source" class="source">
            <span class="source-label">${ui.fromArticle}:</span>
            ${event.source.quote.map((quote) => html`<q lang=${ifDefined(this.contentLang)}>${quote}</q> `)}
          </div>`
        : nothing}
      ${event.relative
        ? html`<details class="relative">
            <summary>${ui.howDated}</summary>
            <p>
              ${ui.articleSays}: <q lang=${ifDefined(this.contentLang)}>${event.relative.wording}</q>.
              <span lang=${ifDefined(this.contentLang)}>${event.relative.arithmetic}</span>
            </p>
          </details>`
        : nothing}
    `;
  }

  private renderEvent(row: EventRow, isFirst: boolean, isLast: boolean) {
    const { event } = row;
    const { dates } = this.languages.language;
    const label = event.displayDate ?? formatSpan(event.span, dates);
    return html`<li part="event" class="event ${isFirst ? 'first' : ''} ${isLast ? 'last' : ''}" data-id=${event.id}>
      ${row.gap ? this.renderGap(row.gap) : nothing}
      ${this.renderEraBands(row.eras)}
      ${row.eras.filter((mark) => mark.first).map((mark) => this.renderEraLabel(mark))}
      <span class="line" aria-hidden="true"></span>
      <span class="dot" aria-hidden="true"></span>
      <div part="card" class="card">
        <time part="date" datetime=${spanDatetime(event.span)}>${label}</time>
        ${this.heading(1, 'headline', event.headline)}
        ${event.body
          ? html`<div part="body" class="body" lang=${ifDefined(this.contentLang)}>${event.body.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`)}</div>`
          : nothing}
        ${this.renderSources(event)}
      </div>
    </li>`;
  }

  private renderRows(layout: ChronologyLayout) {
    const last = layout.rows.length - 1;
    return layout.rows.map((row, i) =>
      row.kind === 'event'
        ? this.renderEvent(row, i === 0, i === last)
        : html`<li part="event" class="era-only">
            ${this.renderEraBands([row.mark])}${this.renderEraLabel(row.mark)}
          </li>`,
    );
  }

  override render() {
    const state = this.data.state;
    const { ui } = this.languages.language;
    if (!state || this.languages.pending || !this.layout) return html`<slot></slot>`;
    if (state.failed) {
      return html`<slot></slot>${this.hasFallback ? nothing : html`<p class="unavailable">${ui.unavailable}</p>`}`;
    }
    const doc = state.doc;
    return html`<div class="timeline">
      ${this.renderHeader(doc)}
      <ol part="list" class="chronology" aria-label=${doc.title ?? ui.chronology}>
        ${this.renderRows(this.layout)}
      </ol>
      ${this.renderCredit(doc)}
    </div>`;
  }
}
