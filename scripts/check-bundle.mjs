// `npm run test:bundle`: proves the built embed works on its own. Serves the
// repository over HTTP, opens demo/bundle.html (nothing but the script tag and
// <summit-timeline>) in headless Chromium, and checks that the whole default
// chronology renders from dist/summit-timeline.min.js and its chunks alone.
// On desktop it also measures the request chain under a slow network (40 ms
// each way): after the HTML, no request may wait on more than one other, so
// the data and the layout chunk load side by side once the bundle has run.
// Last, the static render the CLI writes (dist/static) must hydrate with the
// hydrate bundle: the same nodes, no error, and then the element responds;
// and not before the static HTML has painted.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions, emulateNetwork } from './chromium.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};
const root = process.cwd();
/** The element's documented API, from the manifest the build writes beside the bundle. */
const manifest = JSON.parse(await readFile(join(root, 'dist/custom-elements.json'), 'utf8'));
const publicApi = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'summit-timeline')
  .members.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected')
  .map((member) => ({ name: member.name, static: Boolean(member.static) }));
/** The default chronology as `summit-timeline render` writes it, with the hydrate script a published page has. */
const { renderStatic } = await import(join(root, 'dist/static/render-static.js'));
const hydratePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hydrate</title>
<script>new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length) window.definedAtFirstPaint ??= Boolean(customElements.get('summit-timeline')); }).observe({ type: 'paint', buffered: true });</script>
<link rel="modulepreload" href="/dist/summit-timeline.hydrate.min.js"><script type="module" src="/dist/summit-timeline.hydrate.min.js"></script>
</head><body>${await renderStatic(JSON.parse(await readFile(join(root, 'data/summit-2023.json'), 'utf8')), { id: 'summit' })}</body></html>`;
/** The one-line embed with its data in a file. */
const srcPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>src</title>
<script type="module" src="/dist/summit-timeline.min.js"></script></head>
<body><summit-timeline src="/data/summit-2023.json"></summit-timeline></body></html>`;
/** Pages written here rather than kept in demo/. */
const pages = { '/__hydrate__.html': hydratePage, '/__src__.html': srcPage };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (pages[path]) {
    response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    return;
  }
  try {
    const body = await readFile(join(root, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/demo/bundle.html`;

const browser = await puppeteer.launch(chromiumLaunchOptions());
let failed = false;
try {
  for (const [width, layout] of [
    [400, 'vertical'],
    [1280, 'horizontal'],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => {
      failed = true;
      console.error('page error:', e.message);
    });
    // A network with a real round trip, so requests that wait on each other show as a chain.
    await emulateNetwork(page);
    await page.goto(url, { waitUntil: 'networkidle0' });
    const seen = await page
      .waitForFunction(
        (layout) => {
          const root = document.querySelector('summit-timeline')?.shadowRoot;
          const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
          if (layout === 'vertical') {
            const items = root?.querySelectorAll('li[data-id]') ?? [];
            return (
              items.length === 5 && [...items].map((li) => `${text(li.querySelector('time'))} ${text(li.querySelector('[part=headline]'))}`)
            );
          }
          const tabs = root?.querySelectorAll('[role=tab]') ?? [];
          return tabs.length === 5 && [...tabs].map((tab) => tab.getAttribute('aria-label').replace(': ', ' '));
        },
        { timeout: 10_000 },
        layout,
      )
      .then((handle) => handle.jsonValue());
    console.log(`${url} at ${width} px (${layout}):`);
    for (const line of seen) console.log(`  ${line}`);
    const scripts = requests.filter((p) => p.endsWith('.js'));
    console.log(`  scripts loaded: ${scripts.join(', ')}`);
    // The chain: each request's depth is one more than the deepest that had finished before it started.
    const chain = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource').filter((e) => /\.(js|json)$/.test(new URL(e.name).pathname));
      const html = performance.getEntriesByType('navigation')[0].responseEnd;
      const depth = new Map();
      for (const entry of [...entries].sort((a, b) => a.startTime - b.startTime)) {
        const before = [...depth.entries()].filter(([other]) => other.responseEnd <= entry.startTime).map(([, d]) => d);
        depth.set(entry, entry.startTime >= html ? 1 + Math.max(0, ...before) : 0);
      }
      return [...depth.entries()].map(([entry, d]) => [
        new URL(entry.name).pathname,
        d,
        Math.round(entry.startTime),
        Math.round(entry.responseEnd),
      ]);
    });
    const deepest = Math.max(...chain.map(([, d]) => d));
    console.log(
      `  request chain after the HTML, ${deepest} deep: ${chain.map(([path, d, start, end]) => `${path} (${d}: ${start}–${end} ms)`).join(', ')}`,
    );
    if (deepest > 2) throw new Error(`the ${layout} page's request chain is ${deepest} deep after the HTML (at most 2)`);
    // Exactly the files `npm run size` adds up for the page total: nothing else rides along.
    const names = scripts
      .map((p) =>
        p
          .split('/')
          .pop()
          .replace(/(-[\w-]{8})?\.js$/, ''),
      )
      .sort();
    const expected = ['summit-2023', `${layout}-view`, 'summit-timeline.min'].sort();
    if (names.join() !== expected.join()) throw new Error(`the ${layout} page loaded ${names.join(', ')}; expected ${expected.join(', ')}`);
    if (scripts.some((p) => !p.startsWith('/dist/'))) throw new Error('a script was loaded from outside dist/');
    // The bundle and the layout are compiled as they stream in (rollup.config.js, compileHints); the data chunk has no functions.
    for (const path of scripts.filter((p) => !p.includes('/summit-2023-'))) {
      const [first] = (await readFile(join(root, path), 'utf8')).split('\n', 1);
      if (first !== '//# allFunctionsCalledOnLoad') throw new Error(`${path} does not start with the compile hint`);
    }
    if (seen.at(-1) !== 'Sept. 13, 2023 Putin and Kim meet at the Vostochny cosmodrome')
      throw new Error('the summit is not the last event');
    // The build renames a list of private members (rollup.config.js): every documented one keeps its name.
    const missing = await page.evaluate((api) => {
      const el = document.querySelector('summit-timeline');
      return api.filter((member) => !(member.name in (member.static ? el.constructor : el))).map((member) => member.name);
    }, publicApi);
    if (missing.length) throw new Error(`the built element has lost ${missing.join(', ')} of its documented API`);
    console.log(`  all ${publicApi.length} documented members of the element under their own names`);
    await page.close();
  }
  // With src, the code the data needs is asked for before the data: on a fast connection a
  // short file can be in before a request made a moment after it starts, and that request
  // would then be a third link in the chain (the bench saw it on localhost).
  const srcTab = await browser.newPage();
  await srcTab.setViewport({ width: 1280, height: 900 });
  const asked = [];
  srcTab.on('request', (r) => asked.push(new URL(r.url()).pathname.replace(/-[\w-]{8}\.js$/, '.js')));
  await srcTab.goto(`http://127.0.0.1:${server.address().port}/__src__.html`, { waitUntil: 'networkidle0' });
  const order = asked.filter((p) => /\.(js|json)$/.test(p));
  console.log(`a src page at 1280 px asks for: ${order.join(', ')}`);
  const expectedOrder = [
    '/dist/summit-timeline.min.js',
    '/dist/chunks/horizontal-view.js',
    '/dist/chunks/reader.js',
    '/data/summit-2023.json',
  ];
  if (order.join() !== expectedOrder.join())
    throw new Error(`a src page asked for ${order.join(', ')}; expected ${expectedOrder.join(', ')}`);
  await srcTab.close();

  // The built iframe embed, sandboxed as hosts will use it, must report its height.
  const host = await browser.newPage();
  await host.goto(`http://127.0.0.1:${server.address().port}/demo/bundle.html`);
  const height = await host.evaluate(
    (src) =>
      new Promise((resolve, reject) => {
        const frame = document.createElement('iframe');
        frame.setAttribute('sandbox', 'allow-scripts');
        frame.style.cssText = 'width: 600px; height: 100px; border: 0';
        frame.src = src;
        addEventListener('message', (e) => {
          if (e.source === frame.contentWindow && e.data?.sentinel === 'amp' && e.data.height > 600) resolve(e.data.height);
        });
        setTimeout(() => reject(new Error('dist/embed.html sent no height')), 10_000);
        document.body.append(frame);
      }),
    `http://127.0.0.1:${server.address().port}/dist/embed.html?id=check`,
  );
  console.log(`dist/embed.html in a sandboxed iframe reported a height of ${height} px`);

  // The static render hydrates: Lit matches the server's markup to the bundle's templates
  // by a digest of their strings, so a build that writes them differently breaks every
  // published page, with nothing wrong to see until a reader tries to use it.
  const hydrating = await browser.newPage();
  const errors = [];
  hydrating.on('pageerror', (e) => errors.push(e.message));
  await hydrating.setViewport({ width: 400, height: 900 });
  await hydrating.bringToFront();
  await hydrating.goto(`http://127.0.0.1:${server.address().port}/__hydrate__.html`);
  const hydrated = await hydrating.evaluate(async () => {
    const el = document.querySelector('summit-timeline');
    await customElements.whenDefined('summit-timeline');
    const deadline = performance.now() + 10_000;
    while (!el.hasUpdated && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    const cards = el.shadowRoot.querySelectorAll('.card').length;
    el.goTo('korean-war');
    await el.updateComplete;
    // The page's first paint may come after all that when hydrating held it back.
    await new Promise((resolve) => {
      new PerformanceObserver(resolve).observe({ type: 'paint', buffered: true });
      setTimeout(resolve, 5000);
    });
    return {
      updated: el.hasUpdated,
      cards,
      selected: el.shadowRoot.querySelector('li.selected')?.dataset.id,
      definedAtFirstPaint: window.definedAtFirstPaint,
    };
  });
  console.log(`the static render with the hydrate bundle: ${JSON.stringify(hydrated)}`);
  if (errors.length) throw new Error(`hydrating the static render failed: ${errors.join('; ')}`);
  if (!hydrated.updated || hydrated.cards !== 5 || hydrated.selected !== 'korean-war')
    throw new Error('the static render did not hydrate into a working timeline');
  // Hydrating waits for the static HTML's first paint (src/hydrate.ts), which it would otherwise hold back.
  if (hydrated.definedAtFirstPaint !== false)
    throw new Error(`the hydrate bundle defined the elements before the first paint (${hydrated.definedAtFirstPaint})`);
} catch (error) {
  failed = true;
  console.error(`bundle check failed: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}
console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exit(failed ? 1 : 0);
