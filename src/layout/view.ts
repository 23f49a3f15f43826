/**
 * Why this exists: everything a reader sees on a timeline — every date, gap and
 * era label in the reader's language, the `datetime` values, the rows of the
 * list — is decided here, once, from the validated document. The element only
 * renders what this returns, so a label is formatted in one place and the
 * rules are tested without a browser. The horizontal axis adds its geometry on
 * top of this (`buildAxisView` in ./axis-view.ts), in the lazily loaded chunk
 * that only wide timelines download.
 *
 * Pure: no DOM, no Lit. Cost: the chronology's sort, then linear passes.
 */
import { spanDatetime } from '../dates/edtf.js';
import type { Elapsed } from '../dates/elapsed.js';
import { formatDate, formatSpan, needsEraMarks, withEraMarks } from '../dates/format.js';
import type { DateStyle } from '../dates/date-style.js';
import type { TimelineDoc, TimelineEra, TimelineEvent } from '../data/types.js';
import type { Language } from '../i18n/strings.js';
import { DEFAULT_LONG_GAP_YEARS, layoutChronology, type ChronologyLayout, type EraMark } from './chronology.js';

export interface ViewOptions {
  /** The reader's language: date styles and interface words. */
  readonly language: Language;
  /** Gaps of at least this many whole years are drawn as breaks. */
  readonly gapYears?: number;
}

export interface GapView {
  /** "18 months later", "53 years later". */
  readonly label: string;
  /** "53 years": what a break on the axis says it stands for. */
  readonly duration: string;
  /** Long enough to draw as a break in the line. */
  readonly long: boolean;
  readonly elapsed: Elapsed;
}

export interface EraView {
  readonly era: TimelineEra;
  readonly label: string;
  /** "1950–53", "since Feb. 24, 2022". */
  readonly dates: string;
  readonly lane: number;
  /** The era begins / ends at this row. */
  readonly first: boolean;
  readonly last: boolean;
}

export interface EventView {
  readonly event: TimelineEvent;
  /** Position in chronological order, 0-based. */
  readonly order: number;
  /** The editor's display date, or the span in the reader's style. */
  readonly date: string;
  /** For `<time datetime>`; absent before 1 A.D., which HTML cannot express. */
  readonly datetime: string | undefined;
  /** The short form an axis label falls back to: the start year ("c. 1945", "2022"). */
  readonly year: string;
  /** "date: headline": the accessible name of a marker, and what selecting it announces. */
  readonly name: string;
  /** Time since the previous event; absent for the first and for overlaps. */
  readonly gap?: GapView;
  readonly eras: readonly EraView[];
}

export type RowView = { readonly kind: 'event'; readonly view: EventView } | { readonly kind: 'era'; readonly era: EraView };

export interface TimelineView {
  readonly rows: readonly RowView[];
  /** Events in chronological order (what keyboard and deep links step through). */
  readonly events: readonly EventView[];
  /** Lanes overlapping eras need side by side. */
  readonly eraLanes: number;
  /** The credit line for the article the dates come from. */
  readonly credit?: string;
  /** The order and gaps the view was built from, for the axis geometry. */
  readonly chronology: ChronologyLayout;
  readonly language: Language;
}

function eraView(mark: EraMark, dates: DateStyle): EraView {
  const { era, lane, first, last } = mark;
  return { era, label: era.label, dates: formatSpan(era.span, dates), lane, first, last };
}

/** The language's date style, naming the era of early A.D. years in a timeline that reaches B.C. */
export function datesFor(doc: TimelineDoc, language: Language): DateStyle {
  const spans = [...doc.events, ...doc.eras].map((item) => item.span);
  return needsEraMarks(spans) ? withEraMarks(language.dates) : language.dates;
}

/** A slide without a headline is named by the start of its text. */
function excerpt(body: string | undefined): string {
  const text = (body ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= 60) return text;
  return `${text.slice(0, 60).replace(/\s+\S*$/, '')}…`;
}

/** The view model of a whole timeline, in the reader's language. */
export function buildView(doc: TimelineDoc, options: ViewOptions): TimelineView {
  const { language } = options;
  const { ui } = language;
  const dates = datesFor(doc, language);
  const chronology = layoutChronology(doc, { longGapYears: options.gapYears ?? DEFAULT_LONG_GAP_YEARS });
  const events: EventView[] = [];
  const rows = chronology.rows.map((row): RowView => {
    if (row.kind === 'era') return { kind: 'era', era: eraView(row.mark, dates) };
    const { event, order, gap } = row;
    const { year, approximate, uncertain } = event.span.start;
    const date = event.displayDate ?? formatSpan(event.span, dates);
    const view: EventView = {
      event,
      order,
      date,
      datetime: spanDatetime(event.span),
      year: formatDate({ year, approximate, uncertain, precision: 'year' }, dates),
      name: `${date}: ${event.headline || excerpt(event.body)}`.replace(/: $/, ''),
      ...(gap
        ? { gap: { label: dates.elapsed(gap.elapsed), duration: dates.duration(gap.elapsed), long: gap.long, elapsed: gap.elapsed } }
        : {}),
      eras: row.eras.map((mark) => eraView(mark, dates)),
    };
    events.push(view);
    return { kind: 'event', view };
  });
  const article = doc.article;
  const credit = article
    ? ui.basedOn(article.title, article.publisher, article.date ? formatDate(article.date, dates) : undefined)
    : undefined;
  return { rows, events, eraLanes: chronology.lanes, ...(credit ? { credit } : {}), chronology, language };
}
