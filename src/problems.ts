/**
 * Why this exists: every problem in the data is a code with values, so an
 * editor reads it in the timeline's language (src/i18n tables) while pages and
 * tests get a stable English `message`. A missing translation is a type error.
 * It sits at the root, a leaf with no imports, because both src/data
 * (validation, imports) and src/dates (date parsing) report problems.
 */

export const PROBLEM_CODES = [
  'unknownField',
  'notText',
  'idMissing',
  'idUnusable',
  'idDuplicate',
  'missing',
  'notDate',
  'dateShape',
  'badMonth',
  'badDay',
  'twoSlashes',
  'endConflict',
  'openEndNotAllowed',
  'endBeforeStart',
  'badSource',
  'badRelative',
  'badOutside',
  'badMedia',
  'badMediaUrl',
  'altFromCaption',
  'altDecorative',
  'mediaQuote',
  'mediaPost',
  'mediaFrame',
  'notWebLink',
  'notObject',
  'emptyHeadline',
  'badArticle',
  'eventsMissing',
  'notList',
  'eventsEmpty',
  'notDocument',
  'notJson',
  'badSrc',
  'loadFailed',
  'httpError',
  'readFailed',
  'yearMissing',
  'yearZero',
  'yearTooLong',
  'scaleUnsupported',
  'csvYear',
  'csvNoLayout',
  'csvQuote',
  'csvUnknownColumn',
  'csvUnusedColumn',
  'csvShortYear',
  'csvSpaces',
  'csvDuplicateRow',
  'headlineBlank',
  'csvTime',
  'translationTag',
  'translationUnknownItem',
  'translationMissing',
  'tooLarge',
  'tooDeep',
  'tooManyEvents',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const VALUE_TYPES = ['null', 'list', 'number', 'boolean', 'object', 'string', 'undefined'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** What a problem is about; `got` describes a wrong value by its type or its text. */
export interface ProblemValues {
  readonly got?: { readonly type: ValueType; readonly text?: string };
  readonly text?: string;
  readonly fallback?: string;
  readonly id?: string;
  readonly renamed?: string;
  readonly month?: string;
  readonly days?: number;
  readonly start?: string;
  readonly end?: string;
  readonly year?: number;
  readonly status?: number;
  readonly detail?: string;
  readonly src?: string;
  /** A count past a limit (events, levels of nesting) and the limit (./data/limits.ts). */
  readonly count?: number;
  readonly limit?: number;
}

export type ProblemMessages = { readonly [K in ProblemCode]: (v: ProblemValues) => string };

/**
 * The English messages, registered by ./problem-messages.ts when it loads:
 * every Node entry (the package index, the static renderer, the CLI) imports
 * it; in the script-tag bundle the element loads it only when a timeline has
 * problems to report, so readers of clean timelines never download it.
 */
let english: ProblemMessages | undefined;

export function registerEnglishMessages(messages: ProblemMessages): void {
  english = messages;
}

/** The English messages, once loaded. */
export const englishMessages = (): ProblemMessages | undefined => english;

/** The code, its values, and the English message (empty until the messages are loaded; see withMessages). */
export function problemText(code: ProblemCode, values: ProblemValues = {}) {
  return { code, values, message: english ? english[code](values) : '' };
}

/** Problems made before the messages were loaded, with their messages written in. */
export function withMessages<T extends { code: ProblemCode; values: ProblemValues; message: string }>(problems: readonly T[]): T[] {
  return problems.map((problem) =>
    problem.message || !english ? problem : { ...problem, message: english[problem.code](problem.values) },
  );
}
