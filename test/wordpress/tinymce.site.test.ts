// The embed codes through TinyMCE, the editor many CMSs embed (issue 33, findings
// 1 and 8): WordPress 6.1's own TinyMCE 4.9.11 (its classic editor's copy, from
// Debian's wordpress package) and TinyMCE 7.9 from npm, each with its default
// settings, and 7.9 with `sandbox_iframes: false` as docs/embedding.md advises.
// Each code is set into a real editor and read back (setContent, getContent),
// then published on a page and read by a reader in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expect } from 'chai';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error -- a plain-JS script, as the other tools use it
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { embedCodes } from '../../src/make/embed-codes.js';
import { validateDocument } from '../../src/data/validate.js';
import { en } from '../../src/i18n/en.js';
import { MAKE_DEFAULTS } from '../static/make-options.js';
import { read, type Reading } from './reader.js';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const TINYMCE_4 = [
  '/usr/share/wordpress/wp-includes/js/tinymce',
  join(root, 'node_modules/.cache/summit-timeline/wordpress/wp-includes/js/tinymce'),
].find((folder) => existsSync(join(folder, 'tinymce.min.js')));
const TINYMCE_7 = join(root, 'node_modules/tinymce');
const skip = !TINYMCE_4
  ? 'WordPress’s TinyMCE 4 is not here (npm test unpacks or installs Debian’s wordpress package)'
  : !existsSync(join(dist, 'embed.html'))
    ? 'dist/ is not built'
    : undefined;
const chronology = JSON.parse(readFileSync(join(root, 'data/summit-2023.json'), 'utf8'));
const HEADLINES: string[] = chronology.events.map((event: { headline: string }) => event.headline);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

// What a CMS that lets its editors keep scripts adds to TinyMCE's settings.
const SCRIPTS = { extended_valid_elements: 'script[src|type]' };
const EDITORS = [
  { key: 'tinymce-4', name: 'TinyMCE 4.9.11 (WordPress 6.1’s), defaults', script: '/tinymce4/tinymce.min.js', settings: {} },
  { key: 'tinymce-4-scripts', name: 'TinyMCE 4.9.11, scripts allowed', script: '/tinymce4/tinymce.min.js', settings: SCRIPTS },
  { key: 'tinymce-7', name: 'TinyMCE 7.9, defaults', script: '/tinymce7/tinymce.min.js', settings: { license_key: 'gpl' } },
  {
    key: 'tinymce-7-unsandboxed',
    name: 'TinyMCE 7.9, sandbox_iframes: false',
    script: '/tinymce7/tinymce.min.js',
    settings: { license_key: 'gpl', sandbox_iframes: false },
  },
  {
    key: 'tinymce-7-scripts',
    name: 'TinyMCE 7.9, sandbox_iframes: false, scripts allowed',
    script: '/tinymce7/tinymce.min.js',
    settings: { license_key: 'gpl', sandbox_iframes: false, ...SCRIPTS },
  },
] as const;
type EditorKey = (typeof EDITORS)[number]['key'];
const CODES = ['element', 'iframe-file', 'iframe-inline', 'static', 'fallback'] as const;
type CodeKey = (typeof CODES)[number];

interface Result {
  readonly editor: EditorKey;
  readonly code: CodeKey;
  readonly html: string;
  readonly reading: Reading;
}

