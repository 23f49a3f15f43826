import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import type { Format } from '../../data/read-source.js';
import type { DataProblem, TimelineDoc, TimelineEvent } from '../../data/types.js';
import { ShownContent } from './shown-content.js';
import type { Scale } from '../../layout/axis.js';
import { buildView, type TimelineView } from '../../layout/view.js';
import { TimelineDataController } from './data-controller.js';
import { DeepLinkController } from './deep-link.js';
import { HORIZONTAL_FROM, type LayoutChoice, type Theme } from './options.js';
import type { SwipeTracker } from './swipe.js';
import type { ResolvedLayout } from './keyboard.js';
import { AxisState } from './axis-state.js';
import { Batches } from './batches.js';
import { Memo } from './memo.js';
import { hydratableRoot } from './hydration.js';
import { ReaderActions, type Selection } from './reader-actions.js';
import { renderLayout } from './layout-contexts.js';
import { LanguageController } from './language-controller.js';
import { LayoutParts, type TranslationsPart, type VerticalPart } from './layout-parts.js';
import { renderCredit, renderHeader } from './header-view.js';
import { PrintController } from './print-controller.js';
import { fallbackSibling } from './light-dom.js';
import { cascade, styles } from './summit-timeline.styles.js';
import { WidthController } from './width-controller.js';
import { VERSION } from '../../version.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directionOf } from '../../i18n/direction.js';

export { LAYOUT_CHOICES, THEMES, HORIZONTAL_FROM, type LayoutChoice, type Theme } from './options.js';

/** The parts a server cannot wait for as chunks (see SummitTimelineElement.renderOnServerWith). */
let serverParts: { vertical: VerticalPart; translations: TranslationsPart } | undefined;

/**
 * A sourced, accessible chronology for news explainers. With no data of its own
 * it shows the Russia–North Korea chronology up to the Sept. 13, 2023 Putin–Kim
 * summit; otherwise it reads `src`, an inline JSON script, or `<summit-event>`
 * children, which double as the no-JavaScript fallback.
 *
 * @tagname summit-timeline
 * @summary Timeline explainer: dated, sourced events as a vertical list or a gap-aware horizontal axis.
 *
 * @attr lang - The language shown: the data's translation into it when it carries one (else the original), and the interface's where it has the strings (en, ru, uk, ko, es, fr, de, pt, it, ja, zh-Hans, ar, he). Without it, the page's language chooses the translation, and the interface speaks the language of the content shown. A language written right to left sets the timeline's direction.
 *
 * @slot - Fallback content: the readable chronology shown before the data is read and when it cannot be.
 *
 * @event summit-data-error - One per problem in the data (detail: subject, index, id, field, message, skipped).
 * @event summit-select - A reader selected an event (detail: id, index); not fired for programmatic changes.
 *
 * @csspart title - The timeline's heading.
 * @csspart description - The summary under the heading.
 * @csspart list - The ordered list of events (vertical layout).
 * @csspart event - One list item: gap label, era label and card (vertical layout).
 * @csspart gap - The "18 months later" label before an event (vertical layout).
 * @csspart era - An era's label or band.
 * @csspart axis - The horizontal axis with its markers, breaks and ticks.
 * @csspart marker - An event's marker on the axis.
 * @csspart break - A compressed gap on the axis, with the time it stands for.
 * @csspart controls - The previous/next buttons and position (horizontal layout).
 * @csspart card - The box holding an event's date, headline, body and sources.
 * @csspart date - The event's date label.
 * @csspart headline - The event's headline.
 * @csspart body - The event's text.
 * @csspart group - The event's group or kicker, above its date.
 * @csspart media - The event's image (a figure with caption and credit) or media link.
 * @csspart source - The article quote that dates the event.
 * @csspart outside - The label and citation of a fact from outside the article.
 * @csspart credit - The line naming the article the chronology comes from.
 * @csspart editor - The editor-mode list of problems in the data.
 *
 * @cssproperty --summit-accent - Dates, markers, focus and links. Default #0a58b0.
 * @cssproperty --summit-text - Body text colour. Default #1b1b1b.
 * @cssproperty --summit-muted - Secondary text: gaps, sources, credit. Default #575757.
 * @cssproperty --summit-background - Behind the whole timeline. Default transparent.
 * @cssproperty --summit-card-background - Behind each card. Default #ffffff.
 * @cssproperty --summit-line - The timeline's line and card borders. Default #c4c4c4.
 * @cssproperty --summit-era - Era bands and labels. Default #f0e1c0.
 * @cssproperty --summit-era-text - Era label text. Default #5a3e0a.
 * @cssproperty --summit-font-family - Typeface; inherits the page's by default.
 * @cssproperty --summit-font-size - Base text size. Default 1em, the surrounding text's size.
 * @cssproperty --summit-card-radius - Corner radius of cards. Default 6px.
 */
