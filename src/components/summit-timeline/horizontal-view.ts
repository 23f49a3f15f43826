/**
 * The horizontal layout: a gap-aware axis of markers (a tablist), previous/next
 * controls and one card per event (tab panels). A separate chunk, loaded the
 * first time a timeline is wide enough to use it, so readers on phones and in
 * narrow columns never download the axis geometry or its styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { TimelineEvent } from '../../data/types.js';
import type { Language } from '../../i18n/strings.js';
import { layoutAxis, type AxisLayout, type Scale } from '../../layout/axis.js';
import type { ChronologyLayout } from '../../layout/chronology.js';
import { labelWidth, placeLabels, type PlacedLabel } from '../../layout/labels.js';
import { cssVars } from './css-vars.js';

export { horizontalStyles } from './horizontal.styles.js';

export interface HorizontalView {
  readonly axis: AxisLayout;
  readonly labels: readonly PlacedLabel[];
}

export interface HorizontalContext {
  readonly language: Language;
  readonly contentLang: string | undefined;
  readonly events: readonly TimelineEvent[];
  readonly current: number;
  /** The element's width, to tell whether the axis must scroll. */
  readonly width: number;
  readonly animate: boolean;
  readonly dateLabel: (event: TimelineEvent) => string;
  readonly yearLabel: (event: TimelineEvent) => string;
  readonly renderCard: (event: TimelineEvent, index: number) => TemplateResult;
  readonly step: (delta: number) => void;
  readonly onPointerDown: (e: PointerEvent) => void;
  readonly onPointerUp: (e: PointerEvent) => void;
  readonly onPointerCancel: () => void;
  readonly onBeforeMatch: (e: Event) => void;
}

/** Geometry for the axis and its labels; breaks are sized to fit their labels. */
export function layoutHorizontal(
  chronology: ChronologyLayout,
  options: {
    width: number;
    scale: Scale;
    language: Language;
    dateLabel: (e: TimelineEvent) => string;
    yearLabel: (e: TimelineEvent) => string;
  },
): HorizontalView {
  const { dates } = options.language;
  const breakLabels = chronology.rows.flatMap((r) => (r.kind === 'event' && r.gap?.long ? [dates.duration(r.gap.elapsed)] : []));
  const axis = layoutAxis(chronology, {
    width: options.width,
    scale: options.scale,
    breakWidths: breakLabels.map((label) => labelWidth(label) + 12),
  });
  const labels = placeLabels(
    axis.markers.map(({ event, x }) => ({ x, full: options.dateLabel(event), short: options.yearLabel(event) })),
    { width: axis.width },
  );
  return { axis, labels };
}

function renderAxis(view: HorizontalView, ctx: HorizontalContext) {
const { axis, labels } = view;
  const { ui, dates } = ctx.language;
  const px = (n: number) => `${Math.round(n * 10) / 10}px`;
  const current = ctx.current;
  const scrolls = axis.width > ctx.width + 1;
  return html`<div class="axis-scroller ${scrolls ? 'scrolls' : ''}">
    <div part="axis" class="axis" style=${cssVars(axisVariables(view))}>
      ${axis.eras.map(
        (era) => html`<div
          part="era"
          class="era-bar"
          title=${era.era.label}
          style=${cssVars({ '--x': px(era.x1), '--w': px(era.x2 - era.x1), '--lane': String(era.lane) })}
        >
          <span class="era-name"
            ><span class="visually-hidden">${ui.era}: </span><span lang=${ifDefined(ctx.contentLang)}>${era.era.label}</span></span
          >
        </div>`,
      )}
      ${axis.line.map(
        ([x1, x2]) => html`<span class="axis-line" aria-hidden="true" style=${cssVars({ '--x': px(x1), '--w': px(x2 - x1) })}></span>`,
      )}
      ${axis.breaks.map(
        (b) => html`<div part="break" class="break" style=${cssVars({ '--x': px(b.x), '--w': px(b.width) })}>
          <span class="break-label"><bdi>${dates.duration(b.elapsed)}</bdi></span>
        </div>`,
      )}
      ${axis.ticks.map((t) => html`<span class="tick" aria-hidden="true" style=${cssVars({ '--x': px(t.x) })}>${t.year}</span>`)}
      <div role="tablist" aria-label=${ui.events} class="markers">
        ${axis.markers.map(({ event, x }, i) => {
          const label = labels[i];
          const text = label?.text === 'short' ? ctx.yearLabel(event) : ctx.dateLabel(event);
          return html`<button
            part="marker"
            role="tab"
            id="tab-${i}"
            class="marker ${i === current ? 'current' : ''}"
            data-index=${i}
            data-id=${event.id}
            tabindex=${i === current ? 0 : -1}
            aria-selected=${i === current ? 'true' : 'false'}
            aria-controls="panel-${i}"
            aria-label="${ctx.dateLabel(event)}: ${event.headline}"
            style=${cssVars({ '--x': px(x) })}
          >
            <span class="dot" aria-hidden="true"></span>
            ${label && label.lane >= 0
              ? html`<span
                  class="marker-label lane-${label.lane}"
                  aria-hidden="true"
                  style=${cssVars({ '--left': px(label.left - x), '--w': px(label.width), '--lane': String(label.lane) })}
                  >${html`<bdi>${text}</bdi>`}</span
                >`
              : nothing}
          </button>`;
        })}
      </div>
    </div>
  </div>`;
}

function axisVariables(view: HorizontalView) {
const { axis, labels } = view;
  const labelLanes = Math.max(1, ...labels.map((label) => label.lane + 1));
  return {
    '--axis-width': `${Math.round(axis.width)}px`,
    '--era-lanes': String(axis.eraLanes),
    '--label-lanes': String(labelLanes),
  };
}

/** A chevron drawn, not typed: it looks the same in every host font (few carry U+2190). */
const arrow = (path: string) =>
  html`<svg class="arrow" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;

export function renderHorizontal(view: HorizontalView, ctx: HorizontalContext) {
  const { ui } = ctx.language;
  const { current } = ctx;
  const total = ctx.events.length;
  return html`${renderAxis(view, ctx)}
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
      @pointerdown=${ctx.onPointerDown}
      @pointerup=${ctx.onPointerUp}
      @pointercancel=${ctx.onPointerCancel}
      @beforematch=${ctx.onBeforeMatch}
    >
      ${ctx.events.map(
        (event, i) => html`<div
          id="panel-${i}"
          role="tabpanel"
          class="panel"
          data-panel=${i}
          tabindex="-1"
          aria-labelledby="tab-${i}"
          hidden=${ifDefined(i === current ? undefined : 'until-found')}
        >
          ${i === current ? keyed(event.id, ctx.renderCard(event, i)) : ctx.renderCard(event, i)}
        </div>`,
      )}
    </div>`;
}
