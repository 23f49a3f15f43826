import type { DataProblem } from '../data/types.js';

/**
 * Fired by `<summit-timeline>` once for each problem found when it reads its
 * data: an item left out, a field dropped, or a `src` that failed to load.
 * Bubbles and crosses shadow roots so a page or CMS preview can collect them.
 */
export class SummitDataErrorEvent extends Event {
  /** Which item and field, and what is wrong, in the same shape for every source. */
  readonly detail: DataProblem;

  constructor(problem: DataProblem) {
    super('summit-data-error', { bubbles: true, composed: true });
    this.detail = problem;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-data-error': SummitDataErrorEvent;
  }
}
