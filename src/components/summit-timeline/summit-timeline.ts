import { adoptStyles, html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import type { Format } from '../../data/read-source.js';
import type { DataProblem, TimelineEvent } from '../../data/types.js';
import type { Scale } from '../../layout/axis.js';
import type { AxisView } from '../../layout/axis-view.js';
import { buildView, type EventView, type TimelineView } from '../../layout/view.js';
import { SummitSelectEvent } from '../../events/summit-select-event.js';
import { TimelineDataController } from './data-controller.js';
import { DeepLinkController, hashFor } from './deep-link.js';
import type { HorizontalContext } from './horizontal-view.js';
import type { SwipeTracker } from './swipe.js';
import type { LabelMeasureController } from './label-measure.js';
import { renderEventCard } from './event-card.js';
import { targetIndex, type ResolvedLayout } from './keyboard.js';
import { LanguageController } from './language-controller.js';
import { LazyPart } from './lazy-part.js';
import { renderCredit, renderHeader, renderHeading } from './header-view.js';
import { PrintController } from './print-controller.js';
import { fallbackSibling } from './light-dom.js';
import { cascade, styles } from './summit-timeline.styles.js';
import { WidthController } from './width-controller.js';
import { VERSION } from '../../version.js';

export const LAYOUT_CHOICES = ['auto', 'vertical', 'horizontal'] as const;
export type LayoutChoice = (typeof LAYOUT_CHOICES)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * A long timeline draws this many events (more than a screenful in either
 * layout) in its first render, then batches of at least BATCH a task, each at
 * least as many as were drawn, so it paints early and needs few renders.
 */
const FIRST_BATCH = 60;
const BATCH = 250;
/**
 * Up to this many events are drawn in one render. Split, a second batch smaller
 * than the first costs another frame and a re-render of the markers before it,
 * more than it saves. Drawn whole, 100 events were all shown 18 ms sooner (263 →
 * 245 ms, median of 8 interleaved loads, horizontal at 1280 px), with no task over
 * 50 ms; 200 drawn whole raised total blocking time from 5 to 36 ms.
 */
const ONE_RENDER = 2 * FIRST_BATCH;

/** `layout="auto"` turns horizontal from this element width, in px. */
export const HORIZONTAL_FROM = 720;

type VerticalPart = typeof import('./vertical-view.js');

/** The vertical layout on the server, which cannot wait for a chunk (see SummitTimelineElement.renderOnServerWith). */
let serverVertical: VerticalPart | undefined;

interface Selection {
  /** The event shown and focusable: the selected one, else the first. */
  readonly current: number;
  /** -1 when nothing is selected yet. */
  readonly selected: number;
}

/**
 * A sourced, accessible chronology for news explainers. With no data of its own
 * it shows the Russia–North Korea chronology up to the Sept. 13, 2023 Putin–Kim
 * summit; otherwise it reads `src`, an inline JSON script, or `<summit-event>`
 * children, which double as the no-JavaScript fallback.
 *
 * @tagname summit-timeline
 * @summary Timeline explainer: dated, sourced events as a vertical list or a gap-aware horizontal axis.
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
    () => this.layoutPart.get(),
  );
  private readonly source = new TimelineDataController(this);
  private readonly languages = new LanguageController(this);
  /** Measures axis labels in their font; comes with the horizontal chunk. */
  private labels?: LabelMeasureController;
  /** Everything the render shows, from data → layout; rebuilt only when its inputs change. */
  private view?: TimelineView;
  private viewInputs?: readonly unknown[];
  /** Each layout and the editor panel are chunks of their own, loaded when first needed. */
  private readonly vertical = new LazyPart(
    () => import('./vertical-view.js'),
    () => this.partArrived(),
    serverVertical,
  );
  private readonly horizontal = new LazyPart(
    () => import('./horizontal-view.js'),
    () => this.partArrived(),
  );
  private readonly editorPanel = new LazyPart(
    () => import('./editor-panel.js'),
    () => this.partArrived(),
  );
  private axisView?: AxisView;
  /** The heading is drawn alone, and stays until the timeline is drawn under it (see willUpdate). */
  private headingShown = false;
  /** Events drawn so far; the rest follow a batch a task (see FIRST_BATCH). */
  private drawn = Infinity;
  /** The next batch is on its way. */
  private batchDue = false;
  /** The axis and the selection the last time the current marker was kept in view; no axis until one is drawn. */
  private inView: readonly [AxisView | undefined, number] = [undefined, -1];
  private axisInputs?: readonly unknown[];
  private selection: Selection = { current: 0, selected: -1 };
  private hasFallback = false;
  /** Deep links (`#<id>/<event>`) in the URL, applied once the data is in. */
  private readonly deepLinks = new DeepLinkController(this);
  /** After the next render: move focus to the current item / bring it into view. */
  private focusAfterUpdate = false;
  private revealAfterUpdate = false;
  private revealPanelAfterUpdate = false;
  private swipe?: SwipeTracker;
  /** The card animates in when the selection changes, not when it first appears. */
  private animateCard = false;

  /** Text for the polite live region: the date and headline of a new selection. */
  private announcement = '';

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
   * layout and cannot wait for a chunk, so it hands the layout in, and the
   * styles it writes into the declarative shadow root include the layout's.
   */
  static renderOnServerWith(vertical: VerticalPart): void {
    serverVertical = vertical;
    this.finalize();
    this.elementStyles = this.finalizeStyles(cascade({ vertical: vertical.verticalStyles }));
  }

  /**
   * A server-rendered shadow root hydrates only when Lit's hydration support
   * loaded first (the hydrate bundle) and the root still holds what the server
   * wrote. Met by the plain bundle — or emptied by a CMS that strips <template>
   * contents — it is cleared and rendered afresh: otherwise Lit would add a
   * second timeline after the first, or fail hydrating an empty root.
   */
  protected override createRenderRoot() {
    const existing = this.shadowRoot;
    const canHydrate = 'litElementHydrateSupport' in globalThis;
    const stale = this.hydrating && existing !== null && !(canHydrate && existing.childNodes.length > 0);
    // Cleared before Lit looks at it: Lit renders before the root's first node.
    if (stale) existing.replaceChildren();
    const root = super.createRenderRoot();
    if (stale) {
      this.hydrating = false;
      if (canHydrate) {
        // Lit's hydration support (through a cross-package field) marked the root for
        // hydration and skipped adopting styles; there is nothing left to hydrate.
        (this as unknown as { _$needsHydration?: boolean })._$needsHydration = false;
        adoptStyles(root as ShadowRoot, SummitTimelineElement.elementStyles);
      }
    }
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

  /** The chunk of the layout asked for (`resolvedLayout`), which may not have arrived yet. */
  private get layoutPart() {
    return this.resolvedLayout === 'vertical' ? this.vertical : this.horizontal;
  }

  /** While hydrating, wait until the data and language the server used are ready, so nothing re-renders. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!this.hydrating) return super.shouldUpdate(changed);
    this.useLanguage();
    // The server drew the vertical list: hydrating waits for its chunk too (asked for here, beside the data).
    const vertical = this.vertical.get();
    const state = this.source.state;
    return Boolean(state && !state.partial) && !this.languages.pending && vertical !== undefined;
  }

  /** Language comes from the nearest `lang`; the server, with no tree to look up, goes by the element's own. */
  private useLanguage() {
    const inherited = isServer ? this.getAttribute('lang') : this.closest('[lang]')?.getAttribute('lang');
    this.languages.use(inherited || this.source.state?.doc.lang || 'en');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) this.source.readForServer();
    else this.source.refresh();
    const state = this.source.state;
    // A long document's heading alone has no events to lay out yet.
    const doc = state?.partial ? undefined : state?.doc;
    this.useLanguage();
    const language = this.languages.language;
    const viewInputs = [doc, language, this.gapYears] as const;
    if (!doc) this.view = undefined;
    else if (!this.viewInputs || viewInputs.some((input, i) => input !== this.viewInputs![i])) {
      this.view = buildView(doc, { language, gapYears: this.gapYears });
      // The server and a hydrating first render draw everything, as the static HTML has it.
      this.drawn = isServer || this.hydrating || this.view.events.length <= ONE_RENDER ? Infinity : FIRST_BATCH;
      this.viewInputs = viewInputs;
    }
    if (!this.hydrating) this.applyDeepLink();
    if (changed.has('selected') && this.hasUpdated) this.animateCard = true;
    const events = this.events;
    const selected = events.findIndex((e) => e.id === this.selected);
    this.selection = { selected, current: Math.max(0, selected) };
    // Asked for as soon as the width says so (on connect, and again whenever it changes), not after the data.
    this.layoutPart.get();
    const horizontal = this.drawnLayout === 'horizontal' ? this.horizontal.module : undefined;
    if (!horizontal || !this.view) {
      this.axisView = undefined;
      this.axisInputs = undefined;
    } else {
      // The axis depends only on these; a new selection or announcement reuses it.
      const labels = (this.labels ??= new horizontal.LabelMeasureController(this));
      const inputs = [this.view, this.size.value, this.scale, labels.version] as const;
      if (!this.axisInputs || inputs.some((input, i) => input !== this.axisInputs![i])) {
        this.axisView = horizontal.buildAxisView(this.view, { width: this.size.value, scale: this.scale, measure: labels.measure });
        this.axisInputs = inputs;
      }
    }
    this.hasFallback =
      !isServer && (this.querySelector(':scope > :not(script, style, template)') !== null || fallbackSibling(this) !== undefined);
    // The heading alone: while a long document's events are read, and after, until its
    // layout's code arrives — once drawn, it stays rather than giving way to a blank space
    // for a moment. A short document read before the code arrives is drawn whole, as before.
    this.headingShown =
      !!state && !this.hasFallback && !this.noHeader && !this.languages.pending && (state.partial || (this.headingShown && !this.ready));
  }

  /** Base styles plus those of the lazily loaded parts that have arrived. */
  private partArrived() {
    const parts = {
      vertical: this.vertical.module?.verticalStyles,
      horizontal: this.horizontal.module?.horizontalStyles,
      editor: this.editorPanel.module?.editorStyles,
    };
    adoptStyles(this.renderRoot as ShadowRoot, cascade(parts));
    this.requestUpdate();
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
    if (this.hashLinks && this.id && changed.has('selected') && this.selected) {
      history.replaceState(history.state, '', hashFor(this.id, this.selected));
    }
    // A step button that just reached the end is disabled, and focus would fall to the page: keep it on the other one.
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (active instanceof HTMLButtonElement && active.disabled && active.classList.contains('step')) {
      this.renderRoot.querySelector<HTMLButtonElement>('.step:not([disabled])')?.focus();
    }
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.itemElement(this.selection.current)?.focus();
    }
    if (this.revealAfterUpdate) {
      this.revealAfterUpdate = false;
      this.itemElement(this.selection.current)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    if (this.revealPanelAfterUpdate) {
      this.revealPanelAfterUpdate = false;
      this.renderRoot.querySelector(`#panel-${this.selection.current}`)?.scrollIntoView({ block: 'nearest' });
    }
    if (this.axisView) {
      // Both read style or layout, which in the middle of a render forces the whole
      // timeline's to be worked out then, and again in the frame. So the marker is
      // brought into view only when it or the axis changed, not for a batch of
      // markers and panels (nor, once the reader has scrolled the axis, for a render
      // they did not ask for); a first axis showing its first marker is at the start
      // already. The labels' fonts are checked when the axis is new (page fonts that
      // change later are caught by the fonts' loadingdone and the resize observer),
      // the first time once the frame has laid out, before the next batch.
      const { current, selected } = this.selection;
      const [axisBefore, selectedBefore] = this.inView;
      const first = !axisBefore;
      if ((this.axisView !== axisBefore || selected !== selectedBefore) && (!first || current !== 0)) {
        this.horizontal.module?.keepMarkerInView(this.renderRoot, this.axisView, current, this.matches(':dir(rtl)'));
      }
      this.inView = [this.axisView, selected];
      if (first) requestAnimationFrame(() => setTimeout(() => this.checkLabelFonts()));
      else if (this.axisView !== axisBefore) this.checkLabelFonts();
    }
    const total = this.view?.events.length ?? 0;
    if (this.drawn < total && !this.batchDue) {
      this.batchDue = true;
      // Each batch in a task of its own, after a frame: a timeout alone may run
      // before the frame, and then nothing paints until the last batch is built.
      // Asked for last, so the first axis's font check (above) runs before the batch
      // adds markers, on the style the frame has just worked out.
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.batchDue = false;
          // Growing geometrically: each batch re-renders the ones before it (cheaply, but not for free).
          this.drawn = Math.max(this.drawn + BATCH, this.drawn * 2);
          this.requestUpdate();
        }),
      );
    }
  }

  /** The axis labels were measured in a font; if they now render in another, lay them out again. */
  private checkLabelFonts() {
    if (this.axisView) this.labels?.check(this.renderRoot);
  }

  private itemElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  /** A deep link names an event in the URL, so it is the one case where we bring it into view. */
  private applyDeepLink() {
    if (!this.view) return;
    const id = this.deepLinks.take();
    if (id && this.events.some((e) => e.id === id)) {
      this.selected = id;
      this.revealAfterUpdate = true;
    }
  }

  // --- Reader actions -------------------------------------------------------

  /** A reader chose an event: select it, tell the page, and say what it is. */
  private selectByReader(index: number, options: { focus?: boolean; announce?: boolean } = {}) {
    const event = this.events[index];
    if (!event) return;
    const changed = event.id !== this.selected;
    this.selected = event.id;
    this.focusAfterUpdate ||= options.focus ?? false;
    if (options.announce) {
      this.announcement = this.view!.events[index].name;
      // A plain field, not a declared property (it is no part of the API): ask for the render.
      this.requestUpdate();
    }
    if (changed) this.dispatchEvent(new SummitSelectEvent({ id: event.id, index }));
  }

  private handleKeydown(e: KeyboardEvent) {
    const item = (e.target as Element).closest<HTMLElement>('[data-index]');
    if (!item || e.altKey || e.ctrlKey || e.metaKey) return;
    const index = Number(item.dataset.index);
    if (e.key === 'Enter' || e.key === ' ') {
      if ((e.target as Element) !== item) return;
      e.preventDefault();
      this.selectByReader(index);
      if (this.axisView) {
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#panel-${index}`)?.focus());
      }
      return;
    }
    const rtl = this.matches(':dir(rtl)');
    const target = targetIndex(e.key, index, this.events.length, this.axisView ? 'horizontal' : 'vertical', rtl);
    if (target === undefined) return;
    e.preventDefault();
    this.selectByReader(target, { focus: true });
  }

  private handleClick(e: MouseEvent) {
    const item = (e.target as Element).closest<HTMLElement>('[data-index]');
    if (item) this.selectByReader(Number(item.dataset.index));
  }

  private step(delta: number) {
    const index = Math.min(this.events.length - 1, Math.max(0, this.selection.current + delta));
    if (index !== this.selection.current || this.selection.selected === -1) this.selectByReader(index, { announce: true });
  }

  /**
   * In-page search (Ctrl+F) found text in a hidden panel: show that event. Its
   * card replaces the panel's plain words, so the browser's highlight may go
   * with them: the panel is brought into view instead.
   */
  private handleBeforeMatch(e: Event) {
    const panel = (e.target as Element).closest<HTMLElement>('[data-panel]');
    if (!panel) return;
    this.selectByReader(Number(panel.dataset.panel));
    this.revealPanelAfterUpdate = true;
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
    return this.source.state?.doc.lang;
  }

  /** Events to draw now: the batches so far, always through the current one, and all of them for print. */
  private get limit(): number {
    return this.print.printing ? Infinity : Math.max(this.drawn, this.selection.current + 1);
  }

  /** An event's headline, one level below the timeline's title. */
  private readonly heading = (content: unknown) => renderHeading(this.headingLevel, 1, 'headline', content, this.contentLang);

  private renderCard(view: EventView) {
    return renderEventCard(view, {
      language: this.languages.language,
      contentLang: this.contentLang,
      heading: this.heading,
      tabbable: view.order === this.selection.current,
      expanded: this.print.printing,
    });
  }

  private horizontalContext(view: TimelineView, horizontal: typeof import('./horizontal-view.js')): HorizontalContext {
    return {
      language: this.languages.language,
      contentLang: this.contentLang,
      events: view.events,
      current: this.selection.current,
      limit: this.limit,
      animate: this.animateCard,
      expanded: this.print.printing,
      renderCard: (event) => this.renderCard(event),
      step: (delta) => this.step(delta),
      swipe: (this.swipe ??= new horizontal.SwipeTracker((delta) => this.step(delta))),
      onBeforeMatch: (e) => this.handleBeforeMatch(e),
    };
  }

  /** Jumps from a problem in the editor panel to the event it names. */
  private showProblem(index: number) {
    this.selectByReader(index, { focus: true });
    this.revealAfterUpdate = true;
  }

  private renderEditorPanel(problems: readonly DataProblem[]) {
    const panel = this.editor ? this.editorPanel.get() : undefined;
    // Shown once the problems' messages are in (a lazy chunk; see DataController.publish), never half-worded.
    if (!panel || problems.some((problem) => !problem.message)) return nothing;
    return panel.renderEditorPanel(problems, {
      language: this.languages.language,
      indexOf: (id) => this.events.findIndex((e) => e.id === id),
      show: (index) => this.showProblem(index),
    });
  }

  /**
   * The layout drawn: the one in effect once its chunk has arrived. Until then,
   * the other if its chunk is in hand — a timeline widened past HORIZONTAL_FROM
   * the first time keeps its list while the axis loads, rather than going blank
   * and taking the page below it up and down again.
   */
  private get drawnLayout(): ResolvedLayout | undefined {
    if (this.horizontal.module && (this.resolvedLayout === 'horizontal' || !this.vertical.module)) return 'horizontal';
    return this.vertical.module ? 'vertical' : undefined;
  }

  /** Whether the data, language and layout are all in: until then the element shows its fallback. */
  private get ready(): boolean {
    const drawable = this.axisView || this.drawnLayout === 'vertical';
    return Boolean(this.source.state && !this.languages.pending && this.view && drawable);
  }

  override render() {
    const state = this.source.state;
    const { ui } = this.languages.language;
    const view = this.view;
    if (state && this.headingShown) {
      // Its events are still being read, or its layout's code is on its way: the heading paints meanwhile, where it will stay.
      return html`<div class="timeline">${renderHeader(state.doc, this.headingLevel, this.contentLang)}</div>`;
    }
    if (!state || !view || !this.ready) return html`<slot></slot>`;
    if (state.failed) {
      // A file that was read but whose every event was refused still shows its title, and says so.
      const read = Boolean(state.doc.title || state.doc.description);
      return html`${this.renderEditorPanel(state.problems)}${read ? renderHeader(state.doc, this.headingLevel, this.contentLang) : nothing}<slot></slot>${
        this.hasFallback ? nothing : html`<p class="unavailable">${read ? ui.noEvents : ui.unavailable}</p>`
      }`;
    }
    const doc = state.doc;
    const layout = this.axisView ? 'horizontal' : 'vertical';
    // No white space between the parts: each would be a text node.
    return html`<div class="timeline ${layout}" @keydown=${this.handleKeydown} @click=${this.handleClick}>${this.renderEditorPanel(
      state.problems,
    )}${this.noHeader ? nothing : renderHeader(doc, this.headingLevel, this.contentLang)}${
      this.axisView && this.horizontal.module
        ? this.horizontal.module.renderHorizontal(this.axisView, this.horizontalContext(view, this.horizontal.module))
        : this.vertical.module!.renderVertical(view, {
            language: this.languages.language,
            contentLang: this.contentLang,
            label: doc.title ?? this.languages.language.ui.chronology,
            current: this.selection.current,
            selected: this.selection.selected,
            limit: this.limit,
            renderCard: (event) => this.renderCard(event),
            heading: this.heading,
            expanded: this.print.printing,
            itemInputs: [this.languages.language, this.contentLang, this.headingLevel, this.print.printing],
          })
    }${this.noHeader ? nothing : renderCredit(doc, view)}<div class="visually-hidden" role="status">${this.announcement}</div></div>`;
  }
}

// Declared with the class, so every entry that exports it (./embed-api.ts, for ./library.ts and ./hydrate.ts) types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimelineElement;
  }
}
