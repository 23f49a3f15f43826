import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { chronology } from './events.mjs';
import { dataFor, pagesFor } from './pages.mjs';
const n = Number(process.argv[2] ?? 100),
  layout = process.argv[3] ?? 'horizontal';
const doc = chronology(n);
const gen = new Map(Object.entries(dataFor(doc)));
const pages = await pagesFor(doc, layout, async () => '');
gen.set('/p.html', pages.src);
const server = createServer(async (q, r) => {
  const p = normalize(new URL(q.url, 'http://x').pathname);
  const b = gen.get(p) ?? (await readFile(join(process.cwd(), p)).catch(() => null));
  if (!b) return r.writeHead(404).end();
  r.writeHead(200, { 'content-type': p.endsWith('.js') ? 'text/javascript' : p.endsWith('.html') ? 'text/html' : 'application/json' }).end(
    b,
  );
});
await new Promise((res) => server.listen(0, res));
const browser = await puppeteer.launch(chromiumLaunchOptions());
const tab = await browser.newPage();
await tab.setViewport({ width: layout === 'horizontal' ? 1280 : 375, height: 900 });
const cdp = await tab.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await tab.goto(`http://localhost:${server.address().port}/p.html`);
await tab.waitForFunction(
  (n) => document.querySelector('summit-timeline')?.shadowRoot?.querySelectorAll('[part=headline], .findable').length >= n,
  {},
  n,
);
await new Promise((r) => setTimeout(r, 300));
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++)
  dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (const node of profile.nodes) {
  const t = (dt.get(node.id) ?? 0) / 1000;
  const f = node.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + t);
}
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`)
    .join('\n'),
);
await browser.close();
server.close();
