/**
 * Renders a timeline to static HTML on a server or at build time, for pages and
 * channels that run no JavaScript (email, RSS, Apple News, AMP placeholders,
 * print) and for zero layout shift: the output is the <summit-timeline> element
 * with its shadow DOM declared in HTML (declarative shadow DOM, via Lit SSR) and
 * the data as inline JSON, followed by a readable chronology for readers and bots
 * that see neither. When the script loads, the element hydrates in place.
 *
 * Why the chronology sits after the element, not inside it: a CMS that keeps the
 * element but empties its <template shadowrootmode> (CKEditor 5 does, with
 * General HTML Support allowing everything) leaves an empty shadow root, and an
 * empty shadow root hides every child. So the list is a sibling, shown by
 * default, and hidden by one CSS rule only where the declarative shadow root
 * was attached (the <template> is gone from the light DOM) and the JSON beside
 * it is intact — that is, where the server-drawn timeline is on screen. Browsers
 * without declarative shadow DOM, mail readers and emptied copies show the list;
 * the element hides it once it has drawn the timeline itself.
 *
 * Runs in Node from the built package (dist/static/render-static.js).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../components/summit-timeline/summit-timeline.define.js';
import { SummitTimelineElement, type LayoutChoice, type Theme } from '../components/summit-timeline/summit-timeline.js';
import type { Scale } from '../layout/axis.js';
import * as vertical from '../components/summit-timeline/vertical-view.js';
import { setServerValidator } from '../components/summit-timeline/data-controller.js';
import type { DataProblem } from '../data/types.js';
import { validateDocument } from '../data/validate.js';
import { toNative } from '../data/read-source.js';
import { loadLanguage } from '../i18n/load-language.js';
import { escapeHtml, scriptSafeJson } from './escape.js';
import { fallbackHtml } from './fallback.js';
import * as translations from '../data/translations.js';
import { contentLanguage } from '../data/content-language.js';
import { STYLESHEETS, isStylesheetFolder } from './stylesheets.js';
// Node: problems carry their English messages (./problems.ts says why they are a module apart).
import '../problem-messages.js';

// In the browser the validator and the vertical layout are lazy chunks; on the
// server the element reads `data` and draws at once, with these.
setServerValidator(validateDocument);
SummitTimelineElement.renderOnServerWith(vertical, translations);

export interface StaticOptions {
  /**
   * `vertical` (default) matches what the server draws, so hydrating changes
   * nothing on screen; `auto` lets wide pages switch to the axis after hydration,
   * at the cost of that one layout change.
   */
  readonly layout?: LayoutChoice;
  /** Language of dates and labels (en, ru, uk, ko); defaults to the document's `lang`. */
  readonly lang?: string;
  readonly theme?: Theme;
  /** Element id, for deep links (`#<id>/<event-id>`). */
  readonly id?: string;
  readonly headingLevel?: number;
  /** `sequence` spaces the axis evenly once a wide page shows it (the list drawn here has no axis). */
  readonly scale?: Scale;
  /** Leaves out the title, description and credit, for pages that give their own. */
  readonly noHeader?: boolean;
  /** The event shown first, by id. */
  readonly selected?: string;
  /**
   * Only the element and its readable list: no declarative shadow DOM, no inline
   * JSON. For CMSs that strip tags but keep their text (WordPress KSES, Drupal),
   * where a <template> or <script> would leave CSS and JSON as visible text.
   */
  readonly fallbackOnly?: boolean;
  /**
   * For pages whose CSP allows no inline styles (`style-src 'self'`): the address
   * of the folder serving `summit-timeline.css` and `summit-timeline-page.css`
   * (the package's `dist/`, or the files `publish` writes), ending in `/`. The
   * output then links those two stylesheets in place of its two `<style>` blocks.
   */
  readonly stylesheets?: string;
  /** Called for each problem in the data; invalid items are left out of the output. */
  readonly onProblem?: (problem: DataProblem) => void;
}

/**
 * Hides the readable list after a timeline whose server-drawn shadow root is on
 * screen: the declarative <template> was consumed, and the JSON was not emptied.
 * It checks each element's own state, so one copy on a page serves every timeline on it.
 */
