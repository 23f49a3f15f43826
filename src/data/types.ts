/**
 * The typed document every source (JSON, inline JSON, light-DOM children, and
 * later imports) is read into. Downstream code never sees raw input.
 */
import type { DateSpan, PartialDate } from '../dates/edtf.js';
import type { ProblemCode, ProblemValues } from '../problems.js';
import type { RichNode } from './rich-text.js';
import type { SafeUrl } from './urls.js';

export interface EventSource {
  /** The article's verbatim sentence(s) that date the event. */
  readonly quote: readonly string[];
  /**
   * Shown in another language (./translations.ts): the quote stays the article's
   * words in the article's language (`lang`), and the desk's translation stands
   * beside it, labelled as such, never in quotation marks as anyone's words.
   */
  readonly lang?: string;
  readonly translation?: readonly string[];
}

export interface RelativeDating {
  /** The article's own relative wording, e.g. "the 18-month-old invasion". */
  readonly wording: string;
  /** How the date follows from it, e.g. "Sept. 13, 2023 − 18 months". */
  readonly arithmetic: string;
  /** Shown in another language: the wording's language, and the desk's translation of it. */
  readonly lang?: string;
  readonly translation?: string;
}

export interface OutsideFact {
  /** What does not come from the article, in a sentence. */
  readonly note: string;
  readonly citation: string;
  readonly url?: SafeUrl;
}

/** An image (shown) or any other page or video (linked, never framed). */
export interface PictureOrLink {
  readonly kind: 'image' | 'link';
  readonly url: SafeUrl;
  /** An image's description; empty for one shown as decorative (no alt and no caption given). */
  readonly alt?: string;
  readonly caption?: string;
  readonly credit?: string;
  readonly thumbnail?: SafeUrl;
}

/**
 * A quotation as the medium: TimelineJS's blockquote media, or a social post
 * whose embed code was given (its words, and a link to the original).
 */
export interface QuoteMedia {
  readonly kind: 'quote';
  readonly quote: RichNode[][];
  /** The original post or page, when there is one. */
  readonly url?: SafeUrl;
  readonly caption?: string;
  /** Who said or posted it. */
  readonly credit?: string;
}

export type EventMedia = PictureOrLink | QuoteMedia;

export interface TimelineEvent {
  readonly id: string;
  readonly span: DateSpan;
  /** The author's date text (qualifiers kept; a separate end joined as `start/end`). */
  readonly dateText: string;
  readonly displayDate?: string;
  /** Plain text of the headline: labels, accessible names, search. */
  readonly headline: string;
  /** The headline with its allowlisted markup, for display. */
  readonly headlineRich: readonly RichNode[];
  /** Plain text of the body. */
  readonly body?: string;
  /** Body paragraphs with allowlisted markup. */
  readonly bodyRich?: readonly (readonly RichNode[])[];
  /** A kicker such as a TimelineJS group ("Diplomacy"). */
  readonly group?: string;
  readonly media?: EventMedia;
  readonly source?: EventSource;
  readonly relative?: RelativeDating;
  readonly outside?: OutsideFact;
}

export interface TimelineEra {
  readonly id: string;
  readonly span: DateSpan;
  readonly dateText: string;
  readonly label: string;
}

export interface ArticleRef {
  readonly title: string;
  readonly publisher?: string;
  readonly date?: PartialDate;
  readonly url?: SafeUrl;
}

/** An event's text in another language (./translations.ts). Dates are never translated: they are formatted. */
export interface EventTranslation {
  readonly headline?: string;
  readonly headlineRich?: readonly RichNode[];
  readonly body?: string;
  readonly bodyRich?: readonly (readonly RichNode[])[];
  /** A free-text date ("mid-1960s") in this language. */
  readonly displayDate?: string;
  readonly group?: string;
  readonly caption?: string;
  readonly alt?: string;
  readonly credit?: string;
  /** The outside fact's sentence; its citation stays as published. */
  readonly note?: string;
  /** The article's relative wording, translated for readers (the quote keeps the original), and the working. */
  readonly wording?: string;
  readonly arithmetic?: string;
  /** The desk's translation of each source quote, in order. */
  readonly quote?: readonly string[];
}

/** A whole timeline's text in one language other than its own, keyed by event and era id. */
export interface DocTranslation {
  readonly title?: string;
  readonly description?: string;
  readonly descriptionRich?: readonly (readonly RichNode[])[];
  readonly events: Readonly<Record<string, EventTranslation>>;
  readonly eras: Readonly<Record<string, { readonly label: string }>>;
}

export interface TimelineDoc {
  readonly id?: string;
  /** Plain text: markup in the source is reduced to its words. */
  readonly title?: string;
  /** Plain text, paragraphs separated by a blank line; `descriptionRich` keeps the allowlisted markup. */
  readonly description?: string;
  readonly descriptionRich?: readonly (readonly RichNode[])[];
  readonly lang?: string;
  readonly article?: ArticleRef;
  /** In the author's order; layout sorts. */
  readonly eras: readonly TimelineEra[];
  readonly events: readonly TimelineEvent[];
  /** The same text in other languages, by BCP 47 tag; `lang` names the original. */
  readonly translations?: Readonly<Record<string, DocTranslation>>;
}

export const PROBLEM_SUBJECTS = ['document', 'event', 'era'] as const;
export type ProblemSubject = (typeof PROBLEM_SUBJECTS)[number];

/** One thing wrong with the input, precise enough for an editor to fix it. */
export interface DataProblem {
  readonly subject: ProblemSubject;
  /** 0-based position of the item in its list; absent for the document. */
  readonly index?: number;
  /** The item's id when it has a usable one. */
  readonly id?: string;
  /** The field at fault, e.g. "date", "source.quote[1]", "src". */
  readonly field: string;
  /** For a sheet: the row the producer finds it in (the header is row 1) and the column's header. */
  readonly row?: number;
  readonly column?: string;
  /** What is wrong, as a code with values: editors read it in the timeline's language. */
  readonly code: ProblemCode;
  readonly values: ProblemValues;
  /** The same in English, for consoles, logs and tests. */
  readonly message: string;
  /** True when the whole item was left out; false when only the field was. */
  readonly skipped: boolean;
}

export interface ReadResult {
  readonly doc: TimelineDoc;
  readonly problems: readonly DataProblem[];
}

export const EMPTY_DOC: TimelineDoc = { eras: [], events: [] };
