// `npm test`: every test file in headless Chromium, once per time zone.
// Dates must never shift with the reader's zone, so the whole suite runs in
// three zones that straddle the date line (UTC+14, UTC-8/-7 with DST, UTC+9).
// Chromium is Debian's /usr/bin/chromium, found by chrome-launcher, or CHROME_PATH.
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const TIME_ZONES = process.env.SUMMIT_TZ
  ? process.env.SUMMIT_TZ.split(',')
  : ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Seoul'];

// As root Chromium needs --no-sandbox; the network flags stop it retrying
// outside hosts on machines without internet.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const chromiumIn = (timeZone) =>
  Object.assign(
    chromeLauncher({
      // One page per browser: a second page would sit in the background, get no
      // animation frames, and fixture() would wait forever for the next one.
      // The zones' browsers still run side by side.
      concurrency: 1,
      launchOptions: {
        headless: true,
        args: CHROMIUM_ARGS,
        ...(process.env.CHROME_PATH ? { executablePath: process.env.CHROME_PATH } : {}),
      },
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(timeZone);
        return page;
      },
    }),
    { name: `Chromium (${timeZone})` },
  );

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  browsers: TIME_ZONES.map(chromiumIn),
  testFramework: { config: { timeout: 10000 } },
  // Tests run Lit's development build for its warnings; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  middleware: [
    // The article the chronology quotes lives in ../shared, outside the served root.
    async (context, next) => {
      if (context.path !== '/__article__.txt') return next();
      try {
        context.body = await readFile(new URL('../shared/source/article.txt', import.meta.url), 'utf8');
        context.type = 'text/plain; charset=utf-8';
      } catch {
        context.status = 404;
      }
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
};
