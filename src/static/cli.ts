/**
 * `npx summit-timeline render <data.json> [--lang ru] [--theme dark] [--layout auto] [--id summit] [--heading-level 3] > snippet.html`
 *   writes the static embed to standard output.
 * `npx summit-timeline oembed <data.json> --base-url https://cdn.example/graphics/korean-war/ --embed-url https://cdn.example/summit-timeline/embed.html --out public/korean-war`
 *   writes the folder a URL pasted into WordPress needs (src/static/oembed.ts).
 * `npx summit-timeline publish <data.json> --base-url https://cdn.example/graphics/korean-war/ --out public/korean-war [--embed-url …]`
 *   writes that folder plus a file for every other channel (src/static/publish.ts);
 *   without --embed-url, the library's embed page and hydrate bundle are copied in.
 *
 * Each problem in the data goes to standard error; exits 1 when the file cannot
 * be read as JSON, 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataProblem } from '../data/types.js';
import { manifest, publishText, timelinePage, type PublishOptions } from './publish.js';
import { drawSnapshots } from './snapshots.js';
import { validateDocument } from '../data/validate.js';
import { toNative } from '../data/read-source.js';
import { oembedFiles, oembedUrls } from './oembed.js';
import { parseArgs } from 'node:util';
import { describeProblem } from '../data/describe.js';
import { LAYOUT_CHOICES, THEMES, type LayoutChoice, type Theme } from '../components/summit-timeline/summit-timeline.js';
import { renderStatic } from './render-static.js';
// Node: problems carry their English messages (./problems.ts says why they are a module apart).
import '../problem-messages.js';

const USAGE = [
  'usage: summit-timeline render <data.json> [--lang en|ru|uk|ko] [--theme light|dark|auto] [--layout vertical|auto|horizontal] [--id ID] [--heading-level N] [--fallback-only]',
  '       summit-timeline oembed <data.json> --base-url URL/ --embed-url URL --out DIR [--id ID] [--lang en|ru|uk|ko]',
  '       summit-timeline publish <data.json> --base-url URL/ --out DIR [--embed-url URL] [--id ID] [--lang en|ru|uk|ko] [--theme light|dark|auto]',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      theme: { type: 'string' },
      layout: { type: 'string' },
      id: { type: 'string' },
      'heading-level': { type: 'string' },
      'fallback-only': { type: 'boolean' },
      'base-url': { type: 'string' },
      'embed-url': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  const known =
    command === 'render' ||
    (command === 'oembed' && values['base-url'] && values['embed-url'] && values.out) ||
    (command === 'publish' && values['base-url'] && values.out);
  if (values.help || !known || !file) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.theme && !(THEMES as readonly string[]).includes(values.theme)) {
    console.error(`summit-timeline: --theme must be one of ${THEMES.join(', ')}`);
    return 2;
  }
  if (values.layout && !(LAYOUT_CHOICES as readonly string[]).includes(values.layout)) {
    console.error(`summit-timeline: --layout must be one of ${LAYOUT_CHOICES.join(', ')}`);
    return 2;
  }
  let raw: unknown;
  try {
    const text = await readFile(file, 'utf8');
    // A spreadsheet's CSV is data too, for publish as for the element.
    raw = file.endsWith('.csv') ? (await import('../data/import-csv.js')).fromCsv(text).raw : JSON.parse(text);
  } catch (error) {
    console.error(`summit-timeline: cannot read ${file} as JSON: ${(error as Error).message}`);
    return 1;
  }
  if (command === 'publish') return publishFolder(raw, values);
  const snippet = await renderStatic(raw, {
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.theme ? { theme: values.theme as Theme } : {}),
    ...(values.layout ? { layout: values.layout as LayoutChoice } : {}),
    ...(values.id ? { id: values.id } : {}),
    ...(values['heading-level'] ? { headingLevel: Number(values['heading-level']) } : {}),
    ...(values['fallback-only'] ? { fallbackOnly: true } : {}),
    onProblem: (problem) => console.error(`summit-timeline: ${describeProblem(problem)}`),
  });
  if (command === 'render') {
    process.stdout.write(`${snippet}\n`);
    return 0;
  }
  return writeOembedFolder(raw, snippet, values);
}

/** The timeline's own page (discovery link, static render, hydrate script), its oEmbed JSON and its data. */
async function writeOembedFolder(raw: unknown, snippet: string, values: Record<string, string | boolean | undefined>): Promise<number> {
  const options = {
    baseUrl: String(values['base-url']),
    embedUrl: String(values['embed-url']),
    ...(values.id ? { id: String(values.id) } : {}),
  };
  let urls;
  try {
    urls = oembedUrls(options);
  } catch (error) {
    console.error(`summit-timeline: ${(error as Error).message}`);
    return 2;
  }
  const native = (await toNative(raw)).raw;
  const { doc } = validateDocument(native);
  // No card.png is written here (publish draws it), so the page names no social image.
  const page = timelinePage(doc, String(values.lang ?? doc.lang ?? 'en'), urls, options, snippet, false);
  const out = String(values.out);
  await mkdir(out, { recursive: true });
  const files = { 'index.html': page, ...oembedFiles(doc, native, options) };
  for (const [name, content] of Object.entries(files)) await writeFile(join(out, name), content);
  console.error(`summit-timeline: wrote ${Object.keys(files).join(', ')} to ${out}; publish it at ${urls.page}`);
  return 0;
}

