// What a reader gets from a published page (issue 33), read in Chromium the way
// a reader meets it: the timeline interactive, readable, shown as code, or not
// there; the frame's height against its content; the page's width on a phone;
// and how far the host page shifts while the reader steps through every event.
import type { ElementHandle, Frame, Page } from 'puppeteer-core';

export type Outcome = 'interactive' | 'readable' | 'code as text' | 'a note in the frame' | 'blank frame' | 'nothing';

export interface Reading {
  readonly outcome: Outcome;
  /** The frame's height minus its document's, in px, once the timeline settled (undefined without a frame). */
  readonly frameMinusContent?: number;
  /** The frame's smallest and largest height while the reader stepped through every event. */
  readonly frameHeights?: readonly [number, number];
  /** The host page's scrollable width (px). */
  readonly pageWidth: number;
  /** Layout shift in the host page while stepping, every entry counted (even those after input). */
  readonly shift: number;
  /** The event each key press selected, in order: Home, then ArrowRight to the last, then End. */
  readonly stepped: readonly string[];
  readonly events: number;
  /** The text a reader sees in the frame, when the timeline is framed. */
  readonly frameText?: string;
  readonly errors: readonly string[];
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every layout shift of the top document, recorded from its start. */
export const SHIFT_RECORDER = `window.__summitShifts = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__summitShifts.push(entry.value); })
  .observe({ type: 'layout-shift', buffered: true });`;

/** The frame (or page) that holds the timeline, and the iframe element when it is framed. */
async function findTimeline(page: Page, cdn: string): Promise<{ frame: Frame; iframe?: ElementHandle<HTMLIFrameElement> }> {
  if (await page.$('summit-timeline')) return { frame: page.mainFrame() };
  for (const iframe of await page.$$('iframe')) {
    const src = await iframe.evaluate((node) => (node as HTMLIFrameElement).src);
    if (!src.startsWith(cdn)) continue;
    const frame = await iframe.contentFrame();
    if (frame) return { frame, iframe: iframe as ElementHandle<HTMLIFrameElement> };
  }
  return { frame: page.mainFrame() };
}

async function frameHeights(iframe: ElementHandle<HTMLIFrameElement> | undefined, frame: Frame) {
  if (!iframe) return undefined;
  const outer = await iframe.evaluate((node) => node.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight).catch(() => NaN);
  return { outer, inner };
}

/** Reads `link` as a reader at `width` px; `headlines` are the timeline's, to tell a readable page from an empty one. */
export async function read(page: Page, link: string, width: number, cdn: string, headlines: readonly string[]): Promise<Reading> {
  const errors: string[] = [];
  page.on('console', (message) => {
    // A resource off loopback failed because the test resolves no names (WordPress's own
    // avatars and emoji): the test's isolation, not the page's error.
    const from = message.location()?.url;
    if (from && !/^https?:\/\/127\./.test(from)) return;
    if (message.type() === 'error') errors.push(`${message.text()}${from ? ` (${from})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewport({ width, height: 800 });
  await page.evaluateOnNewDocument(SHIFT_RECORDER);
  await page.goto(link, { waitUntil: 'networkidle0' });
  const { frame, iframe } = await findTimeline(page, cdn);
  // The timeline upgrades, or the page stays what it is.
  // Nothing to wait for when neither the element nor the frame survived the CMS.
  const present = iframe !== undefined || (await page.$('summit-timeline')) !== null;
  const upgraded =
    present &&
    (await frame
      .waitForFunction(
        () => {
          const element = document.querySelector('summit-timeline');
          return (
            !!element &&
            customElements.get('summit-timeline') !== undefined &&
            (element.events?.length ?? 0) > 0 &&
            !!element.shadowRoot?.querySelector('[tabindex="0"]')
          );
        },
        { timeout: 8000 },
      )
      .then(() => true)
      .catch(() => false));
  // WordPress's wp-embed.js and the host listener size frames from messages; let them settle.
  await wait(800);
  const text = await frame
    .evaluate(() => {
      const element = document.querySelector('summit-timeline');
      return `${document.body?.innerText ?? ''}\n${element?.shadowRoot ? ((element.shadowRoot as unknown as { innerText?: string }).innerText ?? element.shadowRoot.textContent) : ''}`;
    })
    .catch(() => '');
  const settled = await frameHeights(iframe, frame);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  const hostText = await page.evaluate(() => document.body.innerText);

  let outcome: Outcome;
  const readable = headlines.every((headline) => text.includes(headline));
  if (/:host\s*\{|--_d-accent|"events"\s*:|lit-part/.test(hostText)) outcome = 'code as text';
  else if (upgraded) outcome = 'interactive';
  else if (readable) outcome = 'readable';
  else if (iframe) outcome = text.trim() ? 'a note in the frame' : 'blank frame';
  else outcome = 'nothing';

  const stepped: string[] = [];
  const heights: number[] = [];
  let shift = 0;
  let events = 0;
  if (upgraded) {
    events = await frame.evaluate(() => document.querySelector('summit-timeline')!.events.length);
    // Into view with room to see what follows it, so a shift of the text below counts.
    if (iframe) await iframe.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    else await page.evaluate(() => document.querySelector('summit-timeline')!.scrollIntoView({ block: 'start' }));
    await wait(300);
    const before = await page.evaluate(() =>
      (window as unknown as { __summitShifts: number[] }).__summitShifts.reduce((sum, value) => sum + value, 0),
    );
    // A reader clicks into the timeline, then steps with the keys.
    const target = await frame.evaluateHandle(() =>
      document.querySelector('summit-timeline')!.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!,
    );
    await (target as ElementHandle<HTMLElement>).click();
    const selected = () => frame.evaluate(() => (document.querySelector('summit-timeline') as HTMLElement & { selected: string }).selected);
    const step = async (key: 'Home' | 'End' | 'ArrowRight') => {
      await page.keyboard.press(key);
      await wait(450);
      stepped.push(await selected());
      const now = await frameHeights(iframe, frame);
      if (now) heights.push(now.outer);
    };
    await step('Home');
    for (let index = 1; index < events; index++) await step('ArrowRight');
    await step('End');
    const after = await page.evaluate(() =>
      (window as unknown as { __summitShifts: number[] }).__summitShifts.reduce((sum, value) => sum + value, 0),
    );
    shift = after - before;
  }
  return {
    outcome,
    ...(settled ? { frameMinusContent: Math.round(settled.outer - settled.inner) } : {}),
    ...(heights.length ? { frameHeights: [Math.round(Math.min(...heights)), Math.round(Math.max(...heights))] as const } : {}),
    pageWidth,
    shift: Math.round(shift * 10000) / 10000,
    stepped,
    events,
    ...(iframe ? { frameText: text } : {}),
    errors,
  };
}
