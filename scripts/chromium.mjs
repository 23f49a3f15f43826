// How every script and the test runner start Debian's Chromium (or CHROME_PATH).
// As root it needs --no-sandbox; the network flags stop it retrying outside
// hosts on machines without internet.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** puppeteer.launch options for a headless Debian Chromium. */
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