const HIDE_LIST_WHEN_DRAWN =
  'summit-timeline:not(:has(>template)):has(>script[type="application/json"]:not(:empty))+[data-summit-fallback]{display:none}';

/** The element's styles as Lit SSR writes them into the declarative shadow root. */
const shadowCss = () => SummitTimelineElement.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');

/** The two files `stylesheets` points at: the package's dist/ has them, and `publish` writes them. */
export function stylesheetFiles(): Record<string, string> {
  return { [STYLESHEETS.shadow]: `${shadowCss()}\n`, [STYLESHEETS.page]: `${HIDE_LIST_WHEN_DRAWN}\n` };
}

const stylesheetLink = (folder: string, file: string) => `<link rel="stylesheet" href="${escapeHtml(folder + file)}">`;

export async function renderStatic(source: unknown, options: StaticOptions = {}): Promise<string> {
  // TimelineJS3 documents are converted first: the element on the server and in
  // the browser then read the very same document.
  const native = await toNative(source);
  const raw = native.raw;
  const { doc, problems } = validateDocument(raw);
  for (const problem of [...native.problems, ...problems]) options.onProblem?.(problem);
  const lang = options.lang ?? doc.lang;
  // Loading the language first makes it available synchronously to the element's render.
  const language = await loadLanguage(lang ?? 'en');
  // The readable list in the language the element shows (src/data/translations.ts).
  const list = fallbackHtml(translations.translated(doc, contentLanguage(doc, [lang])), language, options.headingLevel ?? 2);
  if (options.fallbackOnly) {
    const attributes = [
      options.id ? ` id="${escapeHtml(options.id)}"` : '',
      options.lang ? ` lang="${escapeHtml(options.lang)}"` : '',
      options.theme ? ` theme="${escapeHtml(options.theme)}"` : '',
      options.layout ? ` layout="${escapeHtml(options.layout)}"` : '',
      options.scale ? ` scale="${escapeHtml(options.scale)}"` : '',
      options.headingLevel ? ` heading-level="${options.headingLevel}"` : '',
      options.noHeader ? ' no-header' : '',
      options.selected ? ` selected="${escapeHtml(options.selected)}"` : '',
    ].join('');
    return `<summit-timeline${attributes}>\n${list}\n</summit-timeline>`;
  }
  const folder = options.stylesheets;
  if (folder !== undefined && !isStylesheetFolder(folder))
    throw new TypeError(`renderStatic: stylesheets '${folder}' is not a folder's address (an http(s) URL or a path, ending in "/")`);
  const pageStyles = folder === undefined ? `<style>${HIDE_LIST_WHEN_DRAWN}</style>` : stylesheetLink(folder, STYLESHEETS.page);
  const light = `<script type="application/json">${scriptSafeJson(raw)}</script>${pageStyles}`;
  const template = html`<summit-timeline
    id=${ifDefined(options.id)}
    layout=${options.layout ?? 'vertical'}
    lang=${ifDefined(options.lang)}
    theme=${ifDefined(options.theme)}
    heading-level=${ifDefined(options.headingLevel)}
    scale=${ifDefined(options.scale)}
    ?no-header=${options.noHeader === true}
    selected=${ifDefined(options.selected)}
    .data=${raw}
    >${unsafeHTML(light)}</summit-timeline
  >`;
  // Lit SSR writes both the standard shadowrootmode and the pre-2023 `shadowroot` (Chromium
  // 90–110 only, which now ignore it or are gone): the standard one alone is valid HTML (issue 32).
  let element = (await collectResult(render(template))).replace(
    '<template shadowroot="open" shadowrootmode="open"',
    '<template shadowrootmode="open"',
  );
  if (folder !== undefined) {
    const inline = `<style>${shadowCss()}</style>`;
    // Lit SSR writes the element's styles once, first in its shadow root; a link loads the same rules from the file.
    if (!element.includes(inline)) throw new Error('renderStatic: the server-drawn shadow root no longer starts with the element’s styles');
    element = element.replace(inline, () => stylesheetLink(folder, STYLESHEETS.shadow));
  }
  return `${element}\n<div data-summit-fallback>\n${list}\n</div>`;
}
