import { css, type CSSResult } from 'lit';
import { cardStyles } from './card.styles.js';

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
const hostStyles = css`
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
`;

/**
 * Selection, motion, container sizes, forced colours and print: last, so they
 * win over the rest. Those of the vertical list alone come with its styles
 * (./vertical.styles.ts), so a desktop page does not download them.
 */
const stateStyles = css`
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
  /* A hidden panel's words, one part a line, should it ever print before its card is drawn. */
  .findable {
    white-space: pre-line;
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
    .card {
      padding: 0.85rem 1.25rem 1rem;
    }
  }

  /* Windows high contrast: cards keep their edges (the axis and the list's rail
     have rules of their own in their layouts' styles). */
  @media (forced-colors: active) {
    .card,
    .outside {
      border: 1px solid CanvasText;
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
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;

/** The styles that come with the lazily loaded parts (each layout, the editor panel). */
export interface PartStyles {
  readonly vertical?: CSSResult;
  readonly horizontal?: CSSResult;
  readonly editor?: CSSResult;
}

/**
 * In cascade order: host and header, the vertical list, the card, states and
 * media, then the horizontal layout and the editor panel. Each layout's styles
 * come with its chunk, and take their place in this order when they arrive.
 */
export function cascade(parts: PartStyles = {}): CSSResult[] {
  const { vertical, horizontal, editor } = parts;
  return [
    hostStyles,
    ...(vertical ? [vertical] : []),
    cardStyles,
    stateStyles,
    ...(horizontal ? [horizontal] : []),
    ...(editor ? [editor] : []),
  ];
}

export const styles = cascade();
