/**
 * What both embed bundles export: the three elements and their events, and the
 * loader of the problems' English messages. ./library.ts registers the elements
 * as it loads; ./hydrate.ts once the static HTML has painted. No side effects
 * here, so importing it registers nothing.
 */
export { SummitTimelineElement } from './components/summit-timeline/summit-timeline.js';
export { SummitEventElement } from './components/summit-event/summit-event.js';
export { SummitEraElement } from './components/summit-era/summit-era.js';
export { SummitDataErrorEvent } from './events/summit-data-error-event.js';
export { SummitSelectEvent } from './events/summit-select-event.js';
export { loadProblemMessages } from './load-problem-messages.js';
export type * from './data/types.js';
