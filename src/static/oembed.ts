/**
 * Why this exists: a WordPress Author (no unfiltered_html) cannot paste a
 * script, a custom element or an iframe — KSES removes all three. What every
 * WordPress user can do is paste a URL on its own line: WordPress then looks for
 * an oEmbed discovery link on that page, fetches the JSON it names, and keeps
 * the iframe it describes (after wp_filter_oembed_result: sandbox="allow-scripts",
 * a #?secret= on its URL, hidden behind a blockquote until wp-embed.js hears a
 * height from it). This writes the three files that path needs for a timeline:
 * its page (with the discovery link), the oEmbed JSON, and the data. The embed
 * page answers wp-embed.js (src/embed/embed.ts).
 */
import { viewParameters, type ViewOptions } from './view-options.js';
import type { TimelineDoc } from '../data/types.js';
import { safeUrl } from '../data/urls.js';
import { escapeHtml as e } from './escape.js';
// Node: problems carry their English messages (./problems.ts says why they are a module apart).
import '../problem-messages.js';

export interface OembedOptions {
  /** Where the timeline's folder is published, ending in "/": its page is this URL. */
  readonly baseUrl: string;
  /** The published dist/embed.html. */
  readonly embedUrl: string;
  /** Element id, also the frame's id for its height messages. */
  readonly id?: string;
  /** Width and first height WordPress gives the frame; the frame then reports its own height. */
  readonly width?: number;
  readonly height?: number;
  /** How the framed timeline shows: the frame's address carries each (./view-options.ts). */
  readonly view?: ViewOptions;
  /** The newsroom publishing it (`--provider`, `--provider-url`): its name, and its site (else the folder's origin). */
  readonly provider?: { readonly name: string; readonly url?: string };
  /** An image of the timeline for consumers' link previews: publish's card.png. */
  readonly thumbnail?: { readonly file: string; readonly width: number; readonly height: number };
}

/** How long a consumer may keep the response, in seconds: a day, as WordPress keeps its oEmbed cache. */
export const CACHE_AGE = 86_400;

export interface OembedFiles {
  /** The oEmbed response (https://oembed.com, type "rich"). */
  readonly 'oembed.json': string;
  /** The same response in oEmbed's XML format, for consumers that ask for it. */
  readonly 'oembed.xml': string;
  /** The data the frame loads. */
  readonly 'data.json': string;
}

/** A frame's or image's accessible name: "Timeline: <title>", or just "Timeline" for data with no title. */
export const frameTitle = (doc: Pick<TimelineDoc, 'title'>) => (doc.title ? `Timeline: ${doc.title}` : 'Timeline');

/** The URLs of the published folder's files, checked as web addresses. */
export function oembedUrls(options: OembedOptions) {
  const base = safeUrl(options.baseUrl, 'citation');
  const embed = safeUrl(options.embedUrl, 'citation');
  if (!base || !base.endsWith('/')) throw new Error(`--base-url must be an http(s) address ending in "/", not '${options.baseUrl}'`);
  if (!embed) throw new Error(`--embed-url must be an http(s) address, not '${options.embedUrl}'`);
  const data = new URL('data.json', base).href;
  const frame = new URL(embed);
  frame.searchParams.set('src', data);
  frame.searchParams.set('id', options.id ?? 'summit-timeline');
  for (const [name, value] of viewParameters(options.view ?? {})) frame.searchParams.set(name, value);
  return {
    page: base,
    oembed: new URL('oembed.json', base).href,
    data,
    frame: frame.href,
    hydrate: new URL('summit-timeline.hydrate.min.js', embed).href,
  };
}

/** The `<link>`s WordPress (and other oEmbed consumers) discover the timeline by: the JSON response and the XML one. */
export function discoveryLink(doc: TimelineDoc, options: OembedOptions): string {
  const urls = oembedUrls(options);
  const title = e(doc.title ?? 'Timeline');
  return (
    `<link rel="alternate" type="application/json+oembed" href="${e(urls.oembed)}" title="${title}">\n` +
    `<link rel="alternate" type="text/xml+oembed" href="${e(new URL('oembed.xml', urls.page).href)}" title="${title}">`
  );
}

/** The same response as oEmbed's XML format: one element per field, in order, text escaped. */
function oembedXml(response: Readonly<Record<string, string | number>>): string {
  const fields = Object.entries(response).map(([name, value]) => `  <${name}>${e(String(value))}</${name}>`);
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>\n${fields.join('\n')}\n</oembed>\n`;
}

export function oembedFiles(doc: TimelineDoc, raw: unknown, options: OembedOptions): OembedFiles {
  const urls = oembedUrls(options);
  const title = doc.title ?? 'Timeline';
  const width = options.width ?? 640;
  const height = options.height ?? 600;
  // The blockquote is what WordPress shows until the frame reports its height,
  // and what feed readers and e-mail keep: a link to the timeline's own page.
  const html =
    `<blockquote><a href="${e(urls.page)}">${e(title)}</a></blockquote>` +
    // width="100%": WordPress strips the frame's style but keeps this attribute, and a fixed
    // 640 widened a 390 px phone's page to 664 px in classic content (issue 33, finding 3).
    // Browsers read a percentage here as the column's width; `width` below stays the number oEmbed requires.
    `<iframe src="${e(urls.frame)}" title="${e(frameTitle(doc))}" width="100%" height="${height}" frameborder="0"></iframe>`;
  // Every field oembed.com defines for a rich response that a static file can know.
  const thumbnail = options.thumbnail;
  const response = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: options.provider?.name ?? 'summit-timeline',
    provider_url: options.provider?.url ?? new URL('/', urls.page).href,
    cache_age: CACHE_AGE,
    ...(thumbnail
      ? { thumbnail_url: new URL(thumbnail.file, urls.page).href, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height }
      : {}),
    width,
    height,
    html,
  };
  return {
    'oembed.json': `${JSON.stringify(response, null, 2)}\n`,
    'oembed.xml': oembedXml(response),
    'data.json': `${JSON.stringify(raw)}\n`,
  };
}
