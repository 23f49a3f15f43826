// How every script and the test runner start Debian's Chromium (or CHROME_PATH).
// As root it needs --no-sandbox; the network flags stop it retrying outside
// hosts on machines without internet.
import CHROMIUM_FLAGS from '../src/static/chromium-args.json' with { type: 'json' };

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// One list for the scripts, the test runner and `publish` (src/static/snapshots.ts),
// kept as JSON so this plain script and the shipped TypeScript both read it.
export const CHROMIUM_ARGS = CHROMIUM_FLAGS;

/** puppeteer.launch options for a headless Debian Chromium. */
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
