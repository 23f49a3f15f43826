/**
 * The library as the script-tag bundle carries it: registers the elements and
 * exports the pure pipeline (read → layout, with the dates library beneath
 * both) for tools that render timelines elsewhere. Problems' English messages
 * load on demand here (`await loadProblemMessages()` before reading `message`
 * yourself); the package entry, ./index.ts, loads them up front.
 */
import './components/summit-timeline/summit-timeline.define.js';

export { SummitTimelineElement } from './components/summit-timeline/summit-timeline.js';
export { SummitEventElement } from './components/summit-event/summit-event.js';
export { SummitEraElement } from './components/summit-era/summit-era.js';
export { SummitDataErrorEvent } from './events/summit-data-error-event.js';
export { SummitSelectEvent } from './events/summit-select-event.js';
export { validateDocument } from './data/validate.js';
export { readSourceText, readSourceValue } from './data/read-source.js';
export { describeProblem } from './data/describe.js';

/** Loads the English problem messages (the element does this itself when a timeline has problems). */
export const loadProblemMessages = () => import('./problem-messages.js').then(() => undefined);
export type * from './data/types.js';
export { parseDate, parseSpan } from './dates/edtf.js';
export type { PartialDate, DateSpan, Precision } from './dates/edtf.js';
export { elapsedBetween } from './dates/elapsed.js';
export { formatDate, formatSpan } from './dates/format.js';
export { layoutChronology } from './layout/chronology.js';
export { buildView } from './layout/view.js';
export type { TimelineView, EventView, GapView, EraView, RowView } from './layout/view.js';
export { loadLanguage } from './i18n/load-language.js';
