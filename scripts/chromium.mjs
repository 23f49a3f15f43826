// How every script and the test runner start Debian's Chromium (or CHROME_PATH).
// As root it needs --no-sandbox; the network flags stop it retrying outside
// hosts on machines without internet. The two disabled features are the
// browser's WebUI omnibox popups: headless Chromium 156 loads them (about 400
// chrome:// requests) in every fresh browser context, beside the page, and on
// two cores that nearly doubled the bench's plain list (108 → 193 ms to ready
// at 8 events): noise no reader's page load pays.
import CHROMIUM_FLAGS from '../src/static/chromium-args.json' with { type: 'json' };

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// One list for the scripts, the test runner and `publish` (src/static/snapshots.ts),
// kept as JSON so this plain script and the shipped TypeScript both read it.
export const CHROMIUM_ARGS = CHROMIUM_FLAGS;

/** puppeteer.launch options for a headless Debian Chromium. */
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

/**
 * The network profile the bench and the bundle check load pages under: a 40 ms
 * round trip and 10 Mbit/s each way (CDP), so requests that wait on each other
 * show as a chain, as they would on a real connection.
 */
export async function emulateNetwork(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: 1_250_000,
    uploadThroughput: 1_250_000,
  });
  return cdp;
}
