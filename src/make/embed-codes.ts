/**
 * The embed code the make page hands a producer, one per path, from the data
 * and the options chosen. Pure string work (no DOM), so the codes are tested
 * as text and the page only shows them.
 */
import type { TimelineDoc } from '../data/types.js';
import type { Language } from '../i18n/strings.js';
import { fallbackHtml } from '../static/fallback.js';
import { escapeHtml as e, scriptSafeJson } from '../static/escape.js';
import { viewParameters, type ViewOptions } from '../static/view-options.js';
import { fontStack } from '../embed/fonts.js';
import { frameTitle } from '../static/oembed.js';

export interface MakeOptions {
  readonly id: string;
  readonly theme: string;
  readonly lang: string;
  readonly layout: string;
  readonly scale: string;
  readonly headingLevel: number;
  readonly noHeader: boolean;
  /** The event shown first, by id ('' for the first). */
  readonly selected: string;
  /** The iframe's first height, in px, until the frame reports its own. */
  readonly height: number;
  /** The iframe's width: a CSS length, "100%" (the column) by default. */
  readonly width: string;
  /** A typeface from src/embed/fonts.ts, or '' for the page's own. */
  readonly font: string;
  /** The newsroom's name: the oEmbed provider and the social card's. */
  readonly provider: string;
  /** Where summit-timeline.min.js and embed.html are hosted, ending in "/". */
  readonly library: string;
  /** The data's public address, when it has one (a pasted file has none until published). */
  readonly dataUrl?: string;
}

export interface EmbedCode {
  readonly key: 'element' | 'iframe' | 'static' | 'wordpress' | 'link';
  readonly title: string;
  /** One line on where it fits. */
  readonly where: string;
  readonly code: string;
}

/**
 * A value as one word of a POSIX shell command: as it is when it holds only
 * characters no shell treats specially, else in single quotes (a quote inside
 * written as '\''). A producer pastes these commands into a terminal, and the
 * values can come from a shared make.html link.
 */
