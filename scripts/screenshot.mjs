// Full-page screenshots of a page at given widths, for looking at what readers
// see: node scripts/screenshot.mjs <url> <out-prefix> [width ...]
// Uses Debian's Chromium (or CHROME_PATH) through puppeteer-core.
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url, prefix, ...widths] = process.argv.slice(2);
if (!url || !prefix) {
  console.error('usage: node scripts/screenshot.mjs <url> <out-prefix> [width ...]');
  process.exit(2);
}
const browser = await puppeteer.launch(chromiumLaunchOptions());
try {
  for (const width of (widths.length ? widths : ['360', '1280']).map(Number)) {
    const page = await browser.newPage();
    await page.bringToFront();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    // COLOR_SCHEME=dark, FORCED_COLORS=active, MEDIA_TYPE=print emulate reader settings.
    const features = [];
    if (process.env.COLOR_SCHEME) features.push({ name: 'prefers-color-scheme', value: process.env.COLOR_SCHEME });
    if (process.env.FORCED_COLORS) features.push({ name: 'forced-colors', value: process.env.FORCED_COLORS });
    if (features.length) await page.emulateMediaFeatures(features);
    if (process.env.MEDIA_TYPE) await page.emulateMediaType(process.env.MEDIA_TYPE);
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.evaluate(() => customElements.whenDefined('summit-timeline'));
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.WAIT ?? 300)));
    const path = `${prefix}-${width}.png`;
    // An element screenshot keeps the viewport as it is, so the element is not
    // re-laid out for the capture.
    const target = process.env.SELECTOR ? await page.$(process.env.SELECTOR) : null;
    if (target) await target.screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
    console.log(path);
    await page.close();
  }
} finally {
  await browser.close();
}