export class SummitTimelineElement extends LitElement {
  static override styles = styles;

  /** Lit's reactive properties, declared without decorators: the decorator runtime would cost every reader 0.5 KB. */
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    format: { reflect: true },
    layout: { reflect: true },
    scale: { reflect: true },
    selected: { reflect: true },
    theme: { reflect: true },
    hashLinks: { type: Boolean, reflect: true, attribute: 'hash-links' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noHeader: { type: Boolean, reflect: true, attribute: 'no-header' },
    editor: { type: Boolean, reflect: true },
    gapYears: { type: Number, attribute: 'gap-years' },
  };

  /** The library version, so a second copy on the page can tell which one is running. */
  static readonly version = VERSION;

  /**
   * The element's own width decides `layout="auto"`, never the viewport's. Measured on
   * connect before the data is asked for (so first among the controllers), and the
   * layout's chunk asked for then: a short file on a fast connection could otherwise
   * arrive before the chunk was asked for in the first update, and the chunk would wait on it.
   */
  private readonly size = new WidthController(
    this,
    () => this.checkLabelFonts(),
    () => this.parts.of(this.resolvedLayout).get(),
  );
  private readonly source = new TimelineDataController(this);
  private readonly languages = new LanguageController(this);
  /** Everything the render shows, from data → layout; rebuilt only when its inputs change. */
  private view?: TimelineView;
  private readonly views = new Memo<TimelineView>();
  /** Each layout and the editor panel are chunks of their own, loaded when first needed. */
  private readonly parts = new LayoutParts(this, serverParts);
  private readonly content = new ShownContent(this, this.parts.translations);
  private readonly axis = new AxisState(this);
  /** The heading is drawn alone, and stays until the timeline is drawn under it (see willUpdate). */
  private headingShown = false;
  private readonly batches = new Batches(this);
  private selection: Selection = { current: 0, selected: -1 };
  private readonly reader = new ReaderActions(this, () => ({
    ...this.selection,
    horizontal: Boolean(this.axis.view),
    name: (index) => this.view!.events[index].name,
  }));
  private hasFallback = false;
  /** Deep links (`#<id>/<event>`) in the URL, applied once the data is in. */
  private readonly deepLinks = new DeepLinkController(this);
  private swipe?: SwipeTracker;
  /** The card animates in when the selection changes, not when it first appears. */
  private animateCard = false;

  /** The page is being printed: every disclosure opens. */
  private readonly print = new PrintController(this);

  /**
   * Rendered on a server (declarative shadow DOM) and not yet hydrated. The
   * first render must then match the server's exactly — vertical, no deep link —
   * and the element switches to its real layout right after.
   */
  private hydrating = !isServer && Boolean(this.shadowRoot);

  /** URL of a timeline JSON document; wins over every other source. */
  src = '';

  /** A timeline document as an object (the JSON format), for apps and server rendering; wins over inline JSON and children. */
  data?: unknown;

  /** Format of `src`, inline or `data` content: `auto` (detects TimelineJS3 JSON, and CSV by type or URL), `json`, `timelinejs` or `csv`. */
  format: Format = 'auto';

  /** `auto` (horizontal from 720 px of the element's own width), `vertical` or `horizontal`. */
  layout: LayoutChoice = 'auto';

  /** Horizontal axis spacing: `time` (true time, long gaps compressed into marked breaks) or `sequence` (even). */
  scale: Scale = 'time';

  /** Id of the selected event; reflects reader selections too. */
  selected = '';

  /** `light` (default), `dark`, or `auto` to follow the reader's colour scheme. */
  theme: Theme = 'light';

  /** Keep the URL hash (`#<element-id>/<event-id>`) in step with the selection. Needs an `id`. */
  hashLinks = false;

  /** Level of the timeline's heading (2–5); event headlines sit one below. */
  headingLevel = 2;

  /** Hides the title, description and credit, for pages that give their own. */
  noHeader = false;

  /** Shows editors, above the timeline, every problem in the data, each linked to its event. Readers never see it. */
  editor = false;

  /** Time between events, in whole years, from which the gap is drawn as a break. */
  // A literal, so the API docs show the number; a test pins it to the layout's DEFAULT_LONG_GAP_YEARS.
  gapYears = 10;

