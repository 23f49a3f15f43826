/**
 * `npx summit-timeline render <data.json> [--lang ru] [--theme dark] [--layout auto] [--id summit] [--heading-level 3] > snippet.html`
 *   writes the static embed to standard output.
 * `npx summit-timeline oembed <data.json> --base-url https://cdn.example/graphics/korean-war/ --embed-url https://cdn.example/summit-timeline/embed.html --out public/korean-war`
 *   writes the folder a URL pasted into WordPress needs (src/static/oembed.ts).
 *
 * Each problem in the data goes to standard error; exits 1 when the file cannot
 * be read as JSON, 2 on a usage error.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateDocument } from '../data/validate.js';
import { toNative } from '../data/read-source.js';
import { escapeHtml } from './escape.js';
import { discoveryLink, oembedFiles, oembedUrls } from './oembed.js';
import { parseArgs } from 'node:util';
import { describeProblem } from '../data/describe.js';
import { LAYOUT_CHOICES, THEMES, type LayoutChoice, type Theme } from '../components/summit-timeline/summit-timeline.js';
import { renderStatic } from './render-static.js';
// Node: problems carry their English messages (./problems.ts says why they are a module apart).
import '../problem-messages.js';

const USAGE = [
  'usage: summit-timeline render <data.json> [--lang en|ru|uk|ko] [--theme light|dark|auto] [--layout vertical|auto|horizontal] [--id ID] [--heading-level N] [--fallback-only]',
  '       summit-timeline oembed <data.json> --base-url URL/ --embed-url URL --out DIR [--id ID] [--lang en|ru|uk|ko]',
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
  const known = command === 'render' || (command === 'oembed' && values['base-url'] && values['embed-url'] && values.out);
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
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`summit-timeline: cannot read ${file} as JSON: ${(error as Error).message}`);
    return 1;
  }
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
  const title = escapeHtml(doc.title ?? 'Timeline');
  const page = `<!doctype html>
<html lang="${escapeHtml(String(values.lang ?? doc.lang ?? 'en'))}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<link rel="canonical" href="${escapeHtml(urls.page)}" />
${discoveryLink(doc, options)}
<script type="module" src="${escapeHtml(urls.hydrate)}"></script>
</head>
<body>
${snippet}
</body>
</html>
`;
  const out = String(values.out);
  await mkdir(out, { recursive: true });
  const files = { 'index.html': page, ...oembedFiles(doc, native, options) };
  for (const [name, content] of Object.entries(files)) await writeFile(join(out, name), content);
  console.error(`summit-timeline: wrote ${Object.keys(files).join(', ')} to ${out}; publish it at ${urls.page}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`summit-timeline: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