/** `publish`: every channel's file, the images, the library files when not hosted elsewhere, and the manifest. */
async function publishFolder(raw: unknown, values: Record<string, string | boolean | undefined>): Promise<number> {
  const base = String(values['base-url']);
  const hosted = typeof values['embed-url'] === 'string';
  let options: PublishOptions;
  try {
    options = {
      baseUrl: base,
      embedUrl: hosted ? String(values['embed-url']) : new URL('embed.html', base).href,
      ...(values.id ? { id: String(values.id) } : {}),
      ...(values.lang ? { lang: String(values.lang) } : {}),
      ...(values.theme ? { theme: values.theme as Theme } : {}),
      onProblem: (problem: DataProblem) => console.error(`summit-timeline: ${describeProblem(problem)}`),
    };
    oembedUrls(options);
  } catch (error) {
    console.error(`summit-timeline: ${(error as Error).message}`);
    return 2;
  }
  const { files, doc, language, snippet } = await publishText(raw, options);
  let images;
  try {
    images = await drawSnapshots(snippet, doc, language, options.lang ?? doc.lang ?? 'en', base);
  } catch (error) {
    console.error(`summit-timeline: ${(error as Error).message}`);
    return 1;
  }
  const out = String(values.out);
  await mkdir(out, { recursive: true });
  const all: Record<string, string | Uint8Array> = { ...files, ...images };
  for (const [name, content] of Object.entries(all)) await writeFile(join(out, name), content);
  if (!hosted) await copyLibrary(out);
  await writeFile(join(out, 'manifest.json'), manifest(all));
  console.error(`summit-timeline: wrote ${[...Object.keys(all), 'manifest.json'].join(', ')} to ${out}; publish it at ${base}`);
  return 0;
}

/** The embed page and the hydrate bundle, from the package's own dist/, so the folder needs nothing else. */
async function copyLibrary(out: string) {
  const dist = fileURLToPath(new URL('../', import.meta.url));
  const names = ['embed.html', 'embed.js', 'summit-timeline.hydrate.min.js'];
  if (!names.every((name) => existsSync(join(dist, name)))) {
    console.error(
      `summit-timeline: the library's built files are not beside this CLI (${dist}); host dist/embed.html and pass --embed-url`,
    );
    return;
  }
  for (const name of names) await copyFile(join(dist, name), join(out, name));
  await cp(join(dist, 'chunks'), join(out, 'chunks'), { recursive: true, filter: (path) => !path.endsWith('.map') });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`summit-timeline: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
