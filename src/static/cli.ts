/**
 * `npx summit-timeline render <data.json> [--lang ru] [--theme dark] [--layout auto] [--id summit] [--heading-level 3] > snippet.html`
 *   writes the static embed to standard output.
 * `npx summit-timeline oembed <data.json> --base-url https://cdn.example/graphics/korean-war/ --embed-url https://cdn.example/summit-timeline/embed.html --out public/korean-war`
 *   writes the folder a URL pasted into WordPress needs (src/static/oembed.ts).
 * `npx summit-timeline publish <data.json> --base-url https://cdn.example/graphics/korean-war/ --out public/korean-war [--embed-url …]`
 *   writes that folder plus a file for every other channel (src/static/publish.ts);
 *   without --embed-url, the library's embed page and hydrate bundle are copied in.
 *
 * --help and --version print to standard output and exit 0. Each problem in the
 * data goes to standard error, worded as make.html words it; a usage error is one
 * line there and exit 2 (cli-args.ts); a file that cannot be read, or data with
 * no event to show, exit 1 with nothing written.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD, manifest, publishText, timelinePage, type PublishOptions } from './publish.js';
import { drawSnapshots } from './snapshots.js';
import { validateDocument } from '../data/validate.js';
import { readSourceText, toNative } from '../data/read-source.js';
import { oembedFiles, oembedUrls } from './oembed.js';
import { describeProblem } from '../data/describe.js';
import { renderStatic, stylesheetFiles } from './render-static.js';
import { USAGE, UsageError, checkLanguage, parseCli, viewOptions, type RunRequest } from './cli-args.js';
import { VERSION } from '../version.js';
import { terminalSafe } from './terminal.js';
import { checkDepth, checkEvents, checkSize, writeOwnFile } from './limits.js';
// Node: problems carry their English messages (./problems.ts says why they are a module apart).
import '../problem-messages.js';

/** One line on standard error; anything from the data in it is shown escaped (./terminal.ts). */
const say = (line: string) => console.error(`summit-timeline: ${terminalSafe(line)}`);

