// `npm run bench`: how close <summit-timeline> comes to static HTML, and to its
// peers, measured in one harness. For each layout (horizontal at 1280 px,
// vertical at 375 px), N and network profile, it loads in headless Chromium,
// each time in a fresh context with the cache off, interleaved round by round:
//   plain    the same events as a plain server-written list (the floor)
//   render   the project's own static render (the CLI's output, no script:
//            the limit for this look)
//   hydrate  that static render with the hydrate bundle after it
//   inline   <summit-timeline> with its data in an inline JSON script
//   src      <summit-timeline src="…json"> (the one-line embed)
//   and TimelineJS3, vis-timeline and react-chrono with the same events.
// Events are realistic (eras, quotes, relative dates, outside notes, images;
// test/bench/events.mjs). "Ready" = every event's headline (a peer: its
// marker or item) is in the DOM, shadow roots included — in a card, or in the
// words a hidden horizontal panel keeps for in-page search — and a frame has
// painted after it; for `hydrate`, the element has also hydrated.
// Network profiles: none (localhost) and net (CDP: 40 ms round trip,
// 10 Mbit/s each way). Reported per load, as medians: ready, its ratio to the
// plain list (with the lowest and highest of the rounds) and to the own render,
// first contentful paint, total blocking time, CLS, DOM nodes, JS heap, JS bytes
// (gzip) and the depth of the request chain after the HTML. A second pass under
// 4× CPU throttling reports the longest animation frame our script ran in and INP
// for the keys a reader steps with (issue 34). Needs `npm run build`
// first (npm run bench does it).
//
// Knobs: BENCH_SIZES (8,100,1000,10000), BENCH_ROUNDS (5), BENCH_LAYOUTS
// (horizontal,vertical), BENCH_NETWORKS (none,net), BENCH_NET_SIZES (8,100,1000),
// BENCH_PEERS (timelinejs,vis-timeline,react-chrono), BENCH_PEER_MAX (1000),
// BENCH_THROTTLE_SIZES (100,1000,10000), BENCH_THROTTLED (plain,embed,src,hydrate).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions, emulateNetwork } from '../../scripts/chromium.mjs';
import { chronology } from './events.mjs';
import { OURS, PEERS } from './pages.mjs';
import { INP_REPORT, INP_START, PROBE, REPORT } from './probe.mjs';
import { serveBench } from './server.mjs';

const list = (name, fallback) => (process.env[name] ?? fallback).split(',').filter(Boolean);
const SIZES = list('BENCH_SIZES', '8,100,1000,10000').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LAYOUTS = [
  ['horizontal', 1280],
  ['vertical', 375],
].filter(([layout]) => list('BENCH_LAYOUTS', 'horizontal,vertical').includes(layout));
const NETWORKS = list('BENCH_NETWORKS', 'none,net');
const NET_SIZES = list('BENCH_NET_SIZES', '8,100,1000').map(Number);
const PEER_LIST = list('BENCH_PEERS', PEERS.join(','));
const PEER_MAX = Number(process.env.BENCH_PEER_MAX ?? 1000);
const THROTTLE_SIZES = list('BENCH_THROTTLE_SIZES', '100,1000,10000').map(Number);
/** The variants the 4× CPU pass loads: the plain list, and ours that run the element. */
const THROTTLED = list('BENCH_THROTTLED', 'plain,embed,src,hydrate');
/** The keys a reader steps with, pressed once ready (ArrowRight, End and Home: issue 34). */
const KEYS = ['ArrowRight', 'ArrowRight', 'ArrowRight', 'End', 'Home'];
/** A variant that has not shown every event by then is reported as not ready. */
const TIMEOUT = 30_000;
const root = process.cwd();

/** Which variants run: the peers in the layouts they have (TimelineJS and vis-timeline are horizontal only). */
const variantsFor = (layout, n) => [
  ...OURS,
  ...PEER_LIST.filter((peer) => n <= PEER_MAX && (layout === 'horizontal' || peer === 'react-chrono')),
];

// --- The pages, served from memory; dist/ and the peers' files from disk --------------
const { origin, generated, close } = await serveBench(
  root,
  [...SIZES, ...THROTTLE_SIZES],
  LAYOUTS.map(([layout]) => layout),
);

const browser = await puppeteer.launch(chromiumLaunchOptions());

