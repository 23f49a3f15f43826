// A source link clicked inside WordPress's oEmbed frame opens (issue 33, finding 4):
// a post page holding exactly what WordPress 6.1's wp_filter_oembed_result keeps of
// our oEmbed response, with WordPress's own wp-embed.js, in Chromium; the frame is the
// built dist/embed.html. A real click on the event's source link must take the reader
// to the source, through go.html, which forwards only to addresses the data holds.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expect } from 'chai';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error -- a plain-JS script, as the other tools use it
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { validateDocument } from '../../src/data/validate.js';
import { oembedFiles } from '../../src/static/oembed.js';
import { WORDPRESS_DIR, runWordPress, wordpressMissing } from '../wordpress/run.js';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const skip = wordpressMissing() ?? (existsSync(join(dist, 'go.html')) ? undefined : 'dist/ is not built');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A server on a loopback address answering from `routes`, else from `folder` under `prefix`. */
function serve(host: string, routes: Record<string, () => string>, prefix?: string, folder?: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const route = routes[path];
    // The kit's host sends CORS on its files, as docs/publish.md requires of it: the sandboxed frame reads the data as origin "null".
    response.setHeader('access-control-allow-origin', '*');
    if (route) return void response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' }).end(route());
    if (prefix && folder && path.startsWith(prefix)) {
      const file = normalize(join(folder, path.slice(prefix.length)));
      if (file.startsWith(folder) && existsSync(file))
        return void response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, host, () => resolve(server)));
}
const portOf = (server: Server) => (server.address() as { port: number }).port;

describe('a source link in WordPress’s oEmbed frame', { skip }, () => {
  let post: Server;
  let source: Server;
  let browser: Browser;
  let site: string;
  let elsewhere: string;

  before(async () => {
    source = await serve('127.0.0.2', { '/source.html': () => '<!doctype html><title>The source</title><p>The source itself.</p>' });
    elsewhere = `http://127.0.0.2:${portOf(source)}`;
    const data = {
      title: 'One sourced event',
      events: [
        {
          id: 'vote',
          date: '2006-10-14',
          headline: 'The vote',
          outside: { note: 'From the resolution.', citation: 'The resolution', url: `${elsewhere}/source.html` },
        },
      ],
    };
    let oembed = '';
    post = await serve(
      '127.0.0.1',
      {
        '/kit/data.json': () => JSON.stringify(data),
        '/wp-embed.js': () => readFileSync(join(WORDPRESS_DIR, 'wp-includes/js/wp-embed.js'), 'utf8'),
        '/post.html': () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body>
<p>The article.</p>
${oembed}
<script src="/wp-embed.js"></script></body></html>`,
      },
      '/kit/',
      dist,
    );
    site = `http://127.0.0.1:${portOf(post)}`;
    const options = { baseUrl: `${site}/kit/`, embedUrl: `${site}/kit/embed.html`, id: 'summit' };
    const files = oembedFiles(validateDocument(data).doc, data, options);
    // Exactly what WordPress keeps of the response, secret and sandbox included.
    oembed = runWordPress('wp-filter-oembed-result', files['oembed.json'], { WP_EMBED_URL: options.baseUrl });
    expect(oembed).to.contain('sandbox="allow-scripts"');
    browser = await puppeteer.launch(chromiumLaunchOptions());
  });

  after(async () => {
    await browser?.close();
    post?.close();
    source?.close();
  });

  it('opens the source when the reader clicks it', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 900 });
    await page.goto(`${site}/post.html`);
    const frameHandle = await page.waitForSelector('iframe.wp-embedded-content');
    // wp-embed.js shows the frame once it reports its height.
    await page.waitForFunction(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe.wp-embedded-content');
      return frame && frame.style.position !== 'absolute' && Number(frame.height) > 150;
    });
    const frame = (await frameHandle!.contentFrame())!;
    await frame.waitForFunction(() => document.querySelector('summit-timeline')?.shadowRoot?.querySelector('a[href*="source.html"]'));
    const link = await frame.evaluate(() => {
      const a = document.querySelector('summit-timeline')!.shadowRoot!.querySelector('a[href*="source.html"]')!;
      a.scrollIntoView({ block: 'center' });
      const box = a.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    const box = (await frameHandle!.boundingBox())!;
    const navigated = page
      .waitForNavigation({ timeout: 8000 })
      .then(() => page.waitForFunction(() => location.pathname === '/source.html'));
    await page.mouse.click(box.x + link.x, box.y + link.y);
    await navigated;
    expect(page.url()).to.equal(`${elsewhere}/source.html`);
    await page.close();
  });

  it('forwards to nothing the data does not hold: go.html is no open redirect', async () => {
    const page = await browser.newPage();
    const go = new URL(`${site}/kit/go.html`);
    go.searchParams.set('src', `${site}/kit/data.json`);
    go.searchParams.set('to', `${elsewhere}/phishing.html`);
    await page.goto(go.href);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('not a source'));
    expect(page.url()).to.equal(go.href);
    await page.close();
  });
});
