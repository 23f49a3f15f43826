// `npm run bench`: how close <summit-timeline> comes to the physical limit, the
// same events written as static HTML. For N = 8, 100, 1,000 and 10,000, in both
// layouts (horizontal at 1280 px, vertical at 375 px), it loads in headless
// Chromium with a fresh context and the cache disabled: (a) a plain
// server-written list, (b) the project's own static render (the CLI's output,
// no script: the true limit for this look) and (c) dist/summit-timeline.min.js
// with `src` JSON, interleaved a/b/c/a/b/c so machine drift cancels, and reports
// the ready-time ratio of (c) to (a) and to (b) (median and spread), first
// contentful paint, bytes (gzip), total blocking time, CLS, DOM nodes (shadow
// roots included) and JS heap.
// "Ready" = every headline is in the DOM (through shadow roots) and a frame has
// painted after that. It also times validation and layout alone in Node.
// Needs `npm run build` first (npm run bench does it).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '8,100,1000,10000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LAYOUTS = [
  ['horizontal', 1280],
  ['vertical', 375],
].filter(([layout]) => (process.env.BENCH_LAYOUTS ?? 'horizontal,vertical').split(',').includes(layout));
const root = process.cwd();

// Deterministic events: four dense clusters, mixed precision, a body each.
function events(count) {
  let state = 7;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pad = (n) => String(n).padStart(2, '0');
  const clusters = [1905, 1950, 1991, 2022];
  return Array.from({ length: count }, (_, i) => {
    const year = clusters[i % 4] + Math.floor(random() * 12);
    const date = `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    return {
      id: `e${i + 1}`,
      date,
      headline: `Event number ${i + 1}`,
      body: `What happened on this day, in a sentence or two of newsroom prose (${i + 1}).`,
    };
  });
}

const escape = (t) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body style="max-width:680px;margin:0 auto;font-family:sans-serif">${body}</body></html>`;
const staticHtml = (list) =>
  page(
    'static',
    `<h2>${list.length} events</h2><ol>${list.map((e) => `<li><time datetime="${e.date}">${e.date}</time><h3>${escape(e.headline)}</h3><p>${escape(e.body)}</p></li>`).join('')}</ol>`,
  );
const elementHtml = (n, layout) =>
  page(
    'element',
    `<summit-timeline layout="${layout}" src="/data-${n}.json"></summit-timeline>`,
    '<script type="module" src="/dist/summit-timeline.min.js"></script>',
  );

// The project's own static render, from the built package, as the CLI writes it.
const { renderStatic } = await import(join(root, 'dist/static/render-static.js'));
const generated = new Map();
for (const n of SIZES) {
  const list = events(n);
  const data = { title: `${n} events`, events: list };
  generated.set(`/static-${n}.html`, staticHtml(list));
  for (const [layout] of LAYOUTS) generated.set(`/element-${layout}-${n}.html`, elementHtml(n, layout));
  generated.set(`/render-${n}.html`, page('render', await renderStatic(data, { id: 'bench' })));
  generated.set(`/data-${n}.json`, JSON.stringify(data));
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const body = generated.get(path) ?? (await readFile(join(root, path)).catch(() => undefined));
  if (body === undefined) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// Runs in the page from the first byte: waits for every headline, then a frame.
const PROBE = (count) => {
  window.__ready = new Promise((resolve) => {
    let tbt = 0;
    let cls = 0;
    try {
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (tbt += Math.max(0, e.duration - 50)))).observe({
        type: 'longtask',
        buffered: true,
      });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (cls += e.hadRecentInput ? 0 : e.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    } catch {
      // Browsers without these entry types report 0 for them.
    }
    const headlines = () => {
      const el = document.querySelector('summit-timeline');
      return el ? (el.shadowRoot?.querySelectorAll('[part="headline"]').length ?? 0) : document.querySelectorAll('h3').length;
    };
    const check = () => {
      if (headlines() >= count) requestAnimationFrame(() => setTimeout(() => resolve({ ready: performance.now(), tbt, cls }), 0));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
};

const browser = await puppeteer.launch(chromiumLaunchOptions());

async function load(kind, n, width) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setCacheEnabled(false);
  await tab.setViewport({ width, height: 900 });
  // A page in the background is not painted, and reports no paint timing.
  await tab.bringToFront();
  const paths = [];
  tab.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await tab.evaluateOnNewDocument(PROBE, n);
  await tab.goto(`${origin}/${kind}.html`.replace('.html', `-${n}.html`), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const result = await tab.evaluate(async () => {
    const ready = await window.__ready;
    // Where the time went: when the script and the data had arrived.
    const end = (suffix) => performance.getEntriesByType('resource').find((r) => r.name.includes(suffix))?.responseEnd ?? 0;
    // Every node a browser keeps, shadow roots and Lit's comment markers included.
    const count = (root) => {
      let nodes = 0;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        nodes++;
        if (node.shadowRoot) nodes += count(node.shadowRoot);
      }
      return nodes;
    };
    return {
      ...ready,
      fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN,
      nodes: count(document),
      scriptAt: end('summit-timeline.min.js'),
      dataAt: end('/data-'),
      parsedAt: performance.getEntriesByType('navigation')[0]?.domInteractive ?? 0,
    };
  });
  const { JSHeapUsedSize } = await tab.metrics();
  const bytes = (
    await Promise.all(paths.map(async (p) => gzipSync(generated.get(p) ?? (await readFile(join(root, p)).catch(() => ''))).length))
  ).reduce((a, b) => a + b, 0);
  await context.close();
  return { ...result, heap: JSHeapUsedSize, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Paint timing and the like can be missing (null once through page.evaluate): said, not faked.
const fmt = (x, d = 1) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const rows = [];
for (const [layout, width] of LAYOUTS) {
  for (const n of SIZES) {
    const a = [];
    const r = [];
    const b = [];
    for (let round = 0; round < ROUNDS; round++) {
      a.push(await load('static', n, width));
      r.push(await load('render', n, width));
      b.push(await load(`element-${layout}`, n, width));
    }
    const ratios = b.map((x, i) => x.ready / a[i].ready);
    rows.push({
      layout,
      n,
      ratio: median(ratios),
      spread: [Math.min(...ratios), Math.max(...ratios)],
      renderRatio: median(b.map((x, i) => x.ready / r[i].ready)),
      staticMs: median(a.map((x) => x.ready)),
      renderMs: median(r.map((x) => x.ready)),
      elementMs: median(b.map((x) => x.ready)),
      fcp: [median(a.map((x) => x.fcp)), median(b.map((x) => x.fcp))],
      bytes: [a[0].bytes, r[0].bytes, b[0].bytes],
      nodes: [a[0].nodes, r[0].nodes, b[0].nodes],
      tbt: median(b.map((x) => x.tbt)),
      cls: Math.max(...b.map((x) => x.cls)),
      heap: [median(a.map((x) => x.heap)), median(b.map((x) => x.heap))],
      profile: ['parsedAt', 'scriptAt', 'dataAt'].map((k) => median(b.map((x) => x[k]))),
    });
  }
}
await browser.close();
server.close();

// Validation and layout alone, from the built modules, in Node.
const { validateDocument } = await import(join(root, 'dist/data/validate.js'));
const { layoutChronology } = await import(join(root, 'dist/layout/chronology.js'));
const pure = [];
for (const n of [1000, 10000]) {
  const raw = { events: events(n) };
  const times = { validate: [], layout: [] };
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    const { doc } = validateDocument(raw);
    times.validate.push(performance.now() - t);
    t = performance.now();
    layoutChronology(doc);
    times.layout.push(performance.now() - t);
  }
  pure.push({ n, validate: median(times.validate), layout: median(times.layout) });
}

console.log(
  `summit-timeline benchmark: ready time vs static HTML, median of ${ROUNDS} interleaved loads (Chromium ${(await import('node:child_process')).execSync('chromium --version 2>/dev/null || echo ?').toString().trim().split(' ')[1] ?? ''})`,
);
console.log(
  '| layout | N | ready ÷ plain list | spread | ready ÷ own static render | plain / render / element ms | FCP plain / element ms | bytes gz plain / render / element | DOM nodes plain / render / element | TBT ms | CLS | JS heap plain / element |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const kbs = (b) => `${(b / 1000).toFixed(1)} KB`;
for (const r of rows) {
  console.log(
    `| ${r.layout} | ${r.n} | ${fmt(r.ratio, 2)}× | ${fmt(r.spread[0], 2)}–${fmt(r.spread[1], 2)} | ${fmt(r.renderRatio, 2)}× | ${fmt(r.staticMs)} / ${fmt(r.renderMs)} / ${fmt(r.elementMs)} | ${fmt(r.fcp[0])} / ${fmt(r.fcp[1])} | ${r.bytes.map(kbs).join(' / ')} | ${r.nodes.join(' / ')} | ${fmt(r.tbt, 0)} | ${fmt(r.cls, 3)} | ${(r.heap[0] / 1e6).toFixed(1)} MB / ${(r.heap[1] / 1e6).toFixed(1)} MB |`,
  );
}
console.log('');
console.log('Where the element spends its time (median ms from navigation): HTML parsed → script arrived → data arrived → ready');
for (const r of rows)
  console.log(
    `  ${r.layout} N=${r.n}: ${r.profile.map((t) => fmt(t)).join(' → ')} → ${fmt(r.elementMs)} (static ready: ${fmt(r.staticMs)})`,
  );
console.log('');
console.log('| N | validate ms | layout ms |');
console.log('| ---: | ---: | ---: |');
for (const p of pure) console.log(`| ${p.n} | ${fmt(p.validate)} | ${fmt(p.layout)} |`);