async function main(argv: string[]): Promise<number> {
  const request = parseCli(argv);
  if (request.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (request.kind === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { file } = request;
  // A spreadsheet's CSV is data too, for publish as for the element; DATA.CSV as much as data.csv.
  const csv = /\.csv$/i.test(file);
  let raw: unknown;
  let text: string;
  try {
    // Limits first (./limits.ts): the size before reading, the nesting before parsing.
    checkSize(file, (await stat(file)).size);
    text = await readFile(file, 'utf8');
    if (!csv) checkDepth(file, text);
    raw = csv ? (await import('../data/import-csv.js')).fromCsv(text).raw : JSON.parse(text);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    say(`cannot read ${file} as ${csv ? 'CSV' : 'JSON'}: ${(error as Error).message}`);
    return 1;
  }
  checkEvents(file, raw);
  // Every problem as make.html words it (rows and columns for a sheet), once, before any work.
  const read = await readSourceText(text, { field: 'data', format: csv ? 'csv' : 'auto' });
  for (const problem of read.problems) say(describeProblem(problem));
  if (read.doc.events.length === 0) {
    // Nothing is written: a refused run leaves the output folder as it was.
    say(`${file} has no event to ${request.command}; nothing was written`);
    return 1;
  }
  const dataLang = (raw as { lang?: unknown } | null)?.lang;
  checkLanguage(request.lang, typeof dataLang === 'string' ? [dataLang] : []);
  if (request.command === 'publish') return publishFolder(raw, request);
  const snippet = await renderStatic(raw, {
    ...viewOptions(request),
    ...(request.id ? { id: request.id } : {}),
    ...(request.fallbackOnly ? { fallbackOnly: true } : {}),
    // The oEmbed folder's page links the stylesheets written beside it, so it holds under a strict CSP.
    ...(request.command === 'oembed' ? { stylesheets: './' } : request.stylesheets ? { stylesheets: request.stylesheets } : {}),
  });
  if (request.command === 'render') {
    process.stdout.write(`${snippet}\n`);
    return 0;
  }
  return writeOembedFolder(raw, snippet, request);
}

/** The timeline's own page (discovery link, static render, hydrate script), its oEmbed JSON and its data. */
async function writeOembedFolder(raw: unknown, snippet: string, request: RunRequest): Promise<number> {
  const options = {
    baseUrl: String(request.baseUrl),
    embedUrl: String(request.embedUrl),
    ...(request.id ? { id: request.id } : {}),
    ...(request.provider ? { provider: request.provider } : {}),
    view: viewOptions(request),
  };
  let urls;
  try {
    urls = oembedUrls(options);
  } catch (error) {
    say((error as Error).message);
    return 2;
  }
  const native = (await toNative(raw)).raw;
  const { doc } = validateDocument(native);
  // No card.png is written here (publish draws it), so the page names no social image.
  const page = timelinePage(doc, request.lang ?? doc.lang ?? 'en', urls, options, snippet, false);
  const out = String(request.out);
  await mkdir(out, { recursive: true });
  const files = { 'index.html': page, ...oembedFiles(doc, native, options), ...stylesheetFiles() };
  for (const [name, content] of Object.entries(files)) await writeOwnFile(join(out, name), content);
  say(`wrote ${Object.keys(files).join(', ')} to ${out}; publish it at ${urls.page}`);
  return 0;
}

/** `publish`: every channel's file, the images, the library files when not hosted elsewhere, and the manifest. */
async function publishFolder(raw: unknown, request: RunRequest): Promise<number> {
  const base = String(request.baseUrl);
  const hosted = typeof request.embedUrl === 'string';
  let options: PublishOptions;
  try {
    options = {
      baseUrl: base,
      embedUrl: hosted ? String(request.embedUrl) : new URL('embed.html', base).href,
      ...(request.id ? { id: request.id } : {}),
      ...(request.provider ? { provider: request.provider } : {}),
      // The social card publish draws is the oEmbed thumbnail too.
      thumbnail: CARD,
      view: viewOptions(request),
    };
    oembedUrls(options);
  } catch (error) {
    say((error as Error).message);
    return 2;
  }
  const { files, doc, language, snippet } = await publishText(raw, options);
  let images;
  try {
    images = await drawSnapshots(
      snippet,
      doc,
      language,
      options.view?.lang ?? doc.lang ?? 'en',
      base,
      (url) => say(`snapshot.png leaves out the photo at ${url}: publish loads photos only from https addresses on public hosts`),
      request.provider?.name,
    );
  } catch (error) {
    say((error as Error).message);
    return 1;
  }
  const out = String(request.out);
  const library = hosted ? {} : await libraryFiles();
  const all: Record<string, string | Uint8Array> = { ...files, ...images, ...library };
  // What an earlier run wrote here, by its manifest: the files this run no longer writes go.
  const earlier = await earlierFiles(out);
  await mkdir(Object.keys(library).length ? join(out, 'chunks') : out, { recursive: true });
  for (const [name, content] of Object.entries(all)) await writeOwnFile(join(out, name), content);
  await writeOwnFile(join(out, 'manifest.json'), manifest(all));
  const stale = earlier.filter((name) => !Object.hasOwn(all, name) && name !== 'manifest.json');
  for (const name of stale) await rm(join(out, name), { force: true });
  if (!hosted && Object.keys(library).length === 0)
    say(`the library's built files are not beside this CLI (${LIBRARY}); host dist/embed.html and pass --embed-url`);
  say(
    `wrote ${[...Object.keys(all), 'manifest.json'].length} files to ${out}${stale.length ? ` and removed ${stale.length} an earlier run wrote (${stale.join(', ')})` : ''}; publish it at ${base}`,
  );
  return 0;
}

/** The names an earlier publish listed in `out/manifest.json`: only those may be removed, never a file it did not write. */
async function earlierFiles(out: string): Promise<string[]> {
  let listed: unknown;
  try {
    listed = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  } catch {
    return [];
  }
  const files = (listed as { generator?: unknown; files?: unknown }).files;
  if ((listed as { generator?: unknown }).generator !== 'summit-timeline publish' || !Array.isArray(files)) return [];
  return files
    .map((file: { name?: unknown }) => file?.name)
    .filter((name): name is string => typeof name === 'string' && /^(chunks\/)?[\w.-]+$/.test(name) && !name.startsWith('.'));
}

/** The package's own dist/, beside this CLI. */
const LIBRARY = fileURLToPath(new URL('../', import.meta.url));

/** The embed page and the hydrate bundle, with their chunks, so the folder needs nothing else; none when dist/ is not here. */
async function libraryFiles(): Promise<Record<string, Uint8Array>> {
  const names = ['embed.html', 'embed.js', 'embed.css', 'go.html', 'go.js', 'summit-timeline.hydrate.min.js'];
  if (!names.every((name) => existsSync(join(LIBRARY, name)))) return {};
  const files: Record<string, Uint8Array> = {};
  for (const name of names) files[name] = await readFile(join(LIBRARY, name));
  for (const name of (await readdir(join(LIBRARY, 'chunks'))).filter((file) => file.endsWith('.js')))
    files[`chunks/${name}`] = await readFile(join(LIBRARY, 'chunks', name));
  return files;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      say(error.message);
      process.exitCode = 2;
      return;
    }
    // A fault of ours, not the user's: the stack is what a bug report needs, a line at a time
    // (its message may quote the data, so each line is made safe like any other).
    for (const line of ((error as Error).stack ?? String(error)).split('\n')) say(line);
    process.exitCode = 1;
  },
);
