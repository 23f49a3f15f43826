/**
 * A period such as a war, drawn as a band beside the events it spans. Like
 * `<summit-event>` it renders nothing itself; its text is the label.
 *
 * @tagname summit-era
 * @summary A named period inside `<summit-timeline>`, e.g. the Korean War, 1950/1953.
 *
 * @attr date - The period as an interval, e.g. `1950/1953`, or an open one, `2022-02-24/..`.
 * @attr end - End of the period, as an alternative to an interval in `date`.
 * @attr label - The era's name, when the element has no text.
 */
export class SummitEraElement extends HTMLElement {
  /** The period, in the timeline date format. */
  get date(): string {
    return this.getAttribute('date') ?? '';
  }
  set date(value: string) {
    this.setAttribute('date', value);
  }

  /** The era's name: the `label` attribute, else the element's text. */
  get label(): string {
    return this.getAttribute('label') ?? this.textContent?.trim() ?? '';
  }
  set label(value: string) {
    this.setAttribute('label', value);
  }
}
