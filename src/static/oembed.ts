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
}

export interface OembedFiles {
  /** The oEmbed response (https://oembed.com, type "rich"). */
  readonly 'oembed.json': string;
  /** The data the frame loads. */
  readonly 'data.json': string;
}

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

/** The `<link>` WordPress (and other oEmbed consumers) discover the timeline by. */
export function discoveryLink(doc: TimelineDoc, options: OembedOptions): string {
  const urls = oembedUrls(options);
  return `<link rel="alternate" type="application/json+oembed" href="${e(urls.oembed)}" title="${e(doc.title ?? 'Timeline')}" />`;
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
    `<iframe src="${e(urls.frame)}" title="${e(`Timeline: ${title}`)}" width="${width}" height="${height}" frameborder="0"></iframe>`;
  const response = { version: '1.0', type: 'rich', provider_name: 'summit-timeline', title, width, height, html };
  return { 'oembed.json': `${JSON.stringify(response, null, 2)}\n`, 'data.json': `${JSON.stringify(raw)}\n` };
}
