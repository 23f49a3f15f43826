// Every documented embed path in a whole WordPress (issue 33): Debian's WordPress
// 6.1 on its own MariaDB, Twenty Twenty-Three, an Author, an Editor and an
// Administrator. Posts go in the way the editor sends them: a real paste of the
// URL in the block editor, and the REST API (which applies the same filters as
// the block editor) for the rest. Each published post is then read in Chromium
// as a reader reads it, at 390 and 1,280 px. The table it prints is the one in
// docs/embedding.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expect } from 'chai';
import puppeteer, { type Browser, type ElementHandle } from 'puppeteer-core';
// @ts-expect-error -- a plain-JS script, as the other tools use it
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { embedCodes } from '../../src/make/embed-codes.js';
import { validateDocument } from '../../src/data/validate.js';
import { en } from '../../src/i18n/en.js';
import { MAKE_DEFAULTS } from '../static/make-options.js';
import { read, type Reading } from './reader.js';
import { ROLES, siteMissing, startSite, type Role, type Site } from './site.js';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const skip = siteMissing();
const chronology = JSON.parse(readFileSync(join(root, 'data/summit-2023.json'), 'utf8'));
const HEADLINES: string[] = chronology.events.map((event: { headline: string }) => event.headline);

/** A path a newsroom can take, and the post content it makes. */
interface Path {
  readonly key: string;
  readonly name: string;
  readonly content: (codes: Codes) => string;
}
interface Codes {
  readonly url: string;
  readonly element: string;
  readonly iframe: string;
  readonly listenerFile: string;
  readonly listenerInline: string;
  readonly snippet: string;
  readonly fallback: string;
  /** The block markup the block editor saved for a pasted URL. */
  readonly pastedBlock: string;
}

const block = (html: string) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;
const around = (body: string, blocks: boolean) =>
  blocks
    ? `<!-- wp:paragraph -->\n<p>The article, before the timeline.</p>\n<!-- /wp:paragraph -->\n\n${body}\n\n<!-- wp:paragraph -->\n<p>The article goes on after it.</p>\n<!-- /wp:paragraph -->`
    : `The article, before the timeline.\n\n${body}\n\nThe article goes on after it.`;

export const PATHS: readonly Path[] = [
  { key: 'url-block', name: 'URL on its own line, block editor', content: (c) => around(c.pastedBlock, true) },
  { key: 'url-classic', name: 'URL on its own line, classic content', content: (c) => around(c.url, false) },
  { key: 'element-block', name: 'Script + element, Custom HTML block', content: (c) => around(block(c.element), true) },
  { key: 'element-classic', name: 'Script + element, classic content', content: (c) => around(c.element, false) },
  {
    key: 'iframe-file-block',
    name: 'Iframe + listener file, Custom HTML block',
    content: (c) => around(block(`${c.iframe}\n${c.listenerFile}`), true),
  },
  {
    key: 'iframe-inline-classic',
    name: 'Iframe + inline listener, classic content',
    content: (c) => around(`${c.iframe}\n${c.listenerInline}`, false),
  },
  { key: 'static-block', name: 'Static HTML (snippet.html), Custom HTML block', content: (c) => around(block(c.snippet), true) },
  { key: 'fallback-classic', name: 'Readable list (fallback.html), classic content', content: (c) => around(c.fallback, false) },
];

interface Row {
  readonly role: Role;
  readonly path: Path;
  readonly phone: Reading;
  readonly desktop: Reading;
}

