// `npm run test:package`: the package as users get it, not the repository.
// Packs the built tree with `npm pack` into a temporary folder (the clone stays
// clean), then:
//  1. checks the tarball: every `exports` target is in it, and nothing users do
//     not need (the make page, source maps but the two CDN bundles');
//  2. installs it (the tarball, not a link) into an empty Node ESM project:
//     what the install brings in, every export resolving, the Node entries
//     running, and the CLI run as a user runs it, from node_modules/.bin;
//  3. installs it into the consumer apps of test/package/apps (made once with
//     create-vite and create-next-app, pinned with their lockfiles), builds
//     each with its own toolchain (tsc, vue-tsc, next build), serves the build
//     and checks in Chromium that the default timeline renders, that `data`,
//     `src` and `summit-select` work, and for Next that the server's HTML
//     already holds the readable chronology and hydrates without an error.
// Prints a framework × check table (docs/frameworks.md keeps a copy) and exits
// 1 when any check fails. Needs dist/ (npm test builds first) and the registry.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (!existsSync('dist/summit-timeline.min.js')) {
  console.error('test:package needs dist/: run `npm run build` first.');
  process.exit(1);
}
/**
 * The consumer apps: where the shared page data goes in each tree, whether its
 * build checks types, and how its build is served (a static folder, or Next's own server).
 */
const APPS = [
  { name: 'Vite + TypeScript', dir: 'vite-ts', data: 'src', types: 'tsc', out: 'dist', everyEntry: true },
  { name: 'React 19 + Vite + TypeScript', dir: 'react', data: 'src', types: 'tsc', out: 'dist' },
  { name: 'Next 16 App Router', dir: 'next', data: 'app', types: 'next build', server: 'next' },
  { name: 'Vue 3.5', dir: 'vue', data: 'src', types: 'vue-tsc', out: 'dist' },
  { name: 'Svelte 5', dir: 'svelte', data: 'src', types: undefined, out: 'dist' },
];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const work = mkdtempSync(join(tmpdir(), 'summit-package-'));
const failures = [];
const fail = (what) => {
  failures.push(what);
  console.error(`FAIL ${what}`);
};
// No telemetry, no update checks, no audit: the machine reaches the registry and nothing else.
const ENV = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
const sh = (command, args, cwd, env = {}) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...ENV, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return {
    ok: result.status === 0,
    status: result.status,
    out: result.stdout ?? '',
    err: result.stderr ?? '',
    all: `${result.stdout}${result.stderr}`,
  };
};
const tail = (text, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const folderBytes = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);

