import { css } from 'lit';

/** Dark palette, shared by theme="dark" and theme="auto" under a dark colour scheme.
 * Every pair meets WCAG 2.2 AA (4.5:1 for text) on the card and host backgrounds. */
const dark = css`
  --_d-accent: #8cbcff;
  --_d-text: #ececec;
  --_d-muted: #b4b4b4;
  --_d-background: #141518;
  --_d-card: #1d1f23;
  --_d-line: #5a5e66;
  --_d-era: #4a3b1c;
  --_d-era-text: #f6e2b8;
  --_d-outside-bg: #3b2a12;
  --_d-outside-text: #f7e3c8;
  --_d-outside-mark: #ffb860;
  --_pad: 1rem;
`;

/**
 * Inheritance decision: the page's font family and size come through (a
 * timeline should read as part of the article; sizing from 1em, not 1rem, also
 * survives the "html { font-size: 62.5% }" trick), but colours, line height,
 * letter spacing and text transforms are set here, because CMS themes set them in
 * ways that break contrast or the layout. Every public knob is a --summit-*
 * property feeding a private --_* variable.
 */
export const styles = css`
  :host {
    /* Theme defaults (--_d-*), overridden below for dark, then public overrides. */
    --_d-accent: #0a58b0;
    --_d-text: #1b1b1b;
    --_d-muted: #575757;
    --_d-background: transparent;
    --_d-card: #ffffff;
    --_d-line: #c4c4c4;
    --_d-era: #f0e1c0;
    --_d-era-text: #5a3e0a;
    --_d-outside-bg: #fff5e8;
    --_d-outside-text: #3d2600;
    --_d-outside-mark: #8a4500;
    --_pad: 0;

    --_accent: var(--summit-accent, var(--_d-accent));
    --_text: var(--summit-text, var(--_d-text));
    --_muted: var(--summit-muted, var(--_d-muted));
    --_bg: var(--summit-background, var(--_d-background));
    --_card-bg: var(--summit-card-background, var(--_d-card));
    --_line: var(--summit-line, var(--_d-line));
    --_era: var(--summit-era, var(--_d-era));
    --_era-text: var(--summit-era-text, var(--_d-era-text));
    --_font: var(--summit-font-family, inherit);
    --_size: var(--summit-font-size, 1em);
    --_radius: var(--summit-card-radius, 6px);
    --_rail: 1.75rem;
    --_column-gap: 0.6rem;
    --_dot: 0.875rem;
    --_dot-top: 0.95rem;

    display: block;
    box-sizing: border-box;
    padding: var(--_pad);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
  }
  /* Set again inside: a page rule like * { color: red !important } reaches the
     host element itself, but nothing within the shadow root. */
  :host,
  .timeline {
    color: var(--_text);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    word-spacing: normal;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .header {
    margin-block-end: 1.25rem;
  }
  .title {
    margin: 0 0 0.35rem;
    font-size: 1.5em;
    font-weight: 800;
    line-height: 1.2;
  }
  .description {
    margin: 0;
    color: var(--_muted);
    font-size: 1.0625em;
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* Each item is a grid: the rail (line, dot, era band) beside the gap label,
     era label and card. Rows: gap, era label, card, spacing. The rail pieces
     span the spacing row too, so the line runs on unbroken into the next item. */
  .event,
  .era-only {
    display: grid;
    grid-template-columns: var(--_rail) minmax(0, 1fr);
    grid-template-rows: auto auto auto 1.25rem;
    column-gap: var(--_column-gap);
  }
  .event.last {
    grid-template-rows: auto auto auto 0;
  }
  /* Long lists skip laying out and painting cards far off screen. Their text
     stays in the page, so in-page search, screen readers and print still
     reach every event. */
  .chronology.many > .event {
    content-visibility: auto;
    contain-intrinsic-size: auto 11rem;
  }

  .line {
    grid-area: 1 / 1 / 5 / 2;
    justify-self: center;
    width: 2px;
    background: var(--_line);
    /* Era bands are translated, which paints them above in-flow siblings. */
    position: relative;
    z-index: 1;
  }
  .event.first .line {
    grid-row: 3 / 5;
    margin-block-start: var(--_dot-top);
  }
  .event.last .line {
    grid-row: 1 / 4;
  }
  .event.first.last .line {
    display: none;
  }
  .gap-line {
    grid-area: 1 / 1 / 2 / 2;
    justify-self: center;
    width: 2px;
    background: var(--_line);
    position: relative;
    z-index: 1;
  }
  /* A long gap is a break in time: the line turns dashed and carries a cut mark. */
  .gap-line.long {
    background: repeating-linear-gradient(to bottom, var(--_line) 0 5px, transparent 5px 10px);
  }
  .gap-line.long::after {
    content: '';
    position: absolute;
    top: 50%;
    left: 50%;
    width: 1rem;
    height: 0.5rem;
    translate: -50% -50%;
    border-block: 2px solid var(--_muted);
    transform: skewY(-20deg);
  }

  .band {
    grid-area: 1 / 1 / 5 / 2;
    justify-self: center;
    width: 0.875rem;
    translate: calc(var(--lane, 0) * -1.1rem * var(--_dir, 1)) 0;
    background: var(--_era);
  }
  .band.first {
    grid-row-start: 2;
    border-start-start-radius: 999px;
    border-start-end-radius: 999px;
  }
  .band.last {
    grid-row-end: 4;
    border-end-start-radius: 999px;
    border-end-end-radius: 999px;
  }

  .dot {
    grid-area: 3 / 1 / 4 / 2;
    justify-self: center;
    align-self: start;
    margin-block-start: calc(var(--_dot-top) - var(--_dot) / 2);
    width: var(--_dot);
    height: var(--_dot);
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 0 0 3px var(--_card-bg);
    position: relative;
    z-index: 2;
  }

  .gap {
    grid-area: 1 / 2 / 2 / 3;
    margin: 0;
    padding-block: 0 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
  }
  .gap.long {
    padding-block: 0.75rem 1.5rem;
    font-weight: 700;
    font-style: normal;
    letter-spacing: 0.01em;
  }

  .era-label {
    grid-area: 2 / 2 / 3 / 3;
    justify-self: start;
    margin: 0 0 0.5rem;
    padding: 0.15rem 0.6rem;
    border-radius: 0.8rem;
    background: var(--_era);
    color: var(--_era-text);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .era-dates {
    font-weight: 400;
    white-space: nowrap;
  }
  .era-dates::before {
    content: ' · ';
  }

  .card {
    grid-area: 3 / 2 / 4 / 3;
    padding: 0.6rem 0.8rem 0.7rem;
    border: 1px solid color-mix(in srgb, var(--_line) 60%, transparent);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.06);
  }
  time {
    display: block;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.01em;
    font-variant-numeric: tabular-nums;
  }
  .headline {
    margin: 0.15rem 0 0.35rem;
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.25;
  }
  .body p {
    margin: 0 0 0.6rem;
  }
  .group {
    margin: 0;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .media {
    margin: 0.25rem 0 0.6rem;
  }
  /* The frame's shape is fixed before the image loads, so nothing moves when it arrives. */
  .media img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 3 / 2;
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_line) 25%, transparent);
  }
  .media figcaption,
  .media-link {
    margin: 0.3rem 0 0.6rem;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .credit-line {
    font-style: italic;
  }

  .outside {
    margin: 0 0 0.6rem;
    padding: 0.45rem 0.6rem;
    border-inline-start: 3px solid var(--_d-outside-mark);
    background: var(--_d-outside-bg);
    color: var(--_d-outside-text);
    font-size: 0.8125em;
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.3rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_d-outside-mark);
  }
  .source {
    padding-block-start: 0.5rem;
    border-block-start: 1px solid color-mix(in srgb, var(--_line) 50%, transparent);
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .source-label {
    font-weight: 700;
  }
  /* One quote a line: a card may carry up to four, and run together they read as one. */
  .source > q {
    display: block;
    margin-block-start: 0.3rem;
  }
  .relative {
    margin-block-start: 0.4rem;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .relative summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  .relative p {
    margin: 0.3rem 0 0;
  }

  a {
    color: var(--_accent);
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .credit {
    margin: 1.25rem 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .unavailable {
    color: var(--_muted);
    font-style: italic;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Selection in the vertical list: the current card is the list's one tab stop. */
  .event {
    outline: none;
  }
  .event .card {
    transition: border-color 150ms ease-out, box-shadow 150ms ease-out;
  }
  .event.selected .card {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent), 0 2px 8px rgb(0 0 0 / 0.08);
  }
  .event:focus-visible .card,
  .panel:focus-visible .card {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .panels {
    touch-action: pan-y;
  }
  .panel {
    outline: none;
  }
  .panels.animate .panel:not([hidden]) .card {
    animation: summit-enter 150ms ease-out;
  }
  @keyframes summit-enter {
    from {
      opacity: 0;
      translate: 0 0.25rem;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  /* Wider columns get a roomier rail and cards. */
  .timeline {
    container-type: inline-size;
  }
  .timeline:dir(rtl) {
    --_dir: -1;
  }
  @container (min-width: 32rem) {
    ol {
      --_rail: 2.25rem;
      --_column-gap: 0.75rem;
    }
    .card {
      padding: 0.85rem 1.25rem 1rem;
    }
  }

  /* Windows high contrast: backgrounds become Canvas, so lines, dots and bands
     that are drawn with backgrounds are drawn in system colours instead. */
  @media (forced-colors: active) {
    .line,
    .gap-line,
    .axis-line,
    .dot,
    .band,
    .break,
    .era-bar {
      forced-color-adjust: none;
    }
    .line,
    .gap-line,
    .axis-line,
    .dot {
      background: CanvasText;
      box-shadow: none;
    }
    .gap-line.long {
      background: repeating-linear-gradient(to bottom, CanvasText 0 5px, Canvas 5px 10px);
    }
    .break {
      background: repeating-linear-gradient(to right, CanvasText 0 4px, Canvas 4px 8px) center / 100% 2px no-repeat;
    }
    .band {
      background: GrayText;
    }
    .era-bar {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .era-bar::after {
      display: none;
    }
    .marker .dot {
      border-color: CanvasText;
      background: Canvas;
    }
    .marker.current .dot {
      border-color: Highlight;
      background: Highlight;
    }
    .card,
    .outside,
    .era-label {
      border: 1px solid CanvasText;
    }
    .event.selected .card {
      outline: 2px solid Highlight;
    }
  }

  /* Print: one column of every event, black on white, sources kept, no controls. */
  @media print {
    :host {
      --_accent: #000;
      --_text: #000;
      --_muted: #333;
      --_bg: transparent;
      --_card-bg: #fff;
      --_line: #777;
      --_era: #e6e6e6;
      --_era-text: #000;
      --_d-outside-bg: #fff;
      --_d-outside-text: #000;
      --_d-outside-mark: #000;
      --_pad: 0;
    }
    .relative summary {
      display: none;
    }
    .panel[hidden] {
      display: block;
      content-visibility: visible;
    }
    /* Where the browser supports it, closed disclosures print open even if
       the print starts before the element re-renders. */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    .panel {
      margin-block-end: 0.75rem;
    }
    .card {
      box-shadow: none;
      break-inside: avoid;
    }
    .event.selected .card {
      box-shadow: none;
      border-color: #777;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