/** The block editor, as an Author uses it: log in, a new post, a title, paste the URL, publish. */
async function pasteInBlockEditor(browser: Browser, site: Site, role: Role, url: string): Promise<number> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${site.url}/wp-login.php`);
  await page.type('#user_login', site.users[role].login);
  await page.type('#user_pass', site.users[role].password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'networkidle0' });
  const title = await page.waitForSelector('.editor-post-title__input, h1.wp-block-post-title', { timeout: 60_000 });
  await title!.click();
  await page.keyboard.type('A URL pasted in the block editor');
  await page.keyboard.press('Enter');
  // The paste itself: the event a browser fires for Ctrl+V, with the URL on the clipboard.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, url);
  // The editor turns the URL into an embed block and asks WordPress (the oEmbed proxy) for its preview.
  await page.waitForSelector('.wp-block-embed iframe, .wp-block-embed .components-sandbox', { timeout: 30_000 });
  const id = await page.evaluate(async () => {
    const wp = (
      window as unknown as {
        wp: {
          data: {
            dispatch: (store: string) => Record<string, (...args: unknown[]) => Promise<void>>;
            select: (store: string) => Record<string, () => number>;
          };
        };
      }
    ).wp;
    await wp.data.dispatch('core/editor').editPost({ status: 'publish' });
    await wp.data.dispatch('core/editor').savePost();
    return wp.data.select('core/editor').getCurrentPostId();
  });
  await page.close();
  return id;
}

describe('a whole WordPress 6.1: what readers get from each role’s embed paths', { skip, timeout: 900_000 }, () => {
  let site: Site;
  let browser: Browser;
  let codes: Codes;
  let source: Server;
  let sourceUrl: string;
  const rows: Row[] = [];
  const work = mkdtempSync(join(tmpdir(), 'summit-wordpress-kits-'));

  before(async () => {
    // A page for the linked source to land on, on a third loopback address.
    source = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>The source</title><p>The source itself.</p>'),
    );
    await new Promise<void>((resolve) => source.listen(0, '127.0.0.3', resolve));
    sourceUrl = `http://127.0.0.3:${(source.address() as { port: number }).port}/source.html`;

    site = await startSite({ kit: join(work, 'kit'), links: join(work, 'links') }, dist);
    // The kits, written by the CLI as a newsroom runs it, for the CDN's address.
    const cli = (file: string, out: string) => {
      const run = spawnSync(
        process.execPath,
        [join(dist, 'static/cli.js'), 'publish', file, '--out', join(work, out), '--base-url', `${site.cdn}${out}/`],
        { encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`publish failed: ${run.stderr}`);
    };
    cli(join(root, 'data/summit-2023.json'), 'kit');
    const linked = {
      title: 'One sourced event',
      events: [
        {
          id: 'vote',
          date: '2006-10-14',
          headline: 'The vote',
          outside: { note: 'From the resolution.', citation: 'The resolution', url: sourceUrl },
        },
      ],
    };
    writeFileSync(join(work, 'links.json'), JSON.stringify(linked));
    cli(join(work, 'links.json'), 'links');

    const { doc } = validateDocument(chronology);
    const made = embedCodes(doc!, chronology, en, { ...MAKE_DEFAULTS, library: `${site.cdn}lib/`, dataUrl: `${site.cdn}kit/data.json` });
    const code = (key: string) => made.find((entry) => entry.key === key)!.code;
    const listener = readFileSync(join(dist, 'host-listener.js'), 'utf8');
    browser = await puppeteer.launch({
      ...chromiumLaunchOptions(),
      // The CDN's certificate is the test's own; no name resolves, so nothing leaves loopback.
      acceptInsecureCerts: true,
      args: [
        ...chromiumLaunchOptions().args,
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2, EXCLUDE 127.0.0.3',
      ],
    });
    const url = `${site.cdn}kit/`;
    const pastedId = await pasteInBlockEditor(browser, site, 'author', url);
    codes = {
      url,
      element: code('element'),
      iframe: code('iframe'),
      listenerFile: `<script src="${site.cdn}lib/host-listener.js"></script>`,
      listenerInline: `<script>\n${listener}</script>`,
      snippet: readFileSync(join(work, 'kit/snippet.html'), 'utf8'),
      fallback: readFileSync(join(work, 'kit/fallback.html'), 'utf8'),
      pastedBlock: (await site.read(pastedId)).raw,
    };
    for (const role of ROLES)
      for (const path of PATHS) {
        const post = await site.publish(role, `${path.name} (${role})`, path.content(codes));
        const reading = async (width: number) => {
          const page = await browser.newPage();
          try {
            return await read(page, post.link, width, site.cdn, HEADLINES);
          } finally {
            await page.close();
          }
        };
        rows.push({ role, path, phone: await reading(390), desktop: await reading(1280) });
      }
    const table = markdownTable(rows);
    mkdirSync(join(root, 'node_modules/.cache/summit-timeline'), { recursive: true });
    writeFileSync(join(root, 'node_modules/.cache/summit-timeline/wordpress-table.md'), table);
    console.log(`\nWordPress ${site.version}, ${site.theme} — what readers get:\n${table}`);
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
    source?.close();
  });

  const row = (role: Role, key: string) => rows.find((entry) => entry.role === role && entry.path.key === key)!;

  it('the block editor saved a pasted URL as an embed block', () => {
    expect(codes.pastedBlock).to.match(/^<!-- wp:embed \{"url":"https:\/\/127\.0\.0\.2:\d+\/kit\/"/);
  });

  for (const role of ROLES) {
    it(`gives ${role}s' readers the interactive timeline from a URL on its own line, block and classic`, () => {
      for (const key of ['url-block', 'url-classic']) {
        const { phone, desktop } = row(role, key);
        for (const reading of [phone, desktop]) {
          expect(reading.outcome, `${key}`).to.equal('interactive');
          // Home, every step, End: each key press reached the timeline in WordPress's sandboxed frame.
          expect(reading.stepped).to.deep.equal([
            ...chronology.events.map((event: { id: string }) => event.id),
            chronology.events.at(-1).id,
          ]);
          expect(reading.errors, `${key}: console errors`).to.deep.equal([]);
        }
      }
    });

    it(`sizes the oEmbed frame to its content and never moves the article while ${role}s' readers step (findings 3, 5)`, () => {
      for (const key of ['url-block', 'url-classic']) {
        const { phone, desktop } = row(role, key);
        for (const reading of [phone, desktop]) {
          // wp-embed.js clamps frames to 1,000 px: a phone's tallest card can be taller (docs/embedding.md).
          if (reading.frameHeights![1] < 1000) expect(Math.abs(reading.frameMinusContent!), `${key}: frame − content`).to.be.at.most(1);
          else expect(reading.frameHeights![1], `${key}: WordPress’s largest frame`).to.equal(1000);
          expect(reading.frameHeights![1] - reading.frameHeights![0], `${key}: frame height while stepping`).to.equal(0);
          expect(reading.shift, `${key}: host layout shift`).to.equal(0);
        }
        expect(phone.pageWidth, `${key}: page width at 390 px`).to.equal(390);
      }
    });
  }

  for (const role of ['editor', 'administrator'] as const) {
    it(`gives ${role}s' readers the interactive timeline from script + element, the iframe and the static HTML (finding 1)`, () => {
      for (const key of ['element-block', 'element-classic', 'iframe-file-block', 'iframe-inline-classic', 'static-block']) {
        const { phone, desktop } = row(role, key);
        for (const reading of [phone, desktop]) {
          expect(reading.outcome, key).to.equal('interactive');
          expect(reading.errors, `${key}: console errors`).to.deep.equal([]);
          expect(reading.pageWidth).to.be.at.most(reading === phone ? 390 : 1280);
        }
        // The host listener ran: the frame is as tall as its content, not the code's 900 px.
        if (key.startsWith('iframe'))
          for (const reading of [phone, desktop]) expect(Math.abs(reading.frameMinusContent!), `${key}: frame − content`).to.be.at.most(1);
      }
    });
  }

  it('gives Authors’ readers the readable list from fallback.html, and the code as text from snippet.html, which the docs say not to paste (finding 6)', () => {
    expect(row('author', 'fallback-classic').phone.outcome).to.equal('readable');
    expect(row('author', 'static-block').phone.outcome).to.equal('code as text');
    // The snippet says so itself, at its top, where the Author pastes it.
    expect(codes.snippet.slice(0, 400)).to.contain('WordPress Authors');
  });

  it('opens a source link clicked inside the oEmbed frame (finding 4)', async () => {
    const post = await site.publish('author', 'A sourced event', `${site.cdn}links/`);
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 900 });
    await page.goto(post.link, { waitUntil: 'networkidle0' });
    const frameHandle = await page.waitForSelector('iframe.wp-embedded-content');
    await page.waitForFunction(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe.wp-embedded-content');
      return frame && frame.style.position !== 'absolute' && Number(frame.height) > 150;
    });
    const frame = (await frameHandle!.contentFrame())!;
    const link = (await frame.waitForFunction(() =>
      document.querySelector('summit-timeline')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[href*="source.html"]'),
    )) as ElementHandle<HTMLAnchorElement>;
    await link.evaluate((node) => node.scrollIntoView({ block: 'center' }));
    const navigated = page
      .waitForNavigation({ timeout: 10_000 })
      .then(() => page.waitForFunction(() => location.pathname === '/source.html'));
    await link.click();
    await navigated;
    expect(page.url()).to.equal(sourceUrl);
    await page.close();
  });
});

/** The table for the closing note and docs/embedding.md. */
function markdownTable(rows: readonly Row[]): string {
  const frame = (reading: Reading) => (reading.frameMinusContent === undefined ? '—' : String(reading.frameMinusContent));
  const heights = (reading: Reading) => (reading.frameHeights ? `${reading.frameHeights[0]}–${reading.frameHeights[1]}` : '—');
  const lines = [
    '| Role | Path | Reader gets (390 / 1,280 px) | Frame − content, px (390 / 1,280) | Frame height while stepping, px (390 / 1,280) | Page width at 390 px | Host shift while stepping (390 / 1,280) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ role, path, phone, desktop }) =>
        `| ${role[0]!.toUpperCase()}${role.slice(1)} | ${path.name} | ${phone.outcome} / ${desktop.outcome} | ${frame(phone)} / ${frame(desktop)} | ${heights(phone)} / ${heights(desktop)} | ${phone.pageWidth} | ${phone.shift} / ${desktop.shift} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