try {
  // --- 1. The tarball -------------------------------------------------------
  // --ignore-scripts: dist/ is built already (prepack would build it again).
  const packed = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
  if (!packed.ok) throw new Error(`npm pack failed:\n${tail(packed.all)}`);
  const [info] = JSON.parse(packed.out);
  const tarball = join(work, info.filename);
  const files = new Set(info.files.map((file) => file.path));
  console.log(`tarball ${info.filename}: ${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked, ${info.entryCount} files`);
  const targets = Object.entries(pkg.exports).flatMap(([entry, target]) =>
    (typeof target === 'string' ? [target] : Object.values(target)).map((path) => [entry, path.replace(/^\.\//, '')]),
  );
  for (const [entry, path] of targets) if (!files.has(path)) fail(`exports["${entry}"] → ${path} is not in the tarball`);
  if (!files.has(pkg.bin['summit-timeline'].replace(/^\.\//, ''))) fail('the CLI named by bin is not in the tarball');
  const maps = [...files].filter((file) => file.endsWith('.map'));
  const expectedMaps = ['dist/summit-timeline.min.js.map', 'dist/summit-timeline.hydrate.min.js.map'];
  if (maps.sort().join() !== expectedMaps.sort().join()) fail(`source maps in the tarball: ${maps.join(', ')}`);
  for (const file of files) if (/^dist\/(make\.|chunks\/make-)/.test(file)) fail(`the make page ships: ${file}`);
  for (const needed of ['LICENSE', 'README.md', 'dist/custom-elements.json', 'data/timeline.schema.json'])
    if (!files.has(needed)) fail(`${needed} is not in the tarball`);
  // README's relative links must lead to files the package has (on unpkg, jsDelivr, in node_modules).
  for (const [, link] of readFileSync('README.md', 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
    if (!/^[a-z]+:/.test(link) && !files.has(normalize(link))) fail(`README links to ${link}, which the package lacks`);
  }
  // The manifest names modules the package has, and a module for each tag.
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  for (const module of manifest.modules) if (!files.has(module.path)) fail(`custom-elements.json names ${module.path}, not in the package`);
  const defined = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
  );
  if (defined.sort().join() !== 'summit-era,summit-event,summit-timeline') fail(`custom-elements.json defines ${defined.join(', ')}`);

  // --- 2. An empty Node project installs it -----------------------------------
  const nodeApp = join(work, 'node');
  cpSync(join(root, 'test/package/apps/node'), nodeApp, { recursive: true });
  writeFileSync(join(nodeApp, 'package.json'), JSON.stringify({ name: 'node-check', private: true, type: 'module' }));
  const install = sh('npm', ['install', tarball], nodeApp);
  if (!install.ok) throw new Error(`npm install of the tarball failed:\n${tail(install.all)}`);
  const lock = JSON.parse(readFileSync(join(nodeApp, 'package-lock.json'), 'utf8'));
  const installed = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/'));
  const footprint = folderBytes(join(nodeApp, 'node_modules'));
  console.log(`install footprint: ${installed.length} packages, ${mb(footprint)}`);
  for (const unwanted of ['puppeteer-core', '@types/node', 'react'])
    if (installed.some((path) => path.endsWith(`node_modules/${unwanted}`))) fail(`npm install of the tarball brings in ${unwanted}`);
  const checked = sh(process.execPath, ['check.mjs'], nodeApp);
  const report = checked.ok ? JSON.parse(checked.out.trim().split('\n').pop()) : undefined;
  if (!report) fail(`Node ESM check failed:\n${tail(checked.all)}`);
  else for (const problem of report.problems) fail(`Node: ${problem}`);

  // The CLI, spawned as `npx summit-timeline` runs it.
  const cli = (...args) => sh(join(nodeApp, 'node_modules/.bin/summit-timeline'), args, nodeApp);
  const data = join(nodeApp, 'node_modules/summit-timeline/data/summit-2023.json');
  const help = cli('--help');
  if (!help.ok || !help.out.startsWith('usage: summit-timeline') || help.err)
    fail(`--help: exit ${help.status}, stdout ${JSON.stringify(help.out.slice(0, 40))}`);
  const version = cli('--version');
  if (!version.ok || version.out.trim() !== pkg.version) fail(`--version printed ${JSON.stringify(version.out)}`);
  for (const [args, says] of [
    [['render', data, '--colour', 'red'], /^summit-timeline: Unknown option '--colour'; the options are --lang/],
    [['render', data, '--lang', 'xx'], /^summit-timeline: --lang 'xx' is neither .*choose one of en, ru, uk, ko/],
    [['render', data, '--theme', 'x'], /^summit-timeline: --theme 'x' is not one of light, dark, auto$/],
    [['render', data, '--layout', 'x'], /^summit-timeline: --layout 'x' is not one of auto, vertical, horizontal$/],
    [['draw', data], /^summit-timeline: 'draw' is not a command; the commands are render, oembed, publish$/],
  ]) {
    const result = cli(...args);
    const lines = result.err.trim().split('\n');
    if (result.status !== 2 || lines.length !== 1 || !says.test(lines[0]) || result.out)
      fail(`summit-timeline ${args.slice(2).join(' ') || args[0]}: exit ${result.status}, stderr ${JSON.stringify(result.err)}`);
  }
  // Data that tries to steer the terminal: an OSC 52 clipboard write, and a newline forging a CI annotation.
  const steering = join(nodeApp, 'steering.json');
  writeFileSync(
    steering,
    JSON.stringify({
      events: [
        { id: 'x', date: '2023\u001b]52;c;SGVsbG8=\u0007\n::error title=Forged::', headline: 'A' },
        // One good event, so the render goes on (data with none is refused).
        { id: 'y', date: '2023', headline: 'B' },
      ],
    }),
  );
  const steered = cli('render', steering);
  // eslint-disable-next-line no-control-regex -- no raw control character but the newline may reach the terminal
  const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f]/;
  const steerLines = steered.err.trim().split('\n');
  if (
    !steered.ok ||
    RAW_CONTROL.test(steered.err) ||
    steerLines.some((line) => !line.startsWith('summit-timeline: ')) ||
    !steered.err.includes('\\u001b]52')
  )
    fail(`data with control characters reached the terminal as they are: ${JSON.stringify(steered.err)}`);
  // Inputs past the stated limits: one line and exit 2, before the work starts.
  const big = join(nodeApp, 'big.json');
  writeFileSync(big, `{"events": [], "pad": "${'x'.repeat(21_000_000)}"}`);
  const deep = join(nodeApp, 'deep.json');
  writeFileSync(deep, '['.repeat(100_000));
  const many = join(nodeApp, 'many.json');
  writeFileSync(many, JSON.stringify({ events: Array.from({ length: 20_001 }, (_, i) => ({ id: `e${i}`, date: '2001', headline: 'x' })) }));
  for (const [file, says] of [
    [big, /is 21\.0 MB; the largest file summit-timeline reads is 20 MB$/],
    [deep, /nests 100000 levels deep; summit-timeline reads at most 64$/],
    [many, /has 20001 events; summit-timeline draws at most 20000$/],
  ]) {
    const result = cli('render', file);
    const lines = result.err.trim().split('\n');
    if (result.status !== 2 || lines.length !== 1 || !says.test(lines[0]) || result.out)
      fail(`render ${file}: exit ${result.status}, stderr ${JSON.stringify(result.err.slice(0, 300))}`);
  }
  // A link planted where the oEmbed folder's file will go: refused, its target untouched.
  const out = join(work, 'planted');
  mkdirSync(out);
  writeFileSync(join(work, 'precious.txt'), 'keep me');
  symlinkSync(join(work, 'precious.txt'), join(out, 'index.html'));
  const planted = cli(
    'oembed',
    data,
    '--base-url',
    'https://cdn.example/story/',
    '--embed-url',
    'https://cdn.example/embed.html',
    '--out',
    out,
  );
  if (
    planted.status !== 2 ||
    readFileSync(join(work, 'precious.txt'), 'utf8') !== 'keep me' ||
    !/index\.html is a symbolic link/.test(planted.err)
  )
    fail(`oembed into a folder with a planted link: exit ${planted.status}, stderr ${JSON.stringify(planted.err)}`);
  const rendered = cli('render', data, '--lang', 'ko');
  if (!rendered.ok || !rendered.out.includes('<summit-timeline') || !rendered.out.includes('lang="ko"'))
    fail(`render --lang ko: exit ${rendered.status}`);
  // For strict-CSP pages: the render links the package's two stylesheets, each exactly what it would have inlined.
  const linked = cli('render', data, '--stylesheets', '/assets/summit/');
  const inlineCss = rendered.out.match(/<template shadowroot[^>]*><style>([^<]*)<\/style>/)?.[1];
  const installedCss = readFileSync(join(nodeApp, 'node_modules/summit-timeline/dist/summit-timeline.css'), 'utf8');
  if (
    !linked.ok ||
    /<style|\sstyle=/.test(linked.out) ||
    !linked.out.includes('<link rel="stylesheet" href="/assets/summit/summit-timeline.css">') ||
    !linked.out.includes('<link rel="stylesheet" href="/assets/summit/summit-timeline-page.css">') ||
    inlineCss === undefined ||
    installedCss !== `${inlineCss}\n`
  )
    fail(
      `render --stylesheets: exit ${linked.status}; the shipped summit-timeline.css ${installedCss === `${inlineCss}\n` ? 'matches' : 'differs from'} the inline styles`,
    );
  // The labels a copy desk would sign, as the browser suite reads them in Chromium and Firefox.
  const expectedLabels = JSON.parse(readFileSync(join(root, 'test/fixtures/labels/labels.expected.json'), 'utf8'));
  for (const [lang, labels] of Object.entries(expectedLabels)) {
    const out = cli('render', join(root, 'test/fixtures/labels/labels.json'), '--lang', lang);
    const list = out.out.slice(out.out.indexOf('data-summit-fallback'));
    const printed = [...list.matchAll(/<time[^>]*>([^<]*)<\/time>/g)].map((m) => m[1]);
    if (!out.ok || JSON.stringify(printed) !== JSON.stringify(labels))
      fail(`render --lang ${lang} of the labels fixture: ${JSON.stringify(printed)} is not ${JSON.stringify(labels)}`);
  }
  // A hand-typed sheet: every mistake on its own line, at its row and column, as make.html shows it;
  // DATA.CSV is as much a sheet as data.csv.
  const sheet = join(work, 'SEVEN-MISTAKES.CSV');
  writeFileSync(sheet, readFileSync(join(root, 'test/fixtures/sheets/seven-mistakes.csv')));
  const mistakes = cli('render', sheet);
  const lines = mistakes.err.trim().split('\n');
  const rowsNamed = lines.map((line) => /^summit-timeline: (Row \d+(, column [^:]+)?):/.exec(line)?.[1]);
  if (!mistakes.ok || lines.length !== 7 || rowsNamed.includes(undefined) || !mistakes.out.includes('Sputnik 1'))
    fail(`render of a sheet with seven mistakes: exit ${mistakes.status}, stderr ${JSON.stringify(mistakes.err)}`);
  // publish lists the same seven, then (without the optional peer here) says what it needs.
  const published = cli('publish', sheet, '--base-url', 'https://cdn.example/space/', '--out', join(work, 'space'));
  const publishLines = published.err.trim().split('\n');
  if (
    published.status !== 1 ||
    JSON.stringify(publishLines.slice(0, 7)) !== JSON.stringify(lines) ||
    !/puppeteer-core/.test(publishLines[7] ?? '')
  )
    fail(`publish of a sheet with seven mistakes: exit ${published.status}, stderr ${JSON.stringify(published.err)}`);
  // An empty sheet is refused before anything is written.
  const emptySheet = join(work, 'empty.csv');
  writeFileSync(emptySheet, 'Year,Month,Day,Headline\n');
  const untouched = join(work, 'untouched');
  mkdirSync(untouched);
  writeFileSync(join(untouched, 'keep.txt'), 'keep');
  const refused = cli('publish', emptySheet, '--base-url', 'https://cdn.example/story/', '--out', untouched);
  if (
    refused.status !== 1 ||
    readdirSync(untouched).join() !== 'keep.txt' ||
    !/has no event to publish; nothing was written/.test(refused.err)
  )
    fail(`publish of an empty sheet: exit ${refused.status}, files ${readdirSync(untouched)}, stderr ${JSON.stringify(refused.err)}`);
  // Without the optional peer, publish says in one line how to get it.
  const publish = cli('publish', data, '--base-url', 'https://cdn.example/story/', '--out', join(work, 'published'));
  if (publish.status !== 1 || !/npm install puppeteer-core/.test(publish.err) || publish.err.trim().split('\n').length !== 1)
    fail(`publish without puppeteer-core: exit ${publish.status}, stderr ${JSON.stringify(publish.err)}`);

  // --- 3. The consumer apps ---------------------------------------------------
  const browser = await puppeteer.launch(chromiumLaunchOptions());
  const rows = [];
  try {
    // SUMMIT_PACKAGE_APPS=vite-ts,react (or none) narrows a run while working; npm test checks them all.
    const only = process.env.SUMMIT_PACKAGE_APPS?.split(',');
    for (const app of APPS.filter((a) => !only || only.includes(a.dir))) rows.push(await checkApp(app, tarball, browser));
  } finally {
    await browser.close();
  }
  const mark = (value) => (value === true ? 'yes' : value === false ? '**no**' : value);
  const table = [
    '| framework | installs | builds | types | renders | data / events | SSR |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| Node ESM (no framework) | yes (${installed.length} packages, ${mb(footprint)}) | — | — | — | — | ${report && report.problems.length === 0 ? `yes (renderStatic; ${report.entries} exports resolve)` : '**no**'} |`,
    ...rows.map(
      (row) =>
        `| ${row.name} | ${mark(row.installs)} | ${mark(row.builds)} | ${mark(row.types)} | ${mark(row.renders)} | ${mark(row.events)} | ${mark(row.ssr)} |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);
  console.log(`tarball ${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked; install ${installed.length} packages, ${mb(footprint)}`);
} catch (error) {
  fail(error.message);
} finally {
  // SUMMIT_PACKAGE_KEEP=1 leaves the apps, built, to look into.
  if (process.env.SUMMIT_PACKAGE_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`Package tests: ${failures.length === 0 ? 'all checks passed' : `${failures.length} failed`}`);
process.exit(failures.length === 0 ? 0 : 1);

/** Copies, installs, builds, serves and checks one app; returns its row of the table. */
async function checkApp(app, tarball, browser) {
  const row = {
    name: app.name,
    installs: false,
    builds: false,
    types: app.types ? false : 'not checked',
    renders: false,
    events: false,
    ssr: '—',
  };
  const dir = join(work, 'apps', app.dir);
  cpSync(join(root, 'test/package/apps', app.dir), dir, {
    recursive: true,
    filter: (path) => !/\/(node_modules|dist|\.next)(\/|$)/.test(path),
  });
  cpSync(join(root, 'test/package/doc.json'), join(dir, app.data, 'doc.json'));
  cpSync(join(root, 'test/fixtures/korean-war.json'), join(dir, 'public/korean-war.json'));
  // The app's own lockfile, then the tarball without touching it (as `npm install summit-timeline` would add it).
  console.log(`--- ${app.name}`);
  const ci = sh('npm', ['ci'], dir);
  const added = ci.ok && sh('npm', ['install', '--no-save', tarball], dir);
  if (!ci.ok || !added.ok) {
    fail(`${app.name}: install failed:\n${tail((added || ci).all)}`);
    return row;
  }
  row.installs = true;
  const build = sh('npm', ['run', 'build'], dir);
  if (!build.ok) {
    fail(`${app.name}: build failed:\n${tail(build.all, 30)}`);
    return row;
  }
  row.builds = true;
  console.log(`built; checking in Chromium`);
  if (app.types) row.types = `yes (${app.types})`;
  const served = app.server === 'next' ? await startNext(dir) : await serveFolder(join(dir, app.out));
  try {
    if (app.server === 'next') {
      // The page as the server sends it, before any script: the data's events as a readable list.
      const html = await (await fetch(served.url)).text();
      const doc = JSON.parse(readFileSync(join(root, 'test/package/doc.json'), 'utf8'));
      const listed = doc.events.every((event) => html.includes(event.headline));
      if (!listed) fail(`${app.name}: the server's HTML does not list the app's events`);
      row.ssr = listed ? 'yes (the data as a list in the HTML, then hydrated)' : false;
    }
    const result = await checkPage(browser, served.url, app);
    row.renders = result.renders;
    row.events = result.events;
  } finally {
    await served.close();
  }
  return row;
}

/** The shared page in Chromium: three timelines, a selection, no error. */
async function checkPage(browser, url, app) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A failed request is named by its address (the console only says "Failed to load resource").
  // The browser's own request for /favicon.ico is no error of the app's.
  page.on(
    'response',
    (response) =>
      response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`),
  );
  page.on(
    'console',
    (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()),
  );
  const result = { renders: false, events: false };
  try {
    await page.setViewport({ width: 600, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    const headlines = (id) =>
      page.evaluate(
        (id) =>
          [...(document.getElementById(id)?.shadowRoot?.querySelectorAll('[part="headline"]') ?? [])].map((h) => h.textContent.trim()),
        id,
      );
    try {
      await page.waitForFunction(
        () =>
          ['default', 'with-data', 'with-src'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part="headline"]')),
        { timeout: 20_000 },
      );
    } catch {
      fail(`${app.name}: the timelines did not render (errors: ${errors.join(' | ') || 'none'})`);
      return result;
    }
    const [standard, own, fetched] = [await headlines('default'), await headlines('with-data'), await headlines('with-src')];
    const defaultOk = standard.length >= 5 && standard.some((h) => /Vostochny|summit/i.test(h));
    if (!defaultOk) fail(`${app.name}: the default timeline shows ${JSON.stringify(standard)}`);
    const srcOk = fetched.includes('North Korea invades the South') && fetched.length === 3;
    if (!srcOk) fail(`${app.name}: src shows ${JSON.stringify(fetched)}`);
    const dataOk =
      JSON.stringify(own) ===
      JSON.stringify([
        'From the app: Kim Il Sung visits Stalin',
        'From the app: the armistice is signed',
        'From the app: Putin and Kim meet at Vostochny',
      ]);
    if (!dataOk) fail(`${app.name}: data shows ${JSON.stringify(own)}`);
    result.renders = defaultOk && srcOk;
    // A reader clicks the summit: the app's handler writes the id it was given.
    const item = await page.waitForFunction(() => document.getElementById('with-data').shadowRoot.querySelector('[data-id="summit"]'));
    await item.asElement().click();
    const selected = await page
      .waitForFunction(() => document.getElementById('selected')?.textContent === 'summit', { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (!selected) fail(`${app.name}: summit-select did not reach the app`);
    result.events = dataOk && selected;
    if (app.everyEntry) {
      const failed = await page.evaluate(() => window.loadEveryEntry());
      for (const entry of failed) fail(`${app.name}: ${entry}`);
      if (failed.length) result.renders = false;
    }
    const real = errors.filter((text) => !/Lit is in dev mode|Multiple versions of Lit/.test(text));
    if (real.length) {
      fail(`${app.name}: console errors: ${real.join(' | ')}`);
      result.renders = false;
    }
  } finally {
    await page.close();
  }
  return result;
}

/** A built app's folder over HTTP on a loopback port. */
async function serveFolder(folder) {
  const server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = readFileSync(join(folder, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

/** `next start` on a free loopback port, once it says it is ready. */
async function startNext(dir) {
  const port = await new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
  const child = spawn(join(dir, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: ENV,
    stdio: 'pipe',
  });
  let output = '';
  await new Promise((ready, failed) => {
    const timer = setTimeout(() => failed(new Error(`next start did not get ready:\n${output}`)), 30_000);
    const watch = (chunk) => {
      output += chunk;
      if (/Ready|started server/i.test(output)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('exit', (code) => failed(new Error(`next start exited ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done) => {
        child.once('exit', done);
        child.kill();
      }),
  };
}
