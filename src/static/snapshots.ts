/**
 * The two images `publish` writes, drawn by headless Chromium from HTML we
 * control: snapshot.png, the server-rendered chronology as one tall image at
 * 2× pixel density (no script runs: the declarative shadow DOM is the picture),
 * and card.png, a 1200×630 social card. puppeteer-core drives the system's
 * Chromium (CHROME_PATH, else the usual Debian and Chrome paths); it is loaded
 * only here, so nothing a reader's page downloads depends on it.
 */
import { existsSync } from 'node:fs';
import type { TimelineDoc } from '../data/types.js';
import type { Language } from '../i18n/strings.js';
import { escapeHtml as e } from './escape.js';
import { yearSpan } from './publish.js';
import { datesFor } from '../layout/view.js';
import { formatDate } from '../dates/format.js';
// The flags the repo's scripts and tests use too: no sandbox as root, no calls home.
import ARGS from './chromium-args.json' with { type: 'json' };
import { publicHost } from './public-address.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string {
  const path = process.env.CHROME_PATH || CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error(
      'publish draws snapshot.png and card.png with Chromium, and none was found: install it (Debian: apt-get install chromium) or set CHROME_PATH',
    );
  }
  return path;
}

/**
 * puppeteer-core is an optional peer: an app that installs the package for the
 * element never downloads a browser driver (and @types/node with it), so the one
 * command that needs it says how to get it.
 */
async function loadPuppeteer(): Promise<typeof import('puppeteer-core')> {
  try {
    return await import('puppeteer-core');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
      'publish draws snapshot.png and card.png with Chromium through puppeteer-core, which is not installed: run `npm install puppeteer-core` beside summit-timeline',
    );
  }
}

/**
 * The card as HTML: the title, the span of years, a miniature axis with a marker
 * per event and its first and last years under its ends, and the newsroom's name —
 * sized to stay legible at the 600×315 a feed shows it (every text 28 px or more
 * here, 14 px there).
 */
export function cardHtml(doc: TimelineDoc, language: Language, provider?: string): string {
  const years = doc.events.map((event) => event.span.start.year + (event.span.start.month ?? 6) / 12);
  const [min, max] = [Math.min(...years), Math.max(...years)];
  const dots = years
    .map((year) => {
      const x = max === min ? 50 : ((year - min) / (max - min)) * 100;
      return `<span class="dot" style="left: ${x.toFixed(2)}%"></span>`;
    })
    .join('');
  const span = yearSpan(doc, language);
  const dates = datesFor(doc, language);
  const yearLabel = (y: number) => formatDate({ year: Math.floor(y), precision: 'year', approximate: false, uncertain: false }, dates);
  const ends = max > min ? `<div class="ends"><span>${e(yearLabel(min))}</span><span>${e(yearLabel(max))}</span></div>` : '';
  const count = `${doc.events.length} ${doc.events.length === 1 ? 'event' : 'events'}`;
  return `<!DOCTYPE html>
<html lang="${e(doc.lang ?? 'en')}"><head><meta charset="utf-8"><title>${e(doc.title ?? 'Timeline')}</title>
<style>
  html, body { margin: 0; width: 1200px; height: 630px; overflow: hidden; background: #f7f4ec; color: #111; font-family: sans-serif; }
  main { box-sizing: border-box; height: 630px; padding: 56px 80px 44px; display: flex; flex-direction: column; }
  .kind { margin: 0 0 18px; font-size: 28px; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #6b6457; }
  h1 { margin: 0; font-size: 60px; line-height: 1.1; font-weight: 800; max-height: 3.3em; overflow: hidden; }
  p.span { margin: 20px 0 0; font-size: 36px; color: #0b57a4; font-weight: 700; }
  .axis { position: relative; margin-top: auto; height: 44px; }
  .axis::before { content: ""; position: absolute; left: 0; right: 0; top: 19px; height: 6px; border-radius: 3px; background: #8a8578; }
  .dot { position: absolute; top: 6px; width: 32px; height: 32px; margin-left: -16px; border-radius: 50%; background: #0b57a4; box-shadow: 0 0 0 5px #f7f4ec; }
  .ends { display: flex; justify-content: space-between; margin-top: 8px; font-size: 28px; font-weight: 700; color: #444; }
  footer { display: flex; justify-content: space-between; align-items: baseline; margin-top: 22px; padding-top: 18px; border-top: 2px solid #d9d2c3; font-size: 30px; color: #333; }
  footer strong { font-weight: 800; }
</style></head>
<body><main><p class="kind">Timeline · ${e(count)}</p><h1>${e(doc.title ?? 'Timeline')}</h1>${span ? `<p class="span">${e(span)}</p>` : ''}<div class="axis" aria-hidden="true">${dots}</div>${ends}<footer>${provider ? `<strong>${e(provider)}</strong>` : '<span></span>'}<span>${e(doc.article?.publisher ? `Sources: ${doc.article.publisher}` : '')}</span></footer></main></body></html>`;
}