  /**
   * For the server renderer (src/static/render-static.ts): it draws the vertical
   * layout, in a translation when one is asked for, and cannot wait for a chunk, so
   * it hands both in; the styles it writes into the declarative shadow root include the layout's.
   */
  static renderOnServerWith(vertical: VerticalPart, translations: TranslationsPart): void {
    serverParts = { vertical, translations };
    this.finalize();
    this.elementStyles = this.finalizeStyles(cascade({ vertical: vertical.verticalStyles }));
  }

  /** A server's shadow root is hydrated when it can be, else cleared (./hydration.ts). */
  protected override createRenderRoot() {
    const { root, hydrating } = hydratableRoot(this, this.hydrating, () => super.createRenderRoot(), SummitTimelineElement.elementStyles);
    this.hydrating = hydrating;
    return root;
  }

  /** The events in chronological order, as rendered. */
  get events(): readonly TimelineEvent[] {
    return this.view?.chronology.events ?? [];
  }

  /** The layout in effect: `layout`, with `auto` resolved by the element's width. */
  get resolvedLayout(): ResolvedLayout {
    if (this.hydrating || isServer) return 'vertical';
    if (this.layout === 'vertical' || this.layout === 'horizontal') return this.layout;
    return this.size.value >= HORIZONTAL_FROM ? 'horizontal' : 'vertical';
  }

  /** While hydrating, wait until the data and language the server used are ready, so nothing re-renders. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!this.hydrating) return super.shouldUpdate(changed);
    this.languages.useFor(this, this.content.language(this.source.state?.doc));
    // The server drew the vertical list: hydrating waits for its chunk too (asked for here, beside the data).
    const vertical = this.parts.vertical.get();
    const state = this.source.state;
    // And the translation the server drew in, when it drew one (asked for by `doc`).
    return Boolean(state && !state.partial) && !this.languages.pending && vertical !== undefined && this.doc !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) this.source.readForServer();
    else this.source.refresh();
    const state = this.source.state;
    // A long document's heading alone has no events to lay out yet.
    const doc = state?.partial ? undefined : this.doc;
    this.languages.useFor(this, this.content.language(state?.doc));
    const language = this.languages.language;
    if (!doc) this.views.clear();
    this.view =
      doc &&
      this.views.get([doc, language, this.gapYears], () => {
        const view = buildView(doc, { language, gapYears: this.gapYears });
        // The server and a hydrating first render draw everything, as the static HTML has it.
        this.batches.start(view.events.length, isServer || this.hydrating);
        return view;
      });
    if (!this.hydrating) {
      this.deepLinks.apply(this.events, (id) => {
        this.selected = id;
        this.reader.reveal();
      });
    }
    if (changed.has('selected') && this.hasUpdated) this.animateCard = true;
    const events = this.events;
    const selected = events.findIndex((e) => e.id === this.selected);
    this.selection = { selected, current: Math.max(0, selected) };
    // Asked for as soon as the width says so (on connect, and again whenever it changes), not after the data.
    this.parts.of(this.resolvedLayout).get();
    this.axis.update(this.drawnLayout === 'horizontal' ? this.parts.horizontal.module : undefined, this.view, this.size.value, this.scale);
    this.hasFallback =
      !isServer && (this.querySelector(':scope > :not(script, style, template)') !== null || fallbackSibling(this) !== undefined);
    // The heading alone: while a long document's events are read, and after, until its
    // layout's code arrives — once drawn, it stays rather than giving way to a blank space
    // for a moment. A short document read before the code arrives is drawn whole, as before.
    this.headingShown =
      !!state && !this.hasFallback && !this.noHeader && !this.languages.pending && (state.partial || (this.headingShown && !this.ready));
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The static render's readable list after the element gives way to the timeline once it is drawn.
    const sibling = fallbackSibling(this);
    if (sibling) sibling.hidden = this.ready && !this.source.state?.failed;
    if (this.hydrating) {
      this.hydrating = false;
      this.requestUpdate();
      return;
    }
    this.deepLinks.write(this.hashLinks, this.selected, changed.has('selected'));
    this.reader.afterRender();
    this.axis.afterRender(this.parts.horizontal.module, this.renderRoot, this.selection.current, this.selection.selected);
    // Last, so the first axis's font check runs before the next batch adds markers.
    this.batches.next(this.view?.events.length ?? 0);
  }

  /** The axis labels were measured in a font; if they now render in another, lay them out again. */
  private checkLabelFonts() {
    this.axis.checkFonts(this.renderRoot);
  }

