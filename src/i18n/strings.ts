/**
 * Why this exists: every word a reader sees comes from one typed table per
 * language, so a translation cannot silently miss a string: a missing key is a
 * type error.
 */
import type { ProblemWording } from '../data/describe.js';
import type { DateStyle } from '../dates/date-style.js';

export interface UiStrings {
  /** Label before the article's quote on each card. */
  readonly fromArticle: string;
  /** The link from a quoted social post to the post itself. */
  readonly original: string;
  /** Badge on facts or dates that do not come from the article. */
  readonly outsideArticle: string;
  /** Label before an outside citation. */
  readonly citation: string;
  /** Summary of the disclosure explaining a relative date. */
  readonly howDated: string;
  /** Lead-in before the article's relative wording. */
  readonly articleSays: string;
  /**
   * Label of the desk's translation beside a quote kept in the article's language:
   * it says what the text is (the article's words, translated), so no translation
   * reads as anyone's own words.
   */
  readonly deskTranslation: string;
  /** Credit line under the timeline, given the article's title and publisher. */
  readonly basedOn: (title: string, publisher?: string, date?: string) => string;
  /** Accessible name of the list of events. */
  readonly chronology: string;
  /** Shown when no data could be loaded and there is no fallback content. */
  readonly unavailable: string;
  /** The file was read, but every event in it was refused (the editor panel says why). */
  readonly noEvents: string;
  /** A break in the axis, spoken: "gap of 53 years, 1953 to 2006". */
  readonly breakName: (duration: string, from: string, to: string) => string;
  /** Era label prefix for screen readers ("Era: Korean War"). */
  readonly era: string;
  /** Buttons of the horizontal layout. */
  readonly previous: string;
  readonly next: string;
  /** "3 of 5" */
  readonly position: (index: number, total: number) => string;
  /** Accessible name of the axis' list of event markers. */
  readonly events: string;
  /** Editor mode: the panel's name, and its summary line. */
  readonly editorPanel: string;
  readonly problemsFound: (count: number) => string;
  readonly noProblems: string;
  /**
   * How problems in the data are described to editors; English when absent
   * (src/data/describe.ts holds it, so the English table stays out of the
   * main bundle and comes with the editor panel).
   */
  readonly problems?: ProblemWording;
}

export interface Language {
  /** BCP 47 tag this table was chosen for. */
  readonly code: string;
  readonly dates: DateStyle;
  readonly ui: UiStrings;
}

/**
 * Ends a sentence with a full stop unless it already ends in one: a date such as
 * "13 сентября 2023 г." or "753 B.C." closes a credit line without doubling it.
 */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