describe('the embed codes through TinyMCE 4 and 7', { skip, timeout: 300_000 }, () => {
  let server: Server;
  let cdnServer: Server;
  let browser: Browser;
  let origin: string;
  let cdn: string;
  let codes: Record<CodeKey, string>;
  let listener: string;
  const pages = new Map<string, string>();
  const results: Result[] = [];

  before(async () => {
    // The editor's pages on one origin, the library on another, as a CMS and its CDN are
    // (TinyMCE rewrites addresses on its own origin to relative ones).
    const files = (mounts: Record<string, string>) =>
      createServer((request, response) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        const page = pages.get(path);
        response.setHeader('access-control-allow-origin', '*');
        if (page !== undefined) return void response.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
        for (const [prefix, folder] of Object.entries(mounts)) {
          if (!path.startsWith(prefix)) continue;
          const file = normalize(join(folder, path.slice(prefix.length)));
          if (file.startsWith(folder) && existsSync(file))
            return void response
              .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
              .end(readFileSync(file));
        }
        response.writeHead(404).end();
      });
    server = files({ '/tinymce4/': TINYMCE_4!, '/tinymce7/': TINYMCE_7 });
    cdnServer = files({ '/lib/': dist, '/data/': join(root, 'data') });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => cdnServer.listen(0, '127.0.0.2', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    cdn = `http://127.0.0.2:${(cdnServer.address() as { port: number }).port}`;
    const { doc } = validateDocument(chronology);
    const made = embedCodes(doc!, chronology, en, { ...MAKE_DEFAULTS, library: `${cdn}/lib/`, dataUrl: `${cdn}/data/summit-2023.json` });
    const code = (key: string) => made.find((entry) => entry.key === key)!.code;
    listener = readFileSync(join(dist, 'host-listener.js'), 'utf8');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(dist, 'static/cli.js'), 'render', join(root, 'data/summit-2023.json'), ...args], {
        encoding: 'utf8',
      }).stdout;
    codes = {
      element: code('element'),
      'iframe-file': `${code('iframe')}\n<script src="${cdn}/lib/host-listener.js"></script>`,
      'iframe-inline': `${code('iframe')}\n<script>\n${listener}</script>`,
      static: `${cli()}\n<script type="module" src="${cdn}/lib/summit-timeline.hydrate.min.js"></script>`,
      fallback: cli('--fallback-only'),
    };
    browser = await puppeteer.launch(chromiumLaunchOptions());
    for (const editor of EDITORS) {
      pages.set(
        `/${editor.key}.html`,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${editor.name}</title><script src="${editor.script}"></script></head><body><textarea id="editor"></textarea></body></html>`,
      );
      const page = await browser.newPage();
      await page.goto(`${origin}/${editor.key}.html`);
      for (const key of CODES) {
        // What the editor keeps of the code: set into a live editor, read back as it would be saved.
        const html = await page.evaluate(
          async (settings, content) => {
            const tinymce = (
              window as unknown as {
                tinymce: { init(o: object): Promise<Array<{ setContent(c: string): void; getContent(): string }>>; remove(): void };
              }
            ).tinymce;
            tinymce.remove();
            const [editor] = await tinymce.init({ selector: '#editor', ...settings });
            editor!.setContent(content);
            return editor!.getContent();
          },
          editor.settings,
          codes[key],
        );
        const path = `/${editor.key}/${key}.html`;
        pages.set(
          path,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A story</title></head><body><p>The article, before the timeline.</p>\n${html}\n<p>The article goes on after it.</p></body></html>`,
        );
        const reader = await browser.newPage();
        try {
          results.push({
            editor: editor.key,
            code: key,
            html,
            reading: await read(reader, `${origin}${path}`, 390, `${cdn}/lib/`, HEADLINES),
          });
        } finally {
          await reader.close();
        }
      }
      await page.close();
    }
    console.log(`\nTinyMCE — what readers get at 390 px:\n${table(results)}`);
  });

  after(async () => {
    await browser?.close();
    server?.close();
    cdnServer?.close();
  });

  const result = (editor: EditorKey, code: CodeKey) => results.find((entry) => entry.editor === editor && entry.code === code)!;

  it('removes scripts by default, and keeps the inline host listener exactly as written where scripts are allowed (finding 1)', () => {
    for (const editor of ['tinymce-4', 'tinymce-7'] as const)
      expect(result(editor, 'iframe-inline').html, editor).not.to.contain('<script');
    for (const editor of ['tinymce-4-scripts', 'tinymce-7-scripts'] as const) {
      const kept = /<script>([\s\S]*?)<\/script>/.exec(result(editor, 'iframe-inline').html)?.[1];
      expect(kept?.trim(), editor).to.equal(listener.trim());
      for (const code of ['iframe-file', 'iframe-inline'] as const) {
        const { reading } = result(editor, code);
        // The listener ran: the frame is as tall as its content, not the code's 900 px.
        expect(reading.outcome, `${editor} ${code}`).to.equal('interactive');
        expect(Math.abs(reading.frameMinusContent!), `${editor} ${code}: frame − content`).to.be.at.most(1);
      }
    }
  });

  it('gives TinyMCE 7’s readers a line saying why, not a blank box, when its default sandbox stops the frame’s script (finding 8)', () => {
    for (const code of ['iframe-file', 'iframe-inline'] as const) {
      const { html, reading } = result('tinymce-7', code);
      expect(html).to.match(/sandbox=""/);
      expect(reading.outcome).to.equal('a note in the frame');
      expect(reading.frameText).to.contain('needs JavaScript');
    }
  });

  it('gives readers the interactive timeline from the iframe with sandbox_iframes: false, and the readable list from the static HTML under every TinyMCE', () => {
    for (const code of ['iframe-file', 'iframe-inline'] as const)
      expect(result('tinymce-7-unsandboxed', code).reading.outcome, code).to.equal('interactive');
    for (const editor of EDITORS) {
      expect(['interactive', 'readable'], `${editor.key}: static`).to.include(result(editor.key, 'static').reading.outcome);
      expect(['interactive', 'readable'], `${editor.key}: fallback`).to.include(result(editor.key, 'fallback').reading.outcome);
      for (const code of CODES) expect(result(editor.key, code).reading.pageWidth, `${editor.key} ${code}: page width`).to.equal(390);
    }
  });
});

function table(results: readonly Result[]): string {
  const lines = ['| Editor | Code | Reader gets at 390 px | Frame − content, px |', '| --- | --- | --- | --- |'];
  for (const { editor, code, reading } of results)
    lines.push(
      `| ${EDITORS.find((entry) => entry.key === editor)!.name} | ${code} | ${reading.outcome} | ${reading.frameMinusContent ?? '—'} |`,
    );
  return `${lines.join('\n')}\n`;
}