  // --- Public methods -------------------------------------------------------

  /** Selects the event with this id, without firing `summit-select`. Returns whether it exists. */
  goTo(id: string): boolean {
    if (!this.events.some((e) => e.id === id)) return false;
    this.selected = id;
    return true;
  }

  /** Selects the event after the current one, without firing `summit-select`. */
  next(): void {
    const event = this.events[Math.min(this.events.length - 1, this.selection.current + 1)];
    if (event) this.selected = event.id;
  }

  /** Selects the event before the current one, without firing `summit-select`. */
  previous(): void {
    const event = this.events[Math.max(0, this.selection.current - 1)];
    if (event) this.selected = event.id;
  }

  // --- Rendering ------------------------------------------------------------

  /** The data's language, set on its text so screen readers pronounce it right
   * even when the interface around it is in the reader's language. */
  private get contentLang(): string | undefined {
    return this.doc?.lang;
  }

  /** The data in the language shown (./shown-content.ts); undefined while its translation loads. */
  private get doc(): TimelineDoc | undefined {
    return this.content.of(this.source.state?.doc);
  }

  /** Events to draw now: the batches so far, always through the current one, and all of them for print. */
  private get limit(): number {
    return this.print.printing ? Infinity : Math.max(this.batches.drawn, this.selection.current + 1);
  }

  private renderEditorPanel(problems: readonly DataProblem[]) {
    const panel = this.editor ? this.parts.editor.get() : undefined;
    // Shown once the problems' messages are in (a lazy chunk; see DataController.publish), never half-worded.
    if (!panel || problems.some((problem) => !problem.message)) return nothing;
    return panel.renderEditorPanel(problems, {
      language: this.languages.language,
      indexOf: (id) => this.events.findIndex((e) => e.id === id),
      show: this.reader.showProblem,
    });
  }

  /** The layout drawn: the one in effect, or the other while its chunk loads (./layout-parts.ts). */
  private get drawnLayout(): ResolvedLayout | undefined {
    return this.parts.drawn(this.resolvedLayout);
  }

  /** Whether the data, language and layout are all in: until then the element shows its fallback. */
  private get ready(): boolean {
    const drawable = this.axis.view || this.drawnLayout === 'vertical';
    return Boolean(this.source.state && !this.languages.pending && this.view && drawable);
  }

  override render() {
    const state = this.source.state;
    const { ui } = this.languages.language;
    const view = this.view;
    if (state && this.headingShown) {
      // Its events are still being read, or its layout's code is on its way: the heading paints meanwhile, where it will stay.
      return html`<div class="timeline" dir=${ifDefined(directionOf(this.getAttribute('lang')))}>${renderHeader(this.doc ?? state.doc, this.headingLevel, this.contentLang)}</div>`;
    }
    if (!state || !view || !this.ready) return html`<slot></slot>`;
    if (state.failed) {
      // A file that was read but whose every event was refused still shows its title, and says so.
      const read = Boolean(state.doc.title || state.doc.description);
      return html`${this.renderEditorPanel(state.problems)}${read ? renderHeader(this.doc ?? state.doc, this.headingLevel, this.contentLang) : nothing}<slot></slot>${
        this.hasFallback ? nothing : html`<p class="unavailable">${read ? ui.noEvents : ui.unavailable}</p>`
      }`;
    }
    const doc = this.doc ?? state.doc;
    const axis = this.axis.view;
    // No white space between the parts: each would be a text node.
    return html`<div class="timeline ${axis ? 'horizontal' : 'vertical'}" dir=${ifDefined(directionOf(this.getAttribute('lang')))} @keydown=${this.reader.keydown} @click=${this.reader.click}>${this.renderEditorPanel(
      state.problems,
    )}${this.noHeader ? nothing : renderHeader(doc, this.headingLevel, this.contentLang)}${renderLayout(this.parts, axis, view, {
      language: this.languages.language,
      contentLang: this.contentLang,
      headingLevel: this.headingLevel,
      label: doc.title ?? ui.chronology,
      selection: this.selection,
      limit: this.limit,
      printing: this.print.printing,
      animate: this.animateCard,
      reader: this.reader,
      swipe: (make) => (this.swipe ??= make()),
    })}${this.noHeader ? nothing : renderCredit(doc, view)}<div class="visually-hidden" role="status">${this.reader.announcement}</div></div>`;
  }
}

// Declared with the class, so every entry that exports it (./embed-api.ts, for ./library.ts and ./hydrate.ts) types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimelineElement;
  }
}
