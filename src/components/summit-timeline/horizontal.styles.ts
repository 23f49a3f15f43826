import { css } from 'lit';

/**
 * Styles of the horizontal layout only, adopted when that layout first loads:
 * readers in narrow columns never download them.
 */
export const horizontalStyles = css`
  /* The horizontal axis. From the top: era lanes, three label lanes, the axis
     line with its markers and breaks, then year ticks and break labels. */
  .axis-scroller {
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
  }
  /* When the axis is wider than the element, its edges fade to say there is more. */
  .axis-scroller.scrolls {
    mask-image: linear-gradient(to right, transparent, #000 1.25rem, #000 calc(100% - 1.25rem), transparent);
  }
  /* Positions are measured from the inline start, so a right-to-left page
     mirrors the axis: time runs from right to left, as its readers expect.
     A label's offset from its marker mirrors with it unchanged. */
  .axis {
    --_dir: 1;
    --_lane-h: 1.45rem;
    --_era-h: calc(var(--era-lanes, 0) * 1.6rem);
    --_axis-y: calc(var(--_era-h) + var(--label-lanes, 3) * var(--_lane-h) + 1.1rem);
    position: relative;
    width: var(--axis-width);
    height: calc(var(--_axis-y) + 2.1rem);
  }
  .axis:dir(rtl) {
    --_dir: -1;
  }
  .step .arrow {
    vertical-align: -0.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .controls:dir(rtl) .step .arrow {
    transform: scaleX(-1);
  }
  .axis-line {
    position: absolute;
    inset-inline-start: var(--x);
    width: var(--w);
    top: var(--_axis-y);
    height: 2px;
    translate: 0 -1px;
    background: var(--_line);
  }
  .era-bar {
    position: absolute;
    top: calc(var(--lane) * 1.6rem);
    inset-inline-start: var(--x);
    width: var(--w);
    height: 1.35rem;
    border-radius: 0.3rem;
    background: var(--_era);
    color: var(--_era-text);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.35rem;
  }
  /* Placed by the layout (axis-view.ts): over the bar, or wider than it and whole,
     or, with another name in the way, shortened with the full name as the bar's title. */
  .era-name {
    position: absolute;
    inset-inline-start: var(--name-x, 0);
    width: var(--name-w, 100%);
    box-sizing: border-box;
    padding-inline: 0.5rem;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    /* The bar's own colour: over the bar it is the bar; wider than it, a tag of its own. */
    border-radius: 0.3rem;
    background: var(--_era);
  }
  /* A faint band from the era's bar down to the axis shows which markers it spans. */
  .era-bar::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    top: 100%;
    height: calc(var(--_axis-y) - (var(--lane) * 1.6rem + 1.35rem));
    background: color-mix(in srgb, var(--_era) 40%, transparent);
    pointer-events: none;
  }
  .break {
    position: absolute;
    inset-inline-start: var(--x);
    width: var(--w);
    top: var(--_axis-y);
    height: 1.2rem;
    translate: 0 -50%;
    background: repeating-linear-gradient(to right, var(--_line) 0 4px, transparent 4px 8px) center / 100% 2px no-repeat;
  }
  .break::before,
  .break::after {
    content: '';
    position: absolute;
    top: 15%;
    height: 70%;
    border-inline-start: 2px solid var(--_muted);
    transform: skewX(-20deg);
  }
  .break::before {
    left: calc(50% - 4px);
  }
  .break::after {
    left: calc(50% + 3px);
  }
  .break-label {
    position: absolute;
    top: calc(100% + 0.2rem);
    inset-inline-start: 50%;
    translate: calc(-50% * var(--_dir)) 0;
    color: var(--_text);
    font-size: 0.75em;
    font-weight: 700;
    white-space: nowrap;
  }
  .tick {
    position: absolute;
    inset-inline-start: var(--x);
    top: calc(var(--_axis-y) + 0.55rem);
    translate: calc(-50% * var(--_dir)) 0;
    color: var(--_muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }
  .tick::before {
    content: '';
    position: absolute;
    inset-inline-start: 50%;
    top: -0.5rem;
    height: 0.35rem;
    border-inline-start: 1px solid var(--_muted);
  }
  /* A block of markers (horizontal-view.ts) in a box just wide enough for them
     and their labels. Scrolled out of view, the browser skips its style, layout
     and paint: on a long axis, most of its markers. The box contains its paint,
     so it reaches past every dot and focus ring (markerSpan). */
  .marker-run {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--x);
    width: var(--w);
    content-visibility: auto;
    z-index: 1;
  }
  .marker {
    position: absolute;
    inset-inline-start: var(--x);
    top: var(--_axis-y);
    width: 1.75rem;
    height: 1.75rem;
    translate: calc(-50% * var(--_dir)) -50%;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
    z-index: 1;
  }
  /* The dot, drawn by the marker itself: one element fewer for each of a long axis's events. */
  .marker::before {
    content: '';
    position: absolute;
    inset: 0;
    margin: auto;
    width: 0.875rem;
    height: 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_card-bg);
    transition: transform 150ms ease-out, background-color 150ms ease-out;
  }
  .marker.current::before {
    background: var(--_accent);
    transform: scale(1.3);
    box-shadow: 0 0 0 3px var(--_card-bg);
  }
  .marker:hover::before {
    background: color-mix(in srgb, var(--_accent) 40%, var(--_card-bg));
  }
  .marker:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }
  .marker-label {
    position: absolute;
    bottom: calc(100% + var(--lane) * var(--_lane-h) - 0.1rem);
    inset-inline-start: calc(50% + var(--label-x));
    /* As wide as its text measured in this very font (label-measure.ts): never clipped. */
    width: var(--label-w);
    color: var(--_text);
    font-size: 0.75em;
    font-weight: 700;
    line-height: var(--_lane-h);
    text-align: center;
    white-space: nowrap;
    /* What a <bdi> would do (its text's own direction, isolated), without the element:
       the label keeps the axis's direction, which places it. */
    unicode-bidi: plaintext;
  }
  .marker.current .marker-label {
    color: var(--_accent);
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin-block: 0.5rem 0.75rem;
  }
  .step {
    min-height: 2.5rem;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .step:disabled {
    color: var(--_muted);
    cursor: default;
    opacity: 0.55;
  }
  .step:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .position {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  /* Windows high contrast: backgrounds become Canvas, so the axis's lines, dots
     and bands, drawn with backgrounds, are drawn in system colours instead. */
  @media (forced-colors: active) {
    .axis-line,
    .marker::before,
    .break,
    .era-bar {
      forced-color-adjust: none;
    }
    .axis-line,
    .marker::before {
      background: CanvasText;
      box-shadow: none;
    }
    .break {
      background: repeating-linear-gradient(to right, CanvasText 0 4px, Canvas 4px 8px) center / 100% 2px no-repeat;
    }
    .era-bar {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .era-bar::after {
      display: none;
    }
    .marker::before {
      border-color: CanvasText;
      background: Canvas;
    }
    .marker.current::before {
      border-color: Highlight;
      background: Highlight;
    }
  }

  /* Print shows every card (see the base styles), so the axis and its controls go. */
  @media print {
    .axis-scroller,
    .controls {
      display: none;
    }
  }
`;
