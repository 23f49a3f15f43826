/**
 * The horizontal layout: a gap-aware axis of markers (a tablist), previous/next
 * controls and one card per event (tab panels). A separate chunk, loaded the
 * first time a timeline is wide enough to use it, so readers on phones and in
 * narrow columns never download the axis geometry or its styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import type { Language } from '../../i18n/strings.js';
import { markerSpan, type AxisView } from '../../layout/axis-view.js';
import type { EventView } from '../../layout/view.js';
import { findableText } from '../../layout/findable-text.js';
import { cssVars } from './css-vars.js';

export { horizontalStyles } from './horizontal.styles.js';
export { buildAxisView } from '../../layout/axis-view.js';
export { LabelMeasureController } from './label-measure.js';
export { SwipeTracker } from './swipe.js';
import type { SwipeTracker } from './swipe.js';

export interface HorizontalContext {
  readonly language: Language;
  readonly contentLang: string | undefined;
  readonly events: readonly EventView[];
  readonly current: number;
  readonly animate: boolean;
  /** Every panel holds its whole card (for print), not only the current one. */
  readonly expanded: boolean;
  /**
   * Markers and panels drawn so far: a long timeline's are drawn a batch at a
   * time, so its first screenful paints before a thousand markers are built.
   */
  readonly limit: number;
  readonly renderCard: (event: EventView) => TemplateResult;
  readonly step: (delta: number) => void;
  readonly swipe: SwipeTracker;
  readonly onBeforeMatch: (e: Event) => void;
}

/** Positions arrive as numbers; CSS gets them rounded to a tenth of a pixel. */
const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/**
 * Markers and panels are drawn in blocks of this many events, each drawn again
 * only when something it shows changed. A batch that adds events to a long
 * timeline, or a new selection, then leaves every other block alone, where Lit
 * would compare each binding of every marker and panel drawn before.
 */
const BLOCK = 50;

/** Draws the first `count` events block by block; `current` is the current event if it is in the block, else -1. */
function blocks(count: number, current: number, draw: (start: number, end: number, current: number) => unknown) {
  return Array.from({ length: Math.ceil(count / BLOCK) }, (_, k) => {
    const start = k * BLOCK;
    const end = Math.min(start + BLOCK, count);
    return draw(start, end, current >= start && current < end ? current : -1);
  });
}

/* aria-description is a global attribute in ARIA 1.3 (Chromium and Firefox read it); lit-a11y's table predates it. */
/* eslint-disable lit-a11y/role-supports-aria-attr */
/**
 * A marker, placed from `origin`: the start of the run it is drawn in. Its place
 * among all `total` is spelled out, as a run scrolled out of view is left out of
 * the accessibility tree and a screen reader could not count it. Its label's
 * place is set on the marker too, for the label to inherit: one style binding
 * a marker, not two (about 7 ms less Lit work at 1,000 events).
 */
function renderMarker(
  { view, x, label, description }: AxisView['markers'][number],
  i: number,
  total: number,
  current: number,
  origin: number,
) {
  // The gap before it and its eras are heard with the marker: the bars and breaks are hidden from screen readers.
  return html`<button
    part="marker"
    role="tab"
    id="tab-${i}"
    class="marker ${i === current ? 'current' : ''}"
    data-index=${i}
    data-id=${view.event.id}
    tabindex=${i === current ? 0 : -1}
    aria-selected=${i === current ? 'true' : 'false'}
    aria-controls="panel-${i}"
    aria-posinset=${i + 1}
    aria-setsize=${total}
    aria-label=${view.name}
    aria-description=${ifDefined(description)}
    style=${cssVars(
      label
        ? { '--x': px(x - origin), '--label-x': px(label.left - x), '--label-w': px(label.width), '--lane': String(label.lane) }
        : { '--x': px(x - origin) },
    )}
  >${label ? html`<span class="marker-label" aria-hidden="true">${label.content}</span>` : nothing}</button>`;
}
/* eslint-enable lit-a11y/role-supports-aria-attr */

