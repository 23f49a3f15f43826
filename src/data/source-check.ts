/**
 * Why this exists: a fact-checker reads a card and asks, for every claim, where
 * the card backs it. Two kinds of claim can be checked by machine: words in
 * quotation marks (they must be the article's, and quoted on the same card),
 * and dates written into the text (they must be the event's own, the article's,
 * or stand in what the card quotes or cites). Everything else is for an editor;
 * this catches what slips most often when a body is rewritten.
 *
 * Pure: works on plain strings and validated events, for tests and the CLI.
 */
import type { PartialDate } from '../dates/edtf.js';
import type { TimelineEvent } from './types.js';

export const SOURCE_FINDINGS = ['quoteNotInArticle', 'quoteNotOnCard', 'dateNotBacked'] as const;
export type SourceFinding = (typeof SOURCE_FINDINGS)[number];

export interface SourceProblem {
  readonly id: string;
  readonly field: 'headline' | 'body';
  readonly finding: SourceFinding;
  /** The quoted span or the date as written on the card. */
  readonly text: string;
}

/**
 * Folds what a quotation may differ in without changing its words: curly and
 * straight quotes and apostrophes, and runs of white space.
 */
export function normalizeQuote(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Spans inside “…” or "…", without punctuation that ends the span inside the marks. */
export function quotedSpans(text: string): string[] {
  return [...text.matchAll(/“([^“”]+)”|"([^"]+)"/g)]
    .map((m) => (m[1] ?? m[2]).replace(/[\s.,;:!?…]+$/u, ''))
    .filter(Boolean);
}

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^Jan(\.|uary)$/, 1], [/^Feb(\.|ruary)$/, 2], [/^March$/, 3], [/^April$/, 4], [/^May$/, 5], [/^June$/, 6],
  [/^July$/, 7], [/^Aug(\.|ust)$/, 8], [/^Sept(\.|ember)$/, 9], [/^Oct(\.|ober)$/, 10], [/^Nov(\.|ember)$/, 11], [/^Dec(\.|ember)$/, 12],
];
const MONTH_WORD = '(?:Jan(?:\\.|uary)|Feb(?:\\.|ruary)|March|April|May|June|July|Aug(?:\\.|ust)|Sept(?:\\.|ember)|Oct(?:\\.|ober)|Nov(?:\\.|ember)|Dec(?:\\.|ember))';
/** "Sept. 13, 2023", "February 2022", "1950–53", "1950-1953", "2006". */
const DATE_MENTION = new RegExp(`(?:${MONTH_WORD}(?: (\\d{1,2}),)? )?\\b(\\d{4})(?:[–-](\\d{2,4}))?\\b`, 'g');

interface Mention {
  readonly text: string;
  readonly dates: ReadonlyArray<{ year: number; month?: number; day?: number }>;
}

/** Every date written into a text, read as years (and a month and day where given). */
export function dateMentions(text: string): Mention[] {
  return [...text.matchAll(DATE_MENTION)].map((m) => {
    const monthWord = /^[A-Z][a-z]+\.?/.exec(m[0])?.[0];
    const month = monthWord ? MONTHS.find(([re]) => re.test(monthWord))?.[1] : undefined;
    const year = Number(m[2]);
    const first = { year, ...(month ? { month } : {}), ...(m[1] ? { day: Number(m[1]) } : {}) };
    if (!m[3]) return { text: m[0], dates: [first] };
    // "1950–53": the end year shares the start's century.
    const end = m[3].length === 2 ? Math.floor(year / 100) * 100 + Number(m[3]) : Number(m[3]);
    return { text: m[0], dates: [first, { year: end }] };
  });
}

const agrees = (written: Mention['dates'][number], date: PartialDate | undefined) =>
  date !== undefined &&
  written.year === date.year &&
  (written.month === undefined || written.month === date.month) &&
  (written.day === undefined || written.day === date.day);

/**
 * Checks one event's headline and body against the article and the card's own
 * backing (quotes, relative working, outside note and citation).
 */
export function checkEventSources(event: TimelineEvent, article: string, articleDate?: PartialDate): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const quotes = (event.source?.quote ?? []).map(normalizeQuote);
  const backing = [
    ...quotes,
    ...(event.relative ? [event.relative.wording, event.relative.arithmetic] : []),
    ...(event.outside ? [event.outside.note, event.outside.citation] : []),
  ].map(normalizeQuote);
  const source = normalizeQuote(article);
  const ownDates = [event.span.start, event.span.end, articleDate];
  for (const field of ['headline', 'body'] as const) {
    const text = event[field];
    if (!text) continue;
    for (const span of quotedSpans(text)) {
      const words = normalizeQuote(span);
      if (!source.includes(words)) problems.push({ id: event.id, field, finding: 'quoteNotInArticle', text: span });
      else if (!quotes.some((quote) => quote.includes(words))) problems.push({ id: event.id, field, finding: 'quoteNotOnCard', text: span });
    }
    for (const mention of dateMentions(text)) {
      const inBacking = backing.some((line) => line.includes(normalizeQuote(mention.text)));
      const isOwn = mention.dates.every((written) => ownDates.some((date) => agrees(written, date)));
      if (!inBacking && !isOwn) problems.push({ id: event.id, field, finding: 'dateNotBacked', text: mention.text });
    }
  }
  return problems;
}
