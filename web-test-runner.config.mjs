// `npm test`: every test file in headless Chromium, once per time zone.
// Dates must never shift with the reader's zone, so the whole suite runs in
// three zones that straddle the date line (UTC+14, UTC-8/-7 with DST, UTC+9).
// Chromium is Debian's /usr/bin/chromium, found by chrome-launcher, or CHROME_PATH.
//
// The run in Asia/Seoul tests what ships: there the element, the hydrate entry,
// the iframe embed and the static renderer are the built files in dist/
// (summit-timeline.min.js, summit-timeline.hydrate.min.js, embed.html,
// static/render-static.js) in place of their sources, so every feature the suite
// reaches runs once against the minified bundles. `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS as CHROMIUM_BASE_ARGS } from './scripts/chromium.mjs';
import { dirname, resolve } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const TIME_ZONES = process.env.SUMMIT_TZ ? process.env.SUMMIT_TZ.split(',') : ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Seoul'];

// Debian's Chromium as every script starts it, plus window.gc() for the memory test.
const CHROMIUM_ARGS = ['--js-flags=--expose-gc', ...CHROMIUM_BASE_ARGS];

// Text rendering settings (hinting, antialiasing, subpixel order) come from the
// machine's fontconfig, and Debian's defaults differ from a bare config's: the
// same webfont then gets other advances and the screenshot baselines fail. The
// browsers read a config that includes the machine's own (FONTCONFIG_FILE or
// /etc/fonts/fonts.conf, so which fonts exist is still the machine's) and then
// pins every rendering setting.
const RENDER_SETTINGS = `
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>
    <edit name="autohint" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="lcdfilter" mode="assign"><const>lcdnone</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>`;
