/**
 * `summit-timeline publish`: one folder per timeline with a file for every
 * channel a reader may arrive through, all from one read of the data:
 * - index.html, the timeline's own page (shareable link, social-card tags,
 *   canonical, `noindex,indexifembedded`) with the oEmbed discovery link, and
 *   oembed.json + data.json, the KSES-proof WordPress path (./oembed.ts);
 * - snippet.html (static render + hydrate script) and fallback.html (the list
 *   alone, for KSES and CKEditor "Basic HTML");
 * - amp.html (an amp-iframe with the snapshot as its placeholder) and
 *   email.html (tables, inline styles, no script, readable with images off);
 * - snapshot.png and card.png, drawn by headless Chromium (./snapshots.ts);
 * - manifest.json: every file with its purpose, size and checksum.
 */
import { createHash } from 'node:crypto';
import type { TimelineDoc } from '../data/types.js';
import { validateDocument } from '../data/validate.js';
import { toNative } from '../data/read-source.js';
import { formatDate, formatSpan } from '../dates/format.js';
import { loadLanguage } from '../i18n/load-language.js';
import type { Language } from '../i18n/strings.js';
import { datesFor } from '../layout/view.js';
import { sortEvents } from '../layout/chronology.js';
import { escapeHtml as e } from './escape.js';
import { discoveryLink, frameTitle, oembedFiles, oembedUrls, type OembedOptions } from './oembed.js';
import { renderStatic, stylesheetFiles, type StaticOptions } from './render-static.js';
import '../problem-messages.js';
import { own } from '../own.js';

export interface PublishOptions extends OembedOptions {
  readonly onProblem?: StaticOptions['onProblem'];
}

/** The social card publish draws (./snapshots.ts), also the oEmbed thumbnail. */
export const CARD = { file: 'card.png', width: 1200, height: 630 } as const;

/** What a file in the folder is for, as manifest.json says it. */
export const PURPOSES: Readonly<Record<string, string>> = {
  'index.html': 'The timeline’s own page: the shareable link, with social-card tags and the oEmbed discovery link',
  'oembed.json': 'oEmbed response: a WordPress Author pastes the page’s URL and gets the interactive timeline',
  'oembed.xml': 'The same oEmbed response in XML, for consumers that ask for that format',
  'data.json': 'The data the embed frame loads',
  'snippet.html': 'Static HTML with the hydrate script: paste where scripts are allowed',
  'fallback.html': 'The readable list alone: survives WordPress KSES and CKEditor “Basic HTML”',
  'amp.html': 'An amp-iframe for AMP pages, with first-screen.jpg as its placeholder',
  'email.html': 'Newsletter HTML: tables and inline styles, no script, readable with images off',
  'summit-timeline.css': 'The timeline’s styles, linked by index.html so it holds under a CSP without inline styles',
  'summit-timeline-page.css': 'The page rule that hides the readable list once the timeline is drawn, linked by index.html',
  'snapshot.png': 'The whole chronology as one image (2× pixels): noscript, AMP placeholder, Apple News, print',
  'card.png': '1200×630 social card: title, span of years, the events on a miniature axis, the newsroom',
  'first-screen.jpg': 'The timeline’s first screen (600×600, 2×): the e-mail’s image and the AMP placeholder',
  'embed.html': 'The embed page the iframe, the oEmbed response and the AMP snippet load',
  'embed.js': 'The embed page’s script (the element, inlined for a sandboxed frame)',
  'embed.css': 'The embed page’s styles',
  'go.html': 'Opens a source link from the WordPress frame, only to an address the timeline’s data holds',
  'go.js': 'go.html’s script',
  'summit-timeline.hydrate.min.js': 'The library for the static pages: draws nothing anew, makes the server-drawn timeline interactive',
};

/** What a file is for: its own entry, or (a library chunk) what every chunk is. */
const purposeOf = (name: string) =>
  own(PURPOSES, name) ?? (name.startsWith('chunks/') ? 'A part of the library the pages load when they need it' : '');

/** The years the timeline covers, as a reader says them ("1945–2023"). */
/** What snippet.html says first, to whoever pastes it. */
export const SNIPPET_WARNING =
  "<!-- summit-timeline static HTML. For pages that keep its script, template and style tags. WordPress Authors and Contributors: WordPress removes these tags and publishes the CSS and data as text; paste the folder's address (index.html's) on a line of its own instead. -->";

