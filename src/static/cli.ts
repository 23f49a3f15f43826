/**
 * `npx summit-timeline render <data.json> [--lang ru] [--theme dark] [--layout auto] [--id summit] [--heading-level 3] > snippet.html`
 *
 * Writes the static embed to standard output and each problem in the data to
 * standard error; exits 1 when the file cannot be read as JSON.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeProblem } from '../data/describe.js';
import { LAYOUT_CHOICES, THEMES, type LayoutChoice, type Theme } from '../components/summit-timeline/summit-timeline.js';
import { renderStatic } from './render-static.js';

const USAGE =
  'usage: summit-timeline render <data.json> [--lang en|ru|uk|ko] [--theme light|dark|auto] [--layout vertical|auto|horizontal] [--id ID] [--heading-level N] [--fallback-only]';

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
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help || command !== 'render' || !file) {
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
  process.stdout.write(`${snippet}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`summit-timeline: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