function renderAxis(axis: AxisView, ctx: HorizontalContext) {
  const { ui } = ctx.language;
  const current = ctx.current;
  return html`<div class="axis-scroller ${axis.scrolls ? 'scrolls' : ''}">
    <div
      part="axis"
      class="axis"
      style=${cssVars({ '--axis-width': px(axis.width), '--era-lanes': String(axis.eraLanes), '--label-lanes': String(axis.labelLanes) })}
    >
      ${axis.eras.map(
        ({ era, x1, x2, name }) => html`<div
          part="era"
          class="era-bar"
          aria-hidden="true"
          title=${era.label}
          style=${cssVars({ '--x': px(x1), '--w': px(x2 - x1), '--lane': String(era.lane), '--name-x': px(name.x - x1), '--name-w': px(name.width) })}
        >
          <span class="era-name"><span lang=${ifDefined(ctx.contentLang)}>${era.label}</span></span>
        </div>`,
      )}
      ${axis.line.map(
        ([x1, x2]) => html`<span class="axis-line" aria-hidden="true" style=${cssVars({ '--x': px(x1), '--w': px(x2 - x1) })}></span>`,
      )}
      ${axis.breaks.map(
        (b) => html`<div part="break" class="break" aria-hidden="true" style=${cssVars({ '--x': px(b.x), '--w': px(b.width) })}>
          <span class="break-label"><bdi>${b.label}</bdi></span>
        </div>`,
      )}
      ${axis.ticks.map((t) => html`<span class="tick" aria-hidden="true" style=${cssVars({ '--x': px(t.x) })}>${t.label}</span>`)}
      <div role="tablist" aria-label=${ui.events} class="markers">
        ${blocks(Math.min(ctx.limit, axis.markers.length), current, (start, end, here) =>
          guard([axis, end, here], () => {
            // Each block's markers in a box of their own (.marker-run): out of view, not styled or laid out.
            const run = axis.markers.slice(start, end);
            const { left, width } = markerSpan(run, axis.width);
            return html`<div class="marker-run" style=${cssVars({ '--x': px(left), '--w': px(width) })}>
              ${run.map((marker, k) => renderMarker(marker, start + k, axis.markers.length, here, left))}
            </div>`;
          }),
        )}
      </div>
    </div>
  </div>`;
}

/** Scrolls the axis (never the page) so the current marker is visible. */
export function keepMarkerInView(root: ParentNode, axis: AxisView, current: number, rtl: boolean) {
  const scroller = root.querySelector<HTMLElement>('.axis-scroller');
  const marker = axis.markers[current];
  if (!scroller || !marker) return;
  const margin = 48;
  // x runs from the inline start; right to left, scrollLeft runs from 0 to negative.
  const { clientWidth } = scroller;
  const scrolled = Math.abs(scroller.scrollLeft);
  if (marker.x < scrolled + margin || marker.x > scrolled + clientWidth - margin) {
    const target = Math.max(0, marker.x - clientWidth / 2);
    scroller.scrollLeft = rtl ? -target : target;
  }
}

/** A chevron drawn, not typed: it looks the same in every host font (few carry U+2190). */
const arrow = (path: string) =>
  html`<svg class="arrow" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;

/**
 * A hidden panel holds its card's words as text, for in-page search; the card is drawn
 * when shown, as new nodes, so its entrance animation plays each time another event is chosen.
 */
function renderPanel(event: EventView, i: number, ctx: HorizontalContext) {
  const full = i === ctx.current || ctx.expanded;
  return html`<div
    id="panel-${i}"
    role="tabpanel"
    class="panel ${full ? '' : 'findable'}"
    data-panel=${i}
    tabindex="-1"
    aria-labelledby="tab-${i}"
    hidden=${ifDefined(i === ctx.current ? undefined : 'until-found')}
    aria-hidden=${ifDefined(i === ctx.current ? undefined : 'true')}
  >${full ? ctx.renderCard(event) : findableText(event)}</div>`;
}

export function renderHorizontal(axis: AxisView, ctx: HorizontalContext) {
  const { ui } = ctx.language;
  const { current } = ctx;
  const total = ctx.events.length;
  // Re-rendered when the selection changes or a batch adds markers, never for anything else.
  const drawn = Math.min(ctx.limit, total);
  return html`${guard([axis, current, ctx.language, ctx.contentLang, drawn], () => renderAxis(axis, ctx))}
    <div part="controls" class="controls">
      <button class="step previous" ?disabled=${current === 0} @click=${() => ctx.step(-1)}>
        ${arrow('M10 3.5 5.5 8l4.5 4.5')} ${ui.previous}
      </button>
      <span class="position" dir="auto">${ui.position(current + 1, total)}</span>
      <button class="step next" ?disabled=${current >= total - 1} @click=${() => ctx.step(1)}>
        ${ui.next} ${arrow('M6 3.5 10.5 8 6 12.5')}
      </button>
    </div>
    <div
      class="panels ${ctx.animate ? 'animate' : ''}"
      @pointerdown=${ctx.swipe.down}
      @pointerup=${ctx.swipe.up}
      @pointercancel=${ctx.swipe.cancel}
      @beforematch=${ctx.onBeforeMatch}
    >
      ${blocks(drawn, current, (start, end, here) =>
        // The block with the current card, and every block in print, is drawn each time: a card shows more than these.
        guard([ctx.events, end, here >= 0 || ctx.expanded ? ctx : here], () =>
          ctx.events.slice(start, end).map((event, k) => renderPanel(event, start + k, ctx)),
        ),
      )}
    </div>`;
}
