/**
 * The English message for every problem code. A module of its own so the
 * script-tag bundle can leave it out and load it on demand (see
 * registerEnglishMessages in ./problems.ts); importing it registers it.
 */
import { registerEnglishMessages, type ProblemMessages, type ProblemValues, type ValueType } from './problems.js';

const TYPE_NAMES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'a list',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  string: 'text',
  undefined: 'nothing',
};
const got = (v: ProblemValues) => (v.got?.text !== undefined ? `'${v.got.text}'` : TYPE_NAMES[v.got?.type ?? 'undefined']);

export const englishProblems: ProblemMessages = {
  unknownField: () => 'is not a known field and was ignored',
  notText: (v) => `must be text, not ${got(v)}`,
  idMissing: (v) => `is missing; using '${v.fallback}' (deep links need a stable id)`,
  idUnusable: (v) => `${got(v)} is not a usable id (letters, digits, - and _); using '${v.fallback}'`,
  idDuplicate: (v) => `'${v.id}' is used twice; this one is now '${v.renamed}'`,
  missing: () => 'is missing',
  notDate: (v) => `must be a date, not ${got(v)}`,
  dateShape: (v) =>
    `'${v.text}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm (-YYYY before 1 A.D.: -0752 is 753 B.C.; Y-13800000000 for deep time), optionally followed by ~ or ?`,
  badMonth: (v) => `'${v.text}' is not a valid month`,
  badDay: (v) => `'${v.text}' is not a valid day: ${v.month} has ${v.days} days`,
  twoSlashes: (v) => `'${v.text}' has more than one '/'`,
  endConflict: (v) => `'${v.end}' conflicts with the interval '${v.text}' already given as the date`,
  openEndNotAllowed: () => `'..' (an open end) is only allowed on eras`,
  endBeforeStart: (v) => `'${v.end}' is before the start '${v.start}'`,
  badSource: () => 'must be { "quote": ["…"] } with at least one quote',
  badRelative: () => 'must have text "wording" and "arithmetic"',
  badOutside: () => 'must have text "note" and "citation"; an outside fact without its citation is not shown',
  badMedia: () => 'must be an object with a "url"',
  badMediaUrl: (v) => `${got(v)} is not a web address, so the media is left out`,
  altFromCaption: () => 'is missing; using the caption to describe the image',
  altDecorative: () =>
    'is missing and there is no caption: the image is shown as decorative (alt=""); describe it if it says more than the text',
  mediaQuote: () => 'was markup (a quotation); shown as a quotation on the card',
  mediaPost: (v) =>
    `was the embed code of a ${v.text} post; shown as its words with a link to the original (the network's script is not run)`,
  mediaFrame: (v) =>
    `was an <iframe>; shown as a link to ${v.text ? `'${v.text}'` : 'nothing (it had no src)'}, never a frame from another site`,
  notWebLink: (v) => `${got(v)} is not an http(s) link`,
  notObject: (v) => `must be an object, not ${got(v)}`,
  emptyHeadline: () => 'has no text once markup is removed',
  badArticle: () => 'must be an object with a text "title"',
  eventsMissing: () => 'is missing: there is nothing to show',
  notList: (v) => `must be a list, not ${got(v)}`,
  eventsEmpty: () => 'is empty: there is nothing to show',
  notDocument: (v) => `a timeline must be a JSON object with "events", not ${got(v)}`,
  notJson: (v) => `is not valid JSON (${v.detail})`,
  badSrc: (v) => `'${v.src}' is not an address the timeline may load (http, https or a path on this site)`,
  loadFailed: (v) => `'${v.src}' could not be loaded (${v.detail})`,
  httpError: (v) => `'${v.src}' could not be loaded: HTTP ${v.status}`,
  readFailed: (v) => `'${v.src}' could not be read (${v.detail})`,
  yearMissing: (v) => `year ${v.text ? `'${v.text}' ` : ''}is missing or not a whole number`,
  yearZero: () => 'is 0, which TimelineJS does not have: -1 is 1 B.C. and 1 is A.D. 1',
  yearTooLong: (v) => `${v.year} is outside the years this timeline places (100 billion years either side of A.D. 1)`,
  scaleUnsupported: (v) =>
    `'${v.text}' is not supported: years beyond 9999 B.C. are left out, each with its own message, and the rest is shown`,
  csvYear: (v) => `'${v.text}' is not a year this timeline can place (a whole number, -10000 to 9999; -1 is 1 B.C.)`,
  csvNoLayout: () => 'has neither the TimelineJS columns (Year, Headline, …) nor ours (date, headline, …) in its first row',
  csvQuote: () => 'has a quoted cell that is never closed; the rows after it may have run together',
  csvUnknownColumn: (v) =>
    `'${v.text}' is not a column this timeline reads, so ${v.count ? `its ${v.count} filled cell${v.count === 1 ? ' was' : 's were'} ignored` : 'nothing in it is shown'}${v.fallback ? `. Did you mean '${v.fallback}'?` : ''}`,
  csvUnusedColumn: (v) =>
    `'${v.text}' is not used by this timeline: its ${v.count} filled cell${v.count === 1 ? ' is' : 's are'} not shown`,
  csvShortYear: (v) =>
    v.year !== undefined
      ? `'${v.text}': ${v.year} or A.D. ${v.text}? Write the year in full; for A.D. ${v.text}, format the cell as text and write 00${v.text}`
      : `'${v.text}' has ${String(v.text).length} digits among four-digit years: is it A.D. ${v.text}, or a year typed short? Shown as A.D. ${v.text}`,
  csvSpaces: (v) => `'${v.text}' has spaces around it; read as '${v.fallback}'`,
  csvDuplicateRow: (v) => `repeats row ${v.count} exactly`,
  headlineBlank: () => 'is blank; readers see the start of the text in its place',
  csvTime: (v) =>
    v.detail === 'noDay'
      ? `'${v.text}' is a time, but the row has no day for it; the time is left out`
      : `'${v.text}' is not a time of day (write 13:05 or 1:05 PM); the time is left out`,
  translationTag: (v) => `'${v.text}' is not a language tag (such as ru, ko or pt-BR); its translation is not read`,
  translationUnknownItem: (v) => `translates '${v.id}' into '${v.text}', but the timeline has no item with that id`,
  translationMissing: (v) => `has no translation into '${v.text}' for: ${v.detail}; readers of it see the original there`,
  tooLarge: (v) => `is ${v.detail}; a timeline reads at most ${v.limit} MB (not read)`,
  tooDeep: (v) => `nests ${v.count} levels deep; a timeline reads at most ${v.limit} (not read)`,
  tooManyEvents: (v) => `has ${v.count}, more than a timeline shows (${v.limit}): the first ${v.limit} are shown`,
};

registerEnglishMessages(englishProblems);