export function shellWord(value: string): string {
  return /^[\w./:=@%+,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The element's attributes for the options that differ from its defaults. */
function attributes(options: MakeOptions): string {
  const pairs: Array<[string, string | undefined]> = [
    ['id', options.id || undefined],
    ['theme', options.theme !== 'light' ? options.theme : undefined],
    ['lang', options.lang || undefined],
    ['layout', options.layout !== 'auto' ? options.layout : undefined],
    ['scale', options.scale !== 'time' ? options.scale : undefined],
    ['heading-level', options.headingLevel !== 2 ? String(options.headingLevel) : undefined],
    ['selected', options.selected || undefined],
  ];
  const list = pairs.filter(([, value]) => value !== undefined).map(([name, value]) => ` ${name}="${e(value!)}"`);
  return list.join('') + (options.noHeader ? ' no-header' : '');
}

/** A width the producer typed, as CSS: "100%", "640px", "640" (px); anything else is the column's width. */
export function frameWidth(width: string): string {
  const value = width.trim();
  if (/^\d{2,4}$/.test(value)) return `${value}px`;
  return /^(\d{1,3}(\.\d+)?%|\d{2,4}px)$/.test(value) ? value : '100%';
}

/** The iframe's address: the library's embed page with the data and options as parameters. */
export function frameUrl(options: MakeOptions): string | undefined {
  if (!options.dataUrl) return undefined;
  const url = new URL('embed.html', options.library);
  url.searchParams.set('src', options.dataUrl);
  if (options.id) url.searchParams.set('id', options.id);
  for (const [name, value] of viewParameters(viewOf(options))) url.searchParams.set(name, value);
  if (fontStack(options.font)) url.searchParams.set('font', options.font);
  return url.href;
}

/** The options that differ from the element's defaults, as every path takes them (src/static/view-options.ts). */
function viewOf(options: MakeOptions): ViewOptions {
  return {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.theme !== 'light' ? { theme: options.theme as ViewOptions['theme'] } : {}),
    ...(options.layout !== 'auto' ? { layout: options.layout as ViewOptions['layout'] } : {}),
    ...(options.scale !== 'time' ? { scale: options.scale as ViewOptions['scale'] } : {}),
    ...(options.headingLevel !== 2 ? { headingLevel: options.headingLevel } : {}),
    ...(options.noHeader ? { noHeader: true } : {}),
    ...(options.selected ? { selected: options.selected } : {}),
  };
}

export function embedCodes(doc: TimelineDoc, native: unknown, language: Language, options: MakeOptions): EmbedCode[] {
  const list = fallbackHtml(doc, language, options.headingLevel);
  // A typeface other than the page's: one rule for this timeline (a page whose CSP allows no
  // inline style sets --summit-font-family in its own stylesheet instead; docs/api.md).
  const font = fontStack(options.font);
  // The rule names the timeline by its id only when the id is a plain name (it came from a
  // shared link, and is written into CSS inside <style>); else it applies to every timeline.
  const selector = /^[A-Za-z][\w-]*$/.test(options.id) ? `summit-timeline#${options.id}` : 'summit-timeline';
  const fontRule = font ? `<style>${selector} { --summit-font-family: ${font}; }</style>\n` : '';
  const script = `<script type="module" src="${e(new URL('summit-timeline.min.js', options.library).href)}"></script>`;
  // The data is fetched with the page, not after the script has run: one link in the request chain fewer.
  const preload = options.dataUrl ? `<link rel="preload" href="${e(options.dataUrl)}" as="fetch" crossorigin="anonymous">\n` : '';
  const element = options.dataUrl
    ? `${preload}${fontRule}${script}\n<summit-timeline${attributes(options)} src="${e(options.dataUrl)}">\n${list}\n</summit-timeline>`
    : `${fontRule}${script}\n<summit-timeline${attributes(options)}>\n<script type="application/json">${scriptSafeJson(native, 1)}</script>\n${list}\n</summit-timeline>`;
  const frame = frameUrl(options);
  // Every value in a command is one shell word, whatever the URL that opened the page said (issue 29).
  const name = options.id || 'timeline';
  const file = shellWord(`${name}.json`);
  // The command line takes the same options under the same names as the frame's parameters.
  const flags = [
    options.id ? ` --id ${shellWord(options.id)}` : '',
    ...viewParameters(viewOf(options)).map(([name, value]) => (value ? ` --${name} ${shellWord(value)}` : ` --${name}`)),
  ].join('');
  const folder = `https://your.cdn/graphics/${encodeURIComponent(name)}/`;
  return [
    {
      key: 'element',
      title: 'Script and element',
      where:
        'Pages and CMS fields that keep a <script> and custom elements (WordPress Editors and Administrators, Ghost HTML cards, Arc XP raw HTML). The list inside is what readers without script see.',
      code: element,
    },
    {
      key: 'iframe',
      title: 'Iframe',
      where: frame
        ? 'Any page that takes an iframe, isolated from its CSS and scripts; the frame tells Pym.js, AMP and Datawrapper-aware pages its height.'
        : 'Needs the data at a public address: download it as JSON, upload it beside your graphics, and load it above by its address.',
      code: frame
        ? `<iframe data-summit-embed src="${e(frame)}" title="${e(frameTitle(doc))}" loading="lazy"\n  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"\n  style="display: block; width: ${frameWidth(options.width)}; height: ${Math.round(options.height) || 900}px; border: 0"></iframe>`
        : '',
    },
    {
      key: 'static',
      title: 'Static HTML',
      where:
        'Email, RSS, Apple News and pages that want no layout shift: the finished timeline as HTML, written by the command line from the downloaded data. Not for WordPress Authors: their editor keeps its CSS and data as visible text (they paste the URL, below).',
      code: `npx summit-timeline render ${file}${flags} > snippet.html`,
    },
    {
      key: 'link',
      title: 'A link for readers',
      where: frame
        ? 'The timeline on a page of its own, with the options above: to share on social media or in a newsletter, or to open on a phone.'
        : 'Needs the data at a public address, as the iframe does.',
      code: frame ?? '',
    },
    {
      key: 'wordpress',
      title: 'WordPress Authors (a URL on its own line)',
      where:
        'Authors and Contributors, whose HTML WordPress filters: publish the folder, then paste its address on a line of its own in the post.',
      code: `npx summit-timeline publish ${file}${flags}${options.provider ? ` --provider ${shellWord(options.provider)}` : ''} --base-url ${shellWord(folder)} --out ${shellWord(name)}\n# then paste ${folder} on its own line in the post`,
    },
  ];
}

/** The `--fallback-only` snippet: the element and its readable list, nothing a filter would show as text. */
export function fallbackSnippet(doc: TimelineDoc, language: Language, options: MakeOptions): string {
  return `<summit-timeline${attributes(options)}>\n${fallbackHtml(doc, language, options.headingLevel)}\n</summit-timeline>\n`;
}

/**
 * A Google Sheets address, recognised: a published CSV link is data; a sheet
 * published in another form (a web page, `pubhtml`, or `output=tsv`, xlsx, …)
 * has the same published id, so its CSV address is worked out and loaded in its
 * place, and the producer told; an editing or sharing link cannot be turned into
 * one (its id is not the published id), so the producer is told what to click.
 */
export function sheetsAdvice(url: string): {
  readonly kind: 'csv' | 'published' | 'edit' | 'other';
  readonly advice?: string;
  readonly csv?: string;
} {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'other' };
  }
  if (parsed.hostname !== 'docs.google.com' || !parsed.pathname.startsWith('/spreadsheets/')) return { kind: 'other' };
  const published = /^\/spreadsheets\/d\/e\/([\w-]+)\/(pub|pubhtml)(\/|$)/.exec(parsed.pathname);
  if (published && parsed.pathname.endsWith('/pub') && parsed.searchParams.get('output') === 'csv') return { kind: 'csv' };
  if (published) {
    const csv = new URL(`/spreadsheets/d/e/${published[1]}/pub`, parsed.origin);
    for (const name of ['gid', 'single']) {
      const value = parsed.searchParams.get(name);
      if (value !== null) csv.searchParams.set(name, value);
    }
    csv.searchParams.set('output', 'csv');
    const form =
      published[2] === 'pubhtml' || !parsed.searchParams.get('output') ? 'a web page' : parsed.searchParams.get('output')!.toUpperCase();
    return {
      kind: 'published',
      csv: csv.href,
      advice: `That link publishes the sheet as ${form}; the timeline reads its CSV, published at the same time: ${csv.href} (loaded in its place).${
        parsed.searchParams.get('gid') === null
          ? ' Without a gid it is the first sheet: publish the one with the timeline if it is not.'
          : ''
      }`,
    };
  }
  return {
    kind: 'edit',
    advice:
      'That is the sheet’s editing link, which only people you share it with can read. In Google Sheets choose File → Share → Publish to web, pick the sheet with the timeline and “Comma-separated values (.csv)”, click Publish, and paste the link it gives you (it ends in output=csv).',
  };
}