async function load(variant, layout, n, width, { network = 'none', cpu = 1, keys = false } = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setCacheEnabled(false);
  await tab.setViewport({ width, height: 900 });
  // A page in the background is not painted, and reports no paint timing.
  await tab.bringToFront();
  if (network === 'net') await emulateNetwork(tab);
  if (cpu > 1) await (await tab.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const paths = [];
  tab.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await tab.evaluateOnNewDocument(PROBE, variant, n, TIMEOUT);
  await tab.goto(`${origin}/${variant}-${layout}-${n}.html`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  // NaN does not survive page.evaluate (it comes back null): a missing figure is NaN here.
  const result = Object.fromEntries(Object.entries(await tab.evaluate(REPORT)).map(([k, v]) => [k, v ?? NaN]));
  // INP: the reader's key presses on the timeline, each given time to paint.
  let inp = NaN;
  if (keys && variant !== 'plain' && !Number.isNaN(result.ready)) {
    await tab.evaluate(INP_START);
    for (const key of KEYS) {
      await tab.keyboard.press(key);
      await new Promise((resolve) => setTimeout(resolve, 150 * cpu));
    }
    inp = await tab.evaluate(INP_REPORT);
  }
  const { JSHeapUsedSize } = await tab.metrics();
  const scripts = paths.filter((p) => p.endsWith('.js'));
  const js = (await Promise.all(scripts.map(async (p) => gzipSync(generated.get(p) ?? (await readFile(join(root, p)))).length))).reduce(
    (a, b) => a + b,
    0,
  );
  await context.close();
  return { ...result, inp, heap: JSHeapUsedSize, js };
}

const median = (xs) => {
  const known = xs.filter((x) => x != null && !Number.isNaN(x));
  return known.length ? [...known].sort((a, b) => a - b)[Math.floor(known.length / 2)] : NaN;
};

/**
 * The lowest and highest of a variant's per-round ratios. The plain list's own ready
 * time moves by half from run to run, so a median of a few rounds needs its spread beside it.
 */
const range = (xs) => {
  const known = xs.filter((x) => x != null && !Number.isNaN(x));
  return known.length ? `${Math.min(...known).toFixed(2)}–${Math.max(...known).toFixed(2)}` : 'n/a';
};

// --- The runs -------------------------------------------------------------------
const rows = [];
for (const network of NETWORKS) {
  for (const [layout, width] of LAYOUTS) {
    for (const n of SIZES.filter((size) => network === 'none' || NET_SIZES.includes(size))) {
      const variants = variantsFor(layout, n);
      const runs = Object.fromEntries(variants.map((v) => [v, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const variant of variants) runs[variant].push(await load(variant, layout, n, width, { network }));
      }
      const base = runs.plain;
      for (const variant of variants) {
        const r = runs[variant];
        rows.push({
          network,
          layout,
          n,
          variant,
          ready: median(r.map((x) => x.ready)),
          plainRatio: median(r.map((x, i) => x.ready / base[i].ready)),
          plainRange: range(r.map((x, i) => x.ready / base[i].ready)),
          renderRatio: median(r.map((x, i) => x.ready / runs.render[i].ready)),
          fcp: median(r.map((x) => x.fcp)),
          fcpRatio: median(r.map((x, i) => x.fcp / base[i].fcp)),
          fcpRange: range(r.map((x, i) => x.fcp / base[i].fcp)),
          lcpRatio: median(r.map((x, i) => x.lcp / base[i].lcp)),
          lcpRange: range(r.map((x, i) => x.lcp / base[i].lcp)),
          tbt: median(r.map((x) => x.tbt)),
          cls: Math.max(...r.map((x) => x.cls)),
          nodes: r[0].nodes,
          nodesRatio: r[0].nodes / base[0].nodes,
          heap: median(r.map((x) => x.heap)),
          js: r[0].js,
          chain: median(r.map((x) => x.chain)),
          shown: r.some((x) => Number.isNaN(x.ready)) ? median(r.map((x) => x.shown ?? 0)) : undefined,
        });
        process.stderr.write('.');
      }
    }
  }
}

// Under 4× CPU throttling: the longest frame our script ran in, and INP for the keys.
const throttled = [];
for (const [layout, width] of LAYOUTS) {
  for (const n of THROTTLE_SIZES) {
    const runs = Object.fromEntries(THROTTLED.map((variant) => [variant, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of THROTTLED) runs[variant].push(await load(variant, layout, n, width, { cpu: 4, keys: true }));
    }
    for (const [variant, r] of Object.entries(runs)) {
      throttled.push({
        layout,
        n,
        variant,
        longest: median(r.map((x) => x.longest)),
        oursFrame: median(r.map((x) => x.oursFrame)),
        oursRange: range(r.map((x) => x.oursFrame)),
        inp: median(r.map((x) => x.inp)),
        inpRange: range(r.map((x) => x.inp)),
        ready: median(r.map((x) => x.ready)),
      });
      process.stderr.write('.');
    }
  }
}
await browser.close();
close();
process.stderr.write('\n');

// Validation and layout alone, from the built modules, in Node.
const { validateDocument } = await import(join(root, 'dist/data/validate.js'));
const { layoutChronology } = await import(join(root, 'dist/layout/chronology.js'));
const pure = [];
for (const n of [1000, 10000]) {
  const raw = chronology(n);
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

// The readers of untrusted text, on 1 MB of the inputs that once made them quadratic
// (issue 29, finding 4), and of plain markup, from the built modules: ms per MB.
const { parseRichText } = await import(join(root, 'dist/data/rich-text.js'));
const { slugFromHeadline } = await import(join(root, 'dist/data/slug.js'));
const { readHtmlMedia } = await import(join(root, 'dist/data/html-media.js'));
const MB = 1_000_000;
const fill = (unit, prefix = '', suffix = '') =>
  prefix + unit.repeat(Math.ceil((MB - prefix.length - suffix.length) / unit.length)) + suffix;
const readers = [
  ['rich text', "'<a ' repeated", parseRichText, fill('<a ')],
  ['rich text', "'<i>' repeated (333,000 tags)", parseRichText, fill('<i>')],
  ['rich text', 'links and text', parseRichText, fill('<a href="https://example.org/">a link</a> and <em>text</em>. ')],
  ['slug', "'<' repeated", slugFromHeadline, fill('<')],
  ['HTML media', "'<blockquote>\\n--', spaces, '<'", readHtmlMedia, fill(' ', '<blockquote>\n--', '<')],
].map(([reader, input, read, text]) => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    read(text);
    times.push(performance.now() - t);
  }
  return { reader, input, ms: median(times) };
});

// --- The report -----------------------------------------------------------------
const fmt = (x, d = 0) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const ratio = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(2)}×`);
const chromium = execSync('chromium --version 2>/dev/null || echo "? ?"').toString().trim().split(' ')[1];
console.log(`summit-timeline benchmark: Chromium ${chromium}, median of ${ROUNDS} interleaved loads per variant`);
for (const network of NETWORKS) {
  console.log('');
  console.log(network === 'net' ? '### Network profile: 40 ms round trip, 10 Mbit/s' : '### No network profile (localhost)');
  console.log('');
  console.log(
    '| layout | N | variant | ready ms | ÷ plain | its range | ÷ own render | FCP ms | FCP ÷ plain (range) | LCP ÷ plain (range) | TBT ms | CLS | DOM nodes | ÷ plain | heap MB | JS gz KB | chain |',
  );
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows.filter((row) => row.network === network)) {
    const ready = r.shown === undefined ? fmt(r.ready) : `not all in ${TIMEOUT / 1000} s (${fmt(r.shown)} shown)`;
    console.log(
      `| ${r.layout} | ${r.n} | ${r.variant} | ${ready} | ${ratio(r.plainRatio)} | ${r.plainRange} | ${ratio(r.renderRatio)} | ${fmt(r.fcp)} | ${ratio(r.fcpRatio)} (${r.fcpRange}) | ${ratio(r.lcpRatio)} (${r.lcpRange}) | ${fmt(r.tbt)} | ${fmt(r.cls, 3)} | ${r.nodes} | ${ratio(r.nodesRatio)} | ${fmt(r.heap / 1e6, 1)} | ${fmt(r.js / 1000, 1)} | ${fmt(r.chain)} |`,
    );
  }
}
console.log('');
console.log('### Under 4× CPU throttling (no network profile), ms');
console.log('');
console.log('Longest task of any kind (the plain list’s is the browser parsing and laying out the page); the longest');
console.log('animation frame in which our bundle or its chunks ran (by script URL), with its range over the rounds; and');
console.log(`Interaction to Next Paint for ${KEYS.join(', ')} pressed once ready (0: every press answered under 16 ms).`);
console.log('');
console.log('| layout | N | variant | ready | longest task | our longest frame (range) | INP (range) |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: |');
for (const t of throttled)
  console.log(
    `| ${t.layout} | ${t.n} | ${t.variant} | ${fmt(t.ready)} | ${fmt(t.longest)} | ${fmt(t.oursFrame)} (${t.oursRange}) | ${t.variant === 'plain' ? '—' : `${fmt(t.inp)} (${t.inpRange})`} |`,
  );
console.log('');
console.log('### Validation and layout alone (Node, built modules)');
console.log('');
console.log('| N | validate ms | layout ms |');
console.log('| ---: | ---: | ---: |');
for (const p of pure) console.log(`| ${p.n} | ${fmt(p.validate, 1)} | ${fmt(p.layout, 1)} |`);
console.log('');
console.log('### Readers of untrusted text, 1 MB each (Node, built modules)');
console.log('');
console.log('| reader | input | ms per MB |');
console.log('| --- | --- | ---: |');
for (const r of readers) console.log(`| ${r.reader} | ${r.input} | ${fmt(r.ms, 1)} |`);
