/**
 * Fired by `<summit-timeline>` when a reader selects an event: a click or tap,
 * the arrow keys, the previous/next buttons or a swipe. Not fired for
 * programmatic changes (`selected`, `goTo()`, `next()`, `previous()`), so a
 * host that syncs state both ways cannot loop.
 */
export interface SummitSelectDetail {
  /** The selected event's id. */
  readonly id: string;
  /** Its position in chronological order, 0-based. */
  readonly index: number;
}

export class SummitSelectEvent extends Event {
  readonly detail: SummitSelectDetail;

  constructor(detail: SummitSelectDetail) {
    super('summit-select', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-select': SummitSelectEvent;
  }
}