export function yearSpan(doc: TimelineDoc, language: Language): string | undefined {
  const spans = doc.events.map((event) => event.span);
  if (spans.length === 0) return undefined;
  const first = spans.reduce((a, b) => (b.start.year < a.start.year ? b : a)).start.year;
  const last = spans.reduce((a, b) => ((b.end ?? b.start).year > (a.end ?? a.start).year ? b : a));
  const lastYear = (last.end ?? last.start).year;
  const year = (y: number) => ({ year: y, precision: 'year' as const, approximate: false, uncertain: false });
  const dates = datesFor(doc, language);
  return first === lastYear
    ? formatDate(year(first), dates)
    : formatSpan({ start: year(first), end: year(lastYear), openEnd: false }, dates);
}

/**
 * The timeline's own page: the static render with the hydrate script, title,
 * description, canonical link, social-card tags (the image ones only where
 * card.png is written) and the oEmbed discovery link. `oembed` writes it too.
 */
export function timelinePage(
  doc: TimelineDoc,
  lang: string,
  urls: ReturnType<typeof oembedUrls>,
  options: OembedOptions,
  snippet: string,
  withCard = true,
): string {
  const title = e(doc.title ?? 'Timeline');
  const description = doc.description ? e(doc.description.replace(/\s+/g, ' ')) : '';
  const card = e(new URL('card.png', urls.page).href);
  return `<!DOCTYPE html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${description ? `<meta name="description" content="${description}">\n` : ''}<link rel="canonical" href="${e(urls.page)}">
<meta name="robots" content="noindex,indexifembedded">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
${description ? `<meta property="og:description" content="${description}">\n` : ''}<meta property="og:url" content="${e(urls.page)}">
${
  withCard
    ? `<meta property="og:image" content="${card}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="${title}">
`
    : ''
}<meta name="twitter:card" content="${withCard ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${title}">
${description ? `<meta name="twitter:description" content="${description}">\n` : ''}${withCard ? `<meta name="twitter:image" content="${card}">\n` : ''}${discoveryLink(doc, options)}
<script type="module" src="${e(urls.hydrate)}"></script>
</head>
<body>
${snippet}
</body>
</html>
`;
}

function ampSnippet(doc: TimelineDoc, urls: ReturnType<typeof oembedUrls>): string {
  const title = e(doc.title ?? 'Timeline');
  // AMP sizes the frame from its messages (embed-size, sent by embed.html) and shows the
  // overflow button when the frame asks to grow beyond what is on screen.
  return `<!-- Needs <script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script> in the page's head. -->
<amp-iframe title="${e(frameTitle(doc))}" width="640" height="600" layout="responsive" sandbox="allow-scripts allow-popups" resizable frameborder="0"
  src="${e(urls.frame)}">
  <amp-img placeholder layout="fill" src="${e(new URL('first-screen.jpg', urls.page).href)}" alt="${title}"></amp-img>
  <button overflow type="button" aria-label="Show the whole timeline">Show the whole timeline</button>
</amp-iframe>
`;
}

/**
 * Newsletter HTML: what mail clients keep — tables, inline styles, system
 * fonts, no script or style blocks. Every date and headline is text, so it
 * reads as the chronology with images off; the snapshot links to the page.
 */
