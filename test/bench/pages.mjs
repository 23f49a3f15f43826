// The pages the bench loads, one per variant, all with the same host page
// around them: the same body font and width, and the same CSS treatment for
// long lists (the element gives a long vertical list content-visibility: auto;
// so does the plain list).
import { build } from 'esbuild';
import { PNG } from 'pngjs';
import { chronoItems, plainList, timelineJs, visItems } from './events.mjs';

/** Variants of this project, then the peers, in the order each round loads them. */
export const OURS = ['plain', 'render', 'hydrate', 'embed', 'inline', 'src'];
export const PEERS = ['timelinejs', 'vis-timeline', 'react-chrono'];

const page = (title, body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title>${head}</head><body style="max-width:1240px;margin:0 auto;padding:0 8px;font-family:sans-serif">${body}</body></html>`;

const LONG_LIST = 50;
const sameCss = (n) => (n > LONG_LIST ? '<style>ol.plain>li{content-visibility:auto;contain-intrinsic-size:auto 11rem}</style>' : '');
const script = (path) => `<script type="module" src="${path}"></script>`;
const scriptSafe = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Every page for one N and layout, keyed by variant. `render` is what
 * `summit-timeline render` writes (always the vertical list: that is what a
 * server draws); `hydrate` is the same with the hydrate bundle after it;
 * `embed` is the element code make.html and `publish` hand out (issue 34): the
 * data preloaded, the script, and the readable list inside the element.
 */
export async function pagesFor(doc, layout, renderStatic, elementCode) {
  const n = doc.events.length;
  const rendered = await renderStatic(doc, { id: 'bench' });
  const hydrate = '/dist/summit-timeline.hydrate.min.js';
  const mode = layout === 'horizontal' ? 'HORIZONTAL' : 'VERTICAL';
  return {
    plain: page('plain', plainList(doc), sameCss(n)),
    render: page('render', rendered),
    hydrate: page('hydrate', rendered, `<link rel="modulepreload" href="${hydrate}">${script(hydrate)}`),
    embed: page('embed', elementCode(doc, layout, `/data-${n}.json`)),
    inline: page(
      'inline',
      `<summit-timeline layout="${layout}"><script type="application/json">${scriptSafe(doc)}</script></summit-timeline>`,
      script('/dist/summit-timeline.min.js'),
    ),
    src: page(
      'src',
      `<summit-timeline layout="${layout}" src="/data-${n}.json"></summit-timeline>`,
      script('/dist/summit-timeline.min.js'),
    ),
    timelinejs: page(
      'timelinejs',
      `<div id="tl" style="height:640px"></div><script>new TL.Timeline('tl', '/timelinejs-${n}.json')</script>`,
      '<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css"><script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>',
    ),
    'vis-timeline': page(
      'vis-timeline',
      `<div id="vis"></div><script>fetch('/vis-${n}.json').then((r) => r.json()).then((items) => new vis.Timeline(document.getElementById('vis'), items, {}))</script>`,
      '<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css"><script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>',
    ),
    'react-chrono': page(
      'react-chrono',
      `<div id="chrono" data-src="/chrono-${n}.json" data-mode="${mode}"></div>`,
      '<link rel="stylesheet" href="/node_modules/react-chrono/dist/style.css"><script src="/bench/react-chrono.js" defer></script>',
    ),
  };
}

/** The data files the pages fetch, for one N. */
export const dataFor = (doc) => {
  const n = doc.events.length;
  return {
    [`/data-${n}.json`]: JSON.stringify(doc),
    [`/timelinejs-${n}.json`]: JSON.stringify(timelineJs(doc)),
    [`/vis-${n}.json`]: JSON.stringify(visItems(doc)),
    [`/chrono-${n}.json`]: JSON.stringify(chronoItems(doc)),
  };
};

/** react-chrono ships as an ES module for bundlers: this is the app a site would build around it. */
export async function reactChronoBundle() {
  const app = `
    import { createElement } from 'react';
    import { createRoot } from 'react-dom/client';
    import { Chrono } from 'react-chrono';
    const el = document.getElementById('chrono');
    fetch(el.dataset.src).then((r) => r.json()).then((items) => createRoot(el).render(createElement(Chrono, { items, mode: el.dataset.mode })));
  `;
  const result = await build({
    stdin: { contents: app, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** A 600 × 400 image for the events that carry one. */
export function benchImage() {
  const png = new PNG({ width: 600, height: 400 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 190, 170, 255], i);
  return PNG.sync.write(png);
}
