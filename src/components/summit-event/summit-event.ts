import { ReactiveElement } from 'lit';
import { VERSION } from '../../version.js';

/**
 * One event of a `<summit-timeline>`, written as ordinary HTML so it reads as a
 * chronology where scripts never run. It renders nothing itself (its content
 * stays in the light DOM): the parent timeline reads it. A ReactiveElement
 * rather than a bare HTMLElement so the server renderer can load it too.
 *
 * @tagname summit-event
 * @summary A dated event inside `<summit-timeline>`: a heading, paragraphs, and optionally a blockquote with the source's words.
 */
export class SummitEventElement extends ReactiveElement {
  /** Lit's reactive properties, declared without decorators: the decorator runtime would cost every reader 0.5 KB. */
  static override properties = {
    date: { reflect: true },
    end: { reflect: true },
    displayDate: { reflect: true, attribute: 'display-date' },
    headline: { reflect: true },
  };

  /** The library version, so a second copy on the page can tell which one is running. */
  static readonly version = VERSION;

  /** When it happened: `1950`, `2022-02`, `2023-09-13`, `1945~`, or an interval `1950/1953`. Defaults to the `datetime` of the first `<time>` inside. */
  date?: string;

  /** End of the event, as an alternative to an interval in `date`. */
  end?: string;

  /** Wording that replaces the formatted date label (not the position). */
  displayDate?: string;

  /** Headline, when the content has no heading element. */
  headline?: string;

  protected override createRenderRoot() {
    return this;
  }
}

// Declared with the class, so every entry that exports it (./embed-api.ts, for ./library.ts and ./hydrate.ts) types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'summit-event': SummitEventElement;
  }
}