function email(doc: TimelineDoc, language: Language, urls: ReturnType<typeof oembedUrls>): string {
  const dates = datesFor(doc, language);
  const font = 'font-family: Arial, Helvetica, sans-serif;';
  // Chronological, as every other output shows them (not the sheet's order).
  const rows = sortEvents(doc.events)
    .map((event) => {
      const date = event.displayDate ?? formatSpan(event.span, dates);
      const body = event.body
        ? `<p style="margin: 4px 0 0; ${font} font-size: 15px; line-height: 1.45; color: #333333;">${e(event.body.split('\n\n')[0])}</p>`
        : '';
      return `<tr>
<td valign="top" style="padding: 10px 12px 10px 0; width: 120px; ${font} font-size: 14px; font-weight: bold; color: #0b57a4;">${e(date)}</td>
<td valign="top" style="padding: 10px 0; border-top: 1px solid #dddddd;">${event.headline ? `<strong style="${font} font-size: 16px; color: #111111;">${e(event.headline)}</strong>` : ''}${body}</td>
</tr>`;
    })
    .join('\n');
  const credit = doc.article
    ? `<p style="margin: 12px 0 0; ${font} font-size: 12px; color: #666666;">${e(language.ui.basedOn(doc.article.title, doc.article.publisher, doc.article.date ? formatDate(doc.article.date, dates) : undefined))}</p>`
    : '';
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width: 640px; border-collapse: collapse;">
<tbody>
<tr><td colspan="2" style="padding: 0 0 8px;">
<h2 style="margin: 0; ${font} font-size: 22px; line-height: 1.25; color: #111111;">${e(doc.title ?? 'Timeline')}</h2>
${doc.description ? `<p style="margin: 6px 0 0; ${font} font-size: 15px; color: #555555;">${e(doc.description.replace(/\s+/g, ' '))}</p>` : ''}
</td></tr>
<tr><td colspan="2" style="padding: 8px 0;"><a href="${e(urls.page)}"><img src="${e(new URL('first-screen.jpg', urls.page).href)}" width="600" height="600" alt="${e(frameTitle(doc))}" style="display: block; width: 100%; max-width: 600px; height: auto; border: 0;"></a></td></tr>
${rows}
<tr><td colspan="2" style="padding: 12px 0 0;"><a href="${e(urls.page)}" style="${font} font-size: 15px; color: #0b57a4;">See the interactive timeline</a>${credit}</td></tr>
</tbody>
</table>
`;
}

/** Every text file of the folder, and what snapshots.ts needs to draw the images. */
export async function publishText(source: unknown, options: PublishOptions) {
  const urls = oembedUrls(options);
  const native = await toNative(source);
  for (const problem of native.problems) options.onProblem?.(problem);
  const { doc } = validateDocument(native.raw);
  const view = options.view ?? {};
  const lang = view.lang ?? doc.lang ?? 'en';
  const language = await loadLanguage(lang);
  // Every page of the folder shows the timeline as asked, and so does its frame (urls.frame).
  const common = { ...view, lang, id: options.id ?? 'summit-timeline' };
  const snippet = await renderStatic(native.raw, { ...common, ...(options.onProblem ? { onProblem: options.onProblem } : {}) });
  const fallback = await renderStatic(native.raw, { ...common, fallbackOnly: true });
  // The folder's own page links the stylesheets beside it (no inline styles for its CSP);
  // snippet.html keeps them inline, to paste into pages that host no files of ours.
  const ownPage = await renderStatic(native.raw, { ...common, stylesheets: './' });
  const files: Record<string, string> = {
    'index.html': timelinePage(doc, lang, urls, options, ownPage),
    ...oembedFiles(doc, native.raw, options),
    // The hint first, so the script loads while the long static HTML before its tag is still arriving.
    // The first line is what a WordPress Author sees in the Custom HTML block as they paste it: the
    // one warning that can reach them there (issue 33, finding 6). A comment, so readers never see it.
    'snippet.html': `${SNIPPET_WARNING}\n<link rel="modulepreload" href="${e(urls.hydrate)}">\n${snippet}\n<script type="module" src="${e(urls.hydrate)}"></script>\n`,
    'fallback.html': `${fallback}\n`,
    'amp.html': ampSnippet(doc, urls),
    'email.html': email(doc, language, urls),
    ...stylesheetFiles(),
  };
  return { files, doc, language, snippet, urls };
}

/**
 * manifest.json: every file the folder holds, with its purpose, size and SHA-256 —
 * and itself, last (it cannot hold its own hash). A re-run removes what an earlier
 * run listed here and it no longer writes (src/static/cli.ts).
 */
export function manifest(files: Readonly<Record<string, string | Uint8Array>>): string {
  const list = Object.entries(files).map(([name, content]) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    return { name, purpose: purposeOf(name), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const self = { name: 'manifest.json', purpose: 'This list of the folder’s files' };
  return `${JSON.stringify({ generator: 'summit-timeline publish', files: [...list, self] }, null, 2)}\n`;
}
