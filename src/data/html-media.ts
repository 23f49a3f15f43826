/**
 * TimelineJS lets `media.url` hold markup instead of an address: a quotation in
 * a <blockquote>, the blockquote a social network's "embed" button gives (a
 * tweet, an Instagram post), or an <iframe>. Taken as an address, that markup
 * becomes a link to percent-encoded HTML and the words are lost. This turns it
 * into media we can show safely: a quotation (its text through the rich-text
 * allowlist, its attribution, and a link to the original for social posts), or,
 * for an iframe, a link to what it framed — a page never frames a third party.
 * Pure string work: runs in Node (the importers) and in the browser alike.
 */
import type { ProblemValues } from '../problems.js';
import { decodeEntities } from './entities.js';
import { present, type Raw } from './guards.js';
import { richTextToPlain, parseRichText } from './rich-text.js';

export type HtmlMedia =
  | {
      readonly kind: 'quote';
      /** The quotation as markup for the rich-text reader (paragraphs kept). */
      readonly quote: string;
      /** Who said or posted it ("— Name (@handle) January 1, 2020"), when the markup says. */
      readonly attribution?: string;
      /** The original post, for social embeds. */
      readonly url?: string;
      /** The network, for social embeds: "X (Twitter)", "Instagram", … */
      readonly platform?: string;
    }
  | {
      readonly kind: 'frame';
      /** What the iframe showed; undefined when it had no src. */
      readonly url?: string;
      /** Its title attribute, when it had one. */
      readonly title?: string;
    }
  | {
      /** An <img> pasted in place of its address: the image, with its alt text. */
      readonly kind: 'image';
      readonly url: string;
      readonly alt?: string;
    };

/**
 * "//upload.wikimedia.org/…", as real TimelineJS files write media addresses: the
 * page's scheme in TimelineJS, https here, written out so the URL policy judges a
 * visible scheme and host (it refuses "//host" as a path that leaves the site).
 */
export const withScheme = (url: string) => (/^\s*\/\/[^/\\]/.test(url) ? `https:${url.trim()}` : url);

/** The class names social networks' embed codes put on their blockquote. */
const PLATFORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btwitter-(tweet|video)\b/, 'X (Twitter)'],
  [/\binstagram-media\b/, 'Instagram'],
  [/\btiktok-embed\b/, 'TikTok'],
  [/\bthreads-post\b|text-post-media/, 'Threads'],
  [/\bbluesky-embed\b/, 'Bluesky'],
  [/\bfb-(post|xfbml-parse-ignore)\b/, 'Facebook'],
  [/\breddit-embed-bq\b/, 'Reddit'],
];

const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
};
const plain = (markup: string) => richTextToPlain(parseRichText(markup)).replace(/\s+/g, ' ').trim();

/** Whether a media "url" is markup rather than an address. */
export const isHtmlMedia = (value: string) => /^\s*</.test(value);

