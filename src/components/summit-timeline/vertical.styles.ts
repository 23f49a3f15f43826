import { css, unsafeCSS } from 'lit';

/** The highest lane an era band has its own place in (vertical-view.ts says why lanes are classes). */
export const MAX_LANE = 8;
const laneRules = unsafeCSS(Array.from({ length: MAX_LANE }, (_, i) => `.band.lane-${i + 1}{--lane:${i + 1}}`).join(''));

/** The vertical list: the rail, its dots and era bands beside the gap labels and cards. */
export const verticalStyles = css`
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

  /* The rail's line and dot are the item's ::before and ::after, grid items
     like the rest: two elements fewer for each of a long list's events. */
  .event::before,
  .gap-line {
    justify-self: center;
    width: 2px;
    background: var(--_line);
    /* Era bands are translated, which paints them above in-flow siblings. */
    position: relative;
    z-index: 1;
  }
  .event::before {
    content: '';
    grid-area: 1 / 1 / 5 / 2;
  }
  .event.first::before {
    grid-row: 3 / 5;
    margin-block-start: var(--_dot-top);
  }
  .event.last::before {
    grid-row: 1 / 4;
  }
  .event.first.last::before {
    display: none;
  }
  .gap-line {
    grid-area: 1 / 1 / 2 / 2;
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
  ${laneRules}
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

  .event::after {
    content: '';
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

  /* Selection: the current card is the list's one tab stop. */
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
  .event:focus-visible .card {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Wider columns get a roomier rail. */
  @container (min-width: 32rem) {
    ol {
      --_rail: 2.25rem;
      --_column-gap: 0.75rem;
    }
  }
  /* Windows high contrast: the rail's lines and bands are drawn in system colours. */
  @media (forced-colors: active) {
    .event::before,
    .event::after,
    .gap-line,
    .band {
      forced-color-adjust: none;
    }
    .event::before,
    .event::after,
    .gap-line {
      background: CanvasText;
      box-shadow: none;
    }
    .gap-line.long {
      background: repeating-linear-gradient(to bottom, CanvasText 0 5px, Canvas 5px 10px);
    }
    .band {
      background: GrayText;
    }
    .event.selected .card {
      outline: 2px solid Highlight;
    }
    .era-label {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .event.selected .card {
      box-shadow: none;
      border-color: #777;
    }
  }
`;
