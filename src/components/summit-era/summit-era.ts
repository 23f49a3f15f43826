import { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../../version.js';

/**
 * A period such as a war, drawn as a band beside the events it spans. Like
 * `<summit-event>` it renders nothing itself; its text is the label.
 *
 * @tagname summit-era
 * @summary A named period inside `<summit-timeline>`, e.g. the Korean War, 1950/1953.
 */
export class SummitEraElement extends ReactiveElement {
  /** The library version, so a second copy on the page can tell which one is running. */
  static readonly version = VERSION;

  /** The period as an interval, e.g. `1950/1953`, or an open one, `2022-02-24/..`. */
  @property({ reflect: true }) date?: string;

  /** End of the period, as an alternative to an interval in `date`. */
  @property({ reflect: true }) end?: string;

  /** The era's name, when the element has no text. */
  @property({ reflect: true }) label?: string;

  protected override createRenderRoot() {
    return this;
  }
}
