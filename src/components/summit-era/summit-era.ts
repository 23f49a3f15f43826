import { ReactiveElement } from 'lit';
import { VERSION } from '../../version.js';

/**
 * A period such as a war, drawn as a band beside the events it spans. Like
 * `<summit-event>` it renders nothing itself; its text is the label.
 *
 * @tagname summit-era
 * @summary A named period inside `<summit-timeline>`, e.g. the Korean War, 1950/1953.
 */
export class SummitEraElement extends ReactiveElement {
  /** Lit's reactive properties, declared without decorators: the decorator runtime would cost every reader 0.5 KB. */
  static override properties = {
    date: { reflect: true },
    end: { reflect: true },
    label: { reflect: true },
  };

  /** The library version, so a second copy on the page can tell which one is running. */
  static readonly version = VERSION;

  /** The period as an interval, e.g. `1950/1953`, or an open one, `2022-02-24/..`. */
  date?: string;

  /** End of the period, as an alternative to an interval in `date`. */
  end?: string;

  /** The era's name, when the element has no text. */
  label?: string;

  protected override createRenderRoot() {
    return this;
  }
}

// Declared with the class, so every entry that exports it (./embed-api.ts, for ./library.ts and ./hydrate.ts) types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'summit-era': SummitEraElement;
  }
}
