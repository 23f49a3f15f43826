import { css } from 'lit';

/** One event's card, shared by both layouts: date, headline, media, body, sources; links and the credit line. */
export const cardStyles = css`
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
  .body ul,
  .body ol {
    margin: 0 0 0.6rem;
    padding-inline-start: 1.25rem;
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
  .media img[hidden] {
    display: none;
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
  /*
   * Quotation marks by the quotation's own language: Chromium takes "quotes:
   * auto" from the page's, so English quotes on a Hebrew page opened with ”.
   */
  q:lang(en),
  q:lang(ko) {
    quotes: '“' '”' '‘' '’';
  }
  q:lang(ru),
  q:lang(uk) {
    quotes: '«' '»' '„' '“';
  }
  .media-quote blockquote {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_line);
    font-size: 1.05em;
  }
  .media-quote blockquote p {
    margin: 0 0 0.4rem;
  }
  .media-quote figcaption a {
    margin-inline-start: 0.4em;
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
  .desk-translation {
    margin: 0.3rem 0 0;
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
  /* The live region sits at the timeline's top corner: at its natural place, below
     the credit line's margin, it would hang a pixel past the element, and an
     iframe sized to the element would scroll by that pixel. */
  .timeline {
    position: relative;
  }
  .timeline > .visually-hidden[role='status'] {
    inset-block-start: 0;
    inset-inline-start: 0;
  }
`;