/** The media the markup describes, or undefined when it is neither a blockquote nor an iframe. */
export function readHtmlMedia(markup: string): HtmlMedia | undefined {
  // Every tag pattern stops at the next "<" ([^<>]*): a run of unclosed tags is read once,
  // not once per tag, so the reader stays linear in its input (issue 29).
  const iframe = /<iframe\b[^<>]*>/i.exec(markup);
  const open = /<blockquote\b[^<>]*>/i.exec(markup);
  if (iframe && (!open || iframe.index < open.index)) {
    const src = attr(iframe[0], 'src')?.trim();
    const title = attr(iframe[0], 'title')?.trim();
    return { kind: 'frame', ...(src ? { url: withScheme(src) } : {}), ...(title ? { title } : {}) };
  }
  if (!open) {
    const image = /<img\b[^<>]*>/i.exec(markup);
    const src = image ? attr(image[0], 'src')?.trim() : undefined;
    if (!image || !src) return undefined;
    const alt = attr(image[0], 'alt')?.trim();
    return { kind: 'image', url: withScheme(src), ...(alt ? { alt } : {}) };
  }
  const close = markup.toLowerCase().lastIndexOf('</blockquote>');
  const inner = markup.slice(open.index + open[0].length, close > open.index ? close : undefined);
  const className = attr(open[0], 'class') ?? '';
  const platform = PLATFORMS.find(([pattern]) => pattern.test(className))?.[1];
  if (platform) return socialPost(inner, platform, attr(open[0], 'data-instgrm-permalink') ?? attr(open[0], 'cite'));
  // A plain quotation: a trailing <cite>, <footer> or "— Name" line is its attribution.
  const trimmed = inner.trim();
  const cite = trailingElement(trimmed);
  // On trimmed text, so no `\s*$` after the line: with it, each shorter match retried the spaces.
  const dash = cite ? undefined : /(?:^|<br\s*\/?>|\n)\s*((?:—|–|&mdash;|&#8212;|--)[^<\n]+)$/i.exec(trimmed);
  const attribution = cite ? plain(cite.content) : dash ? plain(dash[1]) : undefined;
  const quote = cite ? trimmed.slice(0, cite.index) : dash ? trimmed.slice(0, dash.index) : inner;
  return { kind: 'quote', quote, ...(attribution ? { attribution: attribution.replace(/^[—–-]+\s*/, '') } : {}) };
}

/** A <cite> or <footer> that ends the text, found from the end in one pass: its place and content. */
function trailingElement(text: string): { index: number; content: string } | undefined {
  const close = /<\/(cite|footer)>$/i.exec(text);
  if (!close) return undefined;
  const name = close[1].toLowerCase();
  const lower = text.toLowerCase();
  // Sticky, so each try reads from its "<" to the next one only, never a copy of the rest.
  const opening = new RegExp(`<${name}\\b[^<>]*>`, 'y');
  for (let at = lower.lastIndexOf(`<${name}`, close.index); at !== -1; at = at === 0 ? -1 : lower.lastIndexOf(`<${name}`, at - 1)) {
    opening.lastIndex = at;
    const tag = opening.exec(lower);
    if (tag && at + tag[0].length <= close.index) return { index: at, content: text.slice(at + tag[0].length, close.index) };
  }
  return undefined;
}

/**
 * A social post's embed code: the post's words in the first <p>, then
 * "— Name (@handle) <a href=original>date</a>". The script that would draw the
 * post is never run; the words and a link to the original stand in for it.
 */
function socialPost(inner: string, platform: string, permalink: string | undefined): HtmlMedia {
  const links = [...inner.matchAll(/<a\b[^<>]*>/gi)].map((m) => attr(m[0], 'href')).filter((href): href is string => Boolean(href));
  const url = permalink ?? links[links.length - 1];
  // The first <p> and its end, each found once (a lazy match to "</p>" from every <p> was quadratic).
  const start = /<p\b[^<>]*>/i.exec(inner);
  const end = start ? inner.toLowerCase().indexOf('</p>', start.index + start[0].length) : -1;
  const paragraph = start && end !== -1 ? { index: start.index, text: inner.slice(start.index + start[0].length, end), length: end + 4 - start.index } : undefined;
  const after = paragraph ? inner.slice(paragraph.index + paragraph.length) : '';
  const attribution = plain(after).replace(/^[—–-]+\s*/, '');
  return {
    kind: 'quote',
    quote: paragraph ? paragraph.text : inner,
    platform,
    ...(attribution ? { attribution } : {}),
    ...(url ? { url } : {}),
  };
}

/** Reports a conversion as a notice on the item: nothing is lost silently. */
export type MediaNotice = (code: 'mediaQuote' | 'mediaPost' | 'mediaFrame', values?: ProblemValues) => void;

/**
 * An imported row's media fields (url, caption, credit, thumbnail, alt) as our
 * `media`, with markup in `url` turned into a quotation or a link.
 */
export function importMedia(fields: Readonly<Record<string, string | undefined>>, notice: MediaNotice): Raw | undefined {
  const { url, caption, credit, thumbnail, alt } = fields;
  if (!url) return undefined;
  const thumb = thumbnail === undefined ? undefined : withScheme(thumbnail);
  if (!isHtmlMedia(url)) return present({ url: withScheme(url), caption, credit, thumbnail: thumb, alt });
  const read = readHtmlMedia(url);
  if (!read) {
    // Some other markup: its words, as a quotation, rather than a link to the markup.
    notice('mediaQuote');
    return present({ type: 'quote', quote: url, caption, credit });
  }
  if (read.kind === 'image') return present({ url: read.url, caption, credit, thumbnail: thumb, alt: alt ?? read.alt });
  if (read.kind === 'frame') {
    notice('mediaFrame', { text: read.url ?? '' });
    if (!read.url) return undefined;
    let host = read.url;
    try {
      host = new URL(read.url).hostname;
    } catch {
      // Not an absolute address: the URL policy judges it next and reports it.
    }
    return present({ type: 'link', url: read.url, caption: caption ?? read.title ?? host, credit });
  }
  notice(read.platform ? 'mediaPost' : 'mediaQuote', read.platform ? { text: read.platform } : {});
  const attribution = read.attribution ?? credit;
  return present({
    type: 'quote',
    quote: read.quote,
    url: read.url,
    credit: read.platform && attribution ? `${attribution}, ${read.platform}` : attribution,
    caption,
  });
}
