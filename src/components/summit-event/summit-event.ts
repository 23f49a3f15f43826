/**
 * One event of a `<summit-timeline>`, written as ordinary HTML so it reads as a
 * chronology where scripts never run. It renders nothing itself: the parent
 * timeline reads it.
 *
 * @tagname summit-event
 * @summary A dated event inside `<summit-timeline>`: a heading, paragraphs, and optionally a blockquote with the source's words.
 *
 * @attr date - When it happened: `1950`, `2022-02`, `2023-09-13`, `1945~`, or an interval `1950/1953`. Defaults to the `datetime` of the first `<time>` inside.
 * @attr end - End of the event, as an alternative to an interval in `date`.
 * @attr display-date - Wording that replaces the formatted date label (not the position).
 * @attr headline - Headline, when the content has no heading element.
 */
export class SummitEventElement extends HTMLElement {
  /** When it happened, in the timeline date format. */
  get date(): string {
    return this.getAttribute('date') ?? '';
  }
  set date(value: string) {
    this.setAttribute('date', value);
  }

  /** End of the event, if not given as an interval in `date`. */
  get end(): string | null {
    return this.getAttribute('end');
  }
  set end(value: string | null) {
    if (value === null) this.removeAttribute('end');
    else this.setAttribute('end', value);
  }

  /** Editor's wording for the date label. */
  get displayDate(): string | null {
    return this.getAttribute('display-date');
  }
  set displayDate(value: string | null) {
    if (value === null) this.removeAttribute('display-date');
    else this.setAttribute('display-date', value);
  }
}