/** The page the snapshot is taken of: the static render alone, at an article column's width. */
const snapshotPage = (snippet: string, lang: string, baseUrl: string) => `<!DOCTYPE html>
<html lang="${e(lang)}"><head><meta charset="utf-8"><base href="${e(baseUrl)}"><title>snapshot</title>
<style>html, body { margin: 0; background: #fff; font-family: Arial, Helvetica, sans-serif; } body { width: 680px; } .frame { padding: 16px; } *, *::before, *::after { animation: none !important; transition: none !important; }</style>
</head><body><div class="frame">${snippet}</div></body></html>`;

export interface Snapshots {
  readonly 'snapshot.png': Uint8Array;
  readonly 'card.png': Uint8Array;
  /** The first screen (600×600 at 2×, JPEG): the e-mail's image and the AMP placeholder, a small file. */
  readonly 'first-screen.jpg': Uint8Array;
}

/** The first screen's size in CSS pixels: the e-mail's width, square like the AMP frame's 640×600 box. */
export const FIRST_SCREEN = { width: 600, height: 600 } as const;

/**
 * `baseUrl`: where the folder is published, so photos given by relative address
 * load. The page is set from memory; the only requests it makes are the data's
 * photos, and each loads only from an https address on a public host
 * (./public-address.ts); any other, redirects included, is refused before it is
 * sent, the photo left out of the image, and `onRefused` told its address.
 */
export async function drawSnapshots(
  snippet: string,
  doc: TimelineDoc,
  language: Language,
  lang: string,
  baseUrl: string,
  onRefused: (url: string) => void = () => {},
  provider?: string,
): Promise<Snapshots> {
  const executablePath = findChromium();
  const { default: puppeteer } = await loadPuppeteer();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ARGS });
  const isPublic = publicHost();
  const refused = new Set<string>();
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'about:') return void request.continue();
      void (url.protocol === 'https:' ? isPublic(url.hostname) : Promise.resolve(false)).then((allowed) => {
        if (allowed) return request.continue();
        if (!refused.has(url.href)) onRefused(url.href);
        refused.add(url.href);
        return request.abort('blockedbyclient');
      });
    });
    await page.setViewport({ width: 680, height: 800, deviceScaleFactor: 2 });
    await page.setContent(snapshotPage(snippet, lang, baseUrl), { waitUntil: 'load' });
    // As in print: every "how this date was worked out" open, so the image says all the cards say;
    // every photo loaded now rather than lazily, and one that cannot load left out, not drawn as a grey box.
    await page.evaluate(async () => {
      const roots = [...document.querySelectorAll('summit-timeline')].map((el) => el.shadowRoot).filter((root) => root !== null);
      for (const root of roots) root.querySelectorAll('details').forEach((d) => (d.open = true));
      const images = roots.flatMap((root) => [...root.querySelectorAll('img')]);
      for (const image of images) image.loading = 'eager';
      await Promise.all(
        images.map((image) =>
          image.complete ? undefined : new Promise((done) => ((image.onload = image.onerror = done), setTimeout(done, 10_000))),
        ),
      );
      for (const image of images) if (!image.naturalWidth) image.hidden = true;
      await document.fonts.ready;
    });
    const frame = await page.$('.frame');
    const snapshot = await frame!.screenshot({ type: 'png' });
    // The first screen, as a reader at the e-mail's width sees it: laid out at 600 px, cropped square.
    await page.setViewport({ width: FIRST_SCREEN.width, height: FIRST_SCREEN.height, deviceScaleFactor: 2 });
    await page.evaluate((width) => void (document.body.style.width = `${width}px`), FIRST_SCREEN.width);
    const firstScreen = await page.screenshot({
      type: 'jpeg',
      quality: 82,
      clip: { x: 0, y: 0, width: FIRST_SCREEN.width, height: FIRST_SCREEN.height },
    });
    await page.setViewport({ width: 1200, height: 630, deviceScaleFactor: 1 });
    await page.setContent(cardHtml(doc, language, provider), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const card = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 1200, height: 630 } });
    return { 'snapshot.png': snapshot, 'card.png': card, 'first-screen.jpg': firstScreen };
  } finally {
    await browser.close();
  }
}