function pinnedFontconfig() {
  const machine = resolve(process.env.FONTCONFIG_FILE ?? '/etc/fonts/fonts.conf');
  const file = resolve('node_modules/.cache/summit-timeline/fonts.conf');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">${machine}</include>
  <match target="pattern">${RENDER_SETTINGS}
  </match>
  <match target="font">${RENDER_SETTINGS}
  </match>
</fontconfig>
`,
  );
  return file;
}
const BROWSER_ENV = { ...process.env, FONTCONFIG_FILE: pinnedFontconfig() };

/** The zone whose run loads dist/ in place of src/, and how its requests say so. */
const DIST_ZONE = 'Asia/Seoul';
const DIST_MARK = 'summit-timeline-under-test/dist';
const wantsDist = (context) => (context.get('user-agent') ?? '').includes(DIST_MARK);
/** Sources a test page loads, and the built file each is replaced by in the dist run. */
const DIST_FOR = {
  '/src/components/summit-timeline/summit-timeline.define.ts': '/dist/summit-timeline.min.js',
  '/src/components/summit-timeline/summit-timeline.define.js': '/dist/summit-timeline.min.js',
  '/src/library.ts': '/dist/summit-timeline.min.js',
  '/__library__/summit-timeline.min.js': '/dist/summit-timeline.min.js',
  '/src/hydrate.ts': '/dist/summit-timeline.hydrate.min.js',
  '/src/hydrate.js': '/dist/summit-timeline.hydrate.min.js',
};
const EMBED_PAGE = { '/src/embed/embed.html': '/dist/embed.html' };

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
        env: BROWSER_ENV,
        ...(process.env.CHROME_PATH ? { executablePath: process.env.CHROME_PATH } : {}),
      },
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(timeZone);
        // Marked in the user agent, which every request of the page and its frames carries
        // (a custom header would make cross-origin requests from sandboxed frames preflight).
        if (timeZone === DIST_ZONE) await page.setUserAgent(`${await page.browser().userAgent()} ${DIST_MARK}`);
        return page;
      },
    }),
    { name: timeZone === DIST_ZONE ? `Chromium (${timeZone}, dist bundles)` : `Chromium (${timeZone})` },
  );

const WORDPRESS_DIR = 'node_modules/.cache/summit-timeline/wordpress';

// The static renderer and the oEmbed writer run in Node, which cannot load
// TypeScript: each is bundled from source once per run (tests never depend on
// a prior `npm run build`).
const fromSource = (entry, name) => {
  let loaded;
  return () =>
    (loaded ??= esbuild
      .build({
        entryPoints: [entry],
        outfile: `node_modules/.cache/summit-timeline/${name}.mjs`,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        tsconfig: 'tsconfig.json',
        logLevel: 'error',
      })
      .then(() => import(pathToFileURL(`node_modules/.cache/summit-timeline/${name}.mjs`).href)));
};
const staticFromSource = fromSource('src/static/render-static.ts', 'render-static');
/**
 * The default chronology as a static snippet. The dist run hydrates markup written
 * by the built renderer (Lit matches server markup to the client's templates by a
 * digest of their minified strings), run as users run it: the shipped CLI, in a
 * process of its own — in this one the source renderer may have registered the
 * tag first, and Lit's server registry would render with that class.
 */
async function staticSnippet(dist, options) {
  if (!dist) return (await staticFromSource()).renderStatic(JSON.parse(await readFile('data/summit-2023.json', 'utf8')), options);
  const args = ['dist/static/cli.js', 'render', 'data/summit-2023.json', '--id', options.id];
  if (options.lang) args.push('--lang', options.lang);
  if (options.fallbackOnly) args.push('--fallback-only');
  if (options.stylesheets) args.push('--stylesheets', options.stylesheets);
  const cli = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(`summit-timeline render failed: ${cli.stderr}`);
  return cli.stdout.replace(/\n$/, '');
}
const oembedModule = fromSource('src/static/oembed.ts', 'oembed');
const validateModule = fromSource('src/data/validate.ts', 'validate');

const pageFor = (body, width) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>static</title></head>
<body style="margin: 0; width: ${width}px">
${body}
<script>
  window.errors = [];
  addEventListener('error', (e) => window.errors.push(e.message));
  addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
  window.loadTimeline = () => import('/src/hydrate.ts');
  window.loadPlainBundle = () => import('/src/components/summit-timeline/summit-timeline.define.ts');
</script>
</body></html>`;

/**
 * Strict CSP, as a newsroom that allows no inline styles sets it. Any page asked
 * for with ?csp=KEY is served under it, and the browser reports each violation to
 * /__csp__/report?key=KEY; GET /__csp__/reports?key=KEY answers what it reported.
 */
const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const cspReports = new Map();
const readBody = (request) =>
  new Promise((done, fail) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
/** A page under strict CSP with the server-drawn timeline, its stylesheets linked; ?hydrate=1 adds the hydrate script. */
const strictPageFor = (body, hydrate) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>static, strict CSP</title>
<link rel="stylesheet" href="/test/pages/strict-static.css"></head>
<body>
${body}
${hydrate ? '<script type="module" src="/src/hydrate.ts"></script>' : ''}
</body></html>`;

// Firefox ESR (Debian's, driven over WebDriver BiDi by puppeteer-core), in one zone
// set through the process environment. Set SUMMIT_BROWSERS=chromium to skip it.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const firefoxIn = (timeZone) =>
  Object.assign(
    chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency: 1,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        env: { ...BROWSER_ENV, TZ: timeZone },
      },
    }),
    { name: `Firefox (${timeZone})` },
  );
const wanted = (process.env.SUMMIT_BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [
  ...(wanted.includes('chromium') ? TIME_ZONES.map(chromiumIn) : []),
  ...(wanted.includes('firefox') && existsSync(FIREFOX) ? [firefoxIn(TIME_ZONES[1] ?? TIME_ZONES[0])] : []),
];

export default {
  // Pure modules' tests that need no browser run once, in Node (npm run test:node).
  // *.node.test.ts run under Node (scripts/test-node.mjs), *.site.test.ts once against a whole WordPress (scripts/test-wordpress.mjs).
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/**/*.site.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  browsers,
  testFramework: { config: { timeout: 10000 } },
  // Tests run Lit's development build for its warnings; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  middleware: [
    // Strict CSP with reports (STRICT_CSP above): the header on any page asked for with ?csp=KEY.
    async (context, next) => {
      const key = String(context.query.key ?? '').replace(/[^\w-]/g, '');
      if (context.path === '/__csp__/report' && context.method === 'POST') {
        const body = await readBody(context.req);
        cspReports.set(key, [...(cspReports.get(key) ?? []), JSON.parse(body || '{}')['csp-report'] ?? body]);
        context.status = 204;
        return;
      }
      if (context.path === '/__csp__/reports') {
        context.body = JSON.stringify(cspReports.get(key) ?? []);
        context.type = 'application/json';
        return;
      }
      if (context.path === '/__csp__/control.html') {
        // The fence: a page that breaks the policy on purpose, to know that reports arrive.
        context.body = '<!doctype html><title>control</title><p style="color: red">inline style</p><style>p { margin: 0 }</style>';
        context.type = 'text/html; charset=utf-8';
      } else await next();
      const csp = String(context.query.csp ?? '').replace(/[^\w-]/g, '');
      if (csp) context.set('Content-Security-Policy', `${STRICT_CSP}; report-uri /__csp__/report?key=${csp}`);
    },
    // The dist run: a source entry becomes a module that loads its built bundle, the
    // embed page a redirect to the built one (which loads ./embed.js beside it).
    (context, next) => {
      if (!wantsDist(context)) return next();
      if (DIST_FOR[context.path]) {
        context.body = `export * from '${DIST_FOR[context.path]}';\n`;
        context.type = 'application/javascript';
        return;
      }
      if (EMBED_PAGE[context.path]) {
        context.redirect(`${EMBED_PAGE[context.path]}${context.search}`);
        return;
      }
      return next();
    },
    // Frames sandboxed without allow-same-origin (the iframe embed tests) fetch
    // from an opaque origin, so every file must allow any origin, as a CDN would.
    async (context, next) => {
      await next();
      context.set('Access-Control-Allow-Origin', '*');
    },
    // /__library__/summit-timeline.min.js: the script-tag bundle as the make page's
    // embed code names it, served from source so the test needs no build.
    (context, next) => {
      if (context.path !== '/__library__/summit-timeline.min.js') return next();
      context.body = "import '/src/library.ts';\n";
      context.type = 'application/javascript';
    },
    // /__wordpress__/post.html: a WordPress post in which an Author pasted the
    // timeline's URL: the oEmbed response our CLI writes, put through WordPress's
    // own wp_filter_oembed_result, with WordPress's own wp-embed.js. The frame is
    // this server's embed page; /__wordpress__/timeline/data.json its data.
    async (context, next) => {
      if (!context.path.startsWith('/__wordpress__/')) return next();
      const chronology = await readFile('data/summit-2023.json', 'utf8');
      if (context.path === '/__wordpress__/timeline/data.json') {
        context.body = chronology;
        context.type = 'application/json';
        return;
      }
      const [{ oembedFiles }, { validateDocument }] = await Promise.all([oembedModule(), validateModule()]);
      const origin = `http://${context.host}`;
      const options = { baseUrl: `${origin}/__wordpress__/timeline/`, embedUrl: `${origin}/src/embed/embed.html`, id: 'summit' };
      const raw = JSON.parse(chronology);
      const files = oembedFiles(validateDocument(raw).doc, raw, options);
      const php = spawnSync('php', ['test/wordpress/wp-filter-oembed-result.php'], {
        input: files['oembed.json'],
        encoding: 'utf8',
        env: { ...process.env, WP_DIR: WORDPRESS_DIR, WP_EMBED_URL: options.baseUrl },
      });
      if (php.status !== 0) {
        context.status = 503;
        context.body = `WordPress's filters cannot run here: ${php.error?.message ?? php.stderr}`;
        return;
      }
      context.type = 'text/html; charset=utf-8';
      // The block editor wraps a pasted URL in an Embed block; WordPress's own block CSS lets its frame shrink to the column.
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title>
<link rel="stylesheet" href="/${WORDPRESS_DIR}/wp-includes/css/dist/block-library/style.css"></head>
<body style="margin: 0"><article><p>The story so far.</p>
<figure class="wp-block-embed is-type-rich is-provider-summit-timeline wp-block-embed-summit-timeline"><div class="wp-block-embed__wrapper">
${php.stdout}
</div></figure><p>More of the story.</p></article>
<script src="/${WORDPRESS_DIR}/wp-includes/js/wp-embed.js"></script></body></html>`;
    },
    // /__static__/summit.html?lang=ru&width=600: the default chronology rendered
    // by renderStatic, as a page, for the static-HTML and hydration tests.
    // /__static__/snippet?fallbackOnly=1: the snippet alone, as text;
    // with &kses=1, as WordPress's own wp_kses_post leaves it for an Author
    // (503 and the reason when PHP or WordPress is not here: the test skips).
    async (context, next) => {
      if (!context.path.startsWith('/__static__/')) return next();
      // The files `render --stylesheets /__static__/css/` links, from the renderer under test.
      if (context.path.startsWith('/__static__/css/')) {
        const name = context.path.slice('/__static__/css/'.length);
        const files = wantsDist(context) ? null : (await staticFromSource()).stylesheetFiles();
        const css = files ? files[name] : await readFile(`dist/${name.replace(/[^\w.-]/g, '')}`, 'utf8').catch(() => undefined);
        if (css === undefined) return next();
        context.body = css;
        context.type = 'text/css; charset=utf-8';
        return;
      }
      const lang = context.query.lang || undefined;
      const snippet = await staticSnippet(wantsDist(context), {
        ...(lang ? { lang } : {}),
        ...(context.query.fallbackOnly ? { fallbackOnly: true } : {}),
        ...(context.path === '/__static__/strict.html' ? { stylesheets: '/__static__/css/' } : {}),
        id: 'summit',
      });
      if (context.path === '/__static__/strict.html') {
        context.body = strictPageFor(snippet, context.query.hydrate === '1');
        context.type = 'text/html; charset=utf-8';
        return;
      }
      const page = context.path === '/__static__/summit.html';
      if (context.query.kses) {
        const php = spawnSync('php', ['test/wordpress/wp-kses-post.php'], {
          input: snippet,
          encoding: 'utf8',
          env: { ...process.env, WP_DIR: WORDPRESS_DIR },
        });
        context.status = php.status === 0 ? 200 : 503;
        context.body = php.status === 0 ? php.stdout : `WordPress's filters cannot run here: ${php.error?.message ?? php.stderr}`;
        context.type = 'text/plain; charset=utf-8';
        return;
      }
      context.body = page ? pageFor(snippet, Number(context.query.width) || 600) : snippet;
      context.type = page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' }),
    // Chromium's accessibility tree, for what a screen reader hears (navigation.test.ts).
    a11ySnapshotPlugin(),
    // Baselines of the key stories live in test/screenshots/baseline (committed),
    // one set for every zone: time zones must not change a pixel.
    // `npm test -- --update-visual-baseline` rewrites them after a deliberate change.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/screenshots',
      getBaselineName: ({ name }) => `baseline/${name}.png`,
      getDiffName: ({ browser, name }) => `failed/${browser}/${name}-diff.png`,
      getFailedName: ({ browser, name }) => `failed/${browser}/${name}.png`,
      failureThreshold: 0.2,
      failureThresholdType: 'percent',
    }),
  ],
};
