/**
 * The package entry, for apps with their own bundler and for Node: the
 * elements (./library.ts) and the pure pipeline — read and validate, lay out,
 * and the dates library beneath both — with the English problem messages
 * loaded up front, so every DataProblem it returns has its `message`.
 */
import './problem-messages.js';

export * from './library.js';
export { validateDocument } from './data/validate.js';
export { readSourceText, readSourceValue } from './data/read-source.js';
export { describeProblem } from './data/describe.js';
export { parseDate, parseSpan } from './dates/edtf-parse.js';
export type { PartialDate, DateSpan, Precision } from './dates/edtf.js';
export { elapsedBetween } from './dates/elapsed.js';
export { formatDate, formatSpan } from './dates/format.js';
export { layoutChronology } from './layout/chronology.js';
export { buildView } from './layout/view.js';
export type { TimelineView, EventView, GapView, EraView, RowView } from './layout/view.js';
export { loadLanguage } from './i18n/load-language.js';
