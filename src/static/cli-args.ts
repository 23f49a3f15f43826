/**
 * The command line as users type it, read into one request or one usage error.
 * Pure (no I/O), so each convention is tested without spawning: --help and
 * --version answer on standard output, and anything the CLI cannot act on is a
 * UsageError whose message is one line naming the problem and the choices
 * (cli.ts prints it and exits 2, never a stack trace).
 */
import { parseArgs } from 'node:util';
import { LAYOUT_CHOICES, THEMES, type LayoutChoice, type Theme } from '../components/summit-timeline/options.js';
import { INTERFACE_LANGUAGES, baseLanguage } from '../i18n/load-language.js';
import { SCALES, type Scale } from '../layout/axis.js';
import { isStylesheetFolder } from './stylesheets.js';
import type { ViewOptions } from './view-options.js';

export class UsageError extends Error {}

export const COMMANDS = ['render', 'oembed', 'publish'] as const;
export type Command = (typeof COMMANDS)[number];

export const USAGE = `usage: summit-timeline <command> <data.json|data.csv> [options]

commands:
  render    write the static embed (declarative shadow DOM, data, readable list) to standard output
  oembed    write the folder a URL pasted into WordPress needs
  publish   write one folder with a file for every channel (needs puppeteer-core for the images)

options:
  --lang ${INTERFACE_LANGUAGES.join('|')}           the interface language (or the data's own language)
  --theme ${THEMES.join('|')}       render, publish
  --layout ${LAYOUT_CHOICES.join('|')}  render, publish (the pages and the frame)
  --scale ${SCALES.join('|')}        render, publish: the axis' spacing, once a wide page shows it
  --id ID                      the timeline's id (deep links, the frame's messages)
  --heading-level 2-5          render, publish: the level of the timeline's heading (its events one below)
  --no-header                  render, publish: no title, description or credit (the page gives its own)
  --selected EVENT-ID          render, publish: the event shown first
  --fallback-only              render: the readable list alone, no element
  --stylesheets URL/           render: link summit-timeline.css and summit-timeline-page.css
                               from this folder, for pages whose CSP allows no inline styles
  --base-url URL/              oembed, publish: where the folder will be published
  --embed-url URL              oembed (required), publish: the hosted embed page
  --provider NAME              oembed, publish: the newsroom's name, as the oEmbed provider
  --provider-url URL           oembed, publish: its site (default: the --base-url's origin)
  --out DIR                    oembed, publish: the folder to write
  -h, --help                   this text
  -v, --version                the version`;

const OPTIONS = {
  lang: { type: 'string' },
  theme: { type: 'string' },
  layout: { type: 'string' },
  scale: { type: 'string' },
  'no-header': { type: 'boolean' },
  selected: { type: 'string' },
  id: { type: 'string' },
  'heading-level': { type: 'string' },
  'fallback-only': { type: 'boolean' },
  stylesheets: { type: 'string' },
  'base-url': { type: 'string' },
  'embed-url': { type: 'string' },
  provider: { type: 'string' },
  'provider-url': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** What the user asked for, its values checked as far as they can be without the data. */
export interface RunRequest {
  readonly kind: 'run';
  readonly command: Command;
  readonly file: string;
  readonly lang?: string;
  readonly theme?: Theme;
  readonly layout?: LayoutChoice;
  readonly scale?: Scale;
  readonly noHeader: boolean;
  readonly selected?: string;
  readonly id?: string;
  readonly headingLevel?: number;
  readonly fallbackOnly: boolean;
  readonly stylesheets?: string;
  readonly baseUrl?: string;
  readonly embedUrl?: string;
  readonly provider?: { readonly name: string; readonly url?: string };
  readonly out?: string;
}
export type CliRequest = { readonly kind: 'help' } | { readonly kind: 'version' } | RunRequest;

const optionNames = Object.keys(OPTIONS)
  .map((name) => `--${name}`)
  .join(', ');

function oneOf<T extends string>(option: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} '${value}' is not one of ${choices.join(', ')}`);
}

export function parseCli(argv: readonly string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // Node's own wording ("Unknown option '--x'. To specify a positional argument…") names the
    // option but not what there is; its first sentence, and our list.
    const first = (error as Error).message.split('. ')[0];
    throw new UsageError(`${first}; the options are ${optionNames}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, file, ...extra] = positionals;
  if (!command) throw new UsageError(`no command given; the commands are ${COMMANDS.join(', ')} (--help for more)`);
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`'${command}' is not a command; the commands are ${COMMANDS.join(', ')}`);
  if (!file) throw new UsageError(`${command} needs a data file: summit-timeline ${command} <data.json|data.csv>`);
  if (extra.length > 0) throw new UsageError(`one data file at a time; also given: ${extra.join(' ')}`);
  const needs = (option: 'base-url' | 'embed-url' | 'out') => {
    if (typeof values[option] !== 'string' || values[option] === '') throw new UsageError(`${command} needs --${option}`);
  };
  if (command !== 'render') {
    needs('base-url');
    needs('out');
    if (command === 'oembed') needs('embed-url');
  }
  const rawLevel = values['heading-level'];
  const headingLevel = rawLevel === undefined ? undefined : Number(rawLevel);
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 2 && headingLevel <= 5))
    throw new UsageError(`--heading-level '${rawLevel}' is not one of 2, 3, 4, 5`);
  const stylesheets = values.stylesheets;
  if (stylesheets !== undefined && !isStylesheetFolder(stylesheets))
    throw new UsageError(`--stylesheets '${stylesheets}' is not a folder's address: an http(s) URL or a path, ending in "/"`);
  const providerUrl = values['provider-url'];
  if (providerUrl !== undefined && !/^https?:\/\/[^/]/i.test(providerUrl))
    throw new UsageError(`--provider-url '${providerUrl}' is not an http(s) address`);
  if (providerUrl !== undefined && !values.provider) throw new UsageError('--provider-url needs --provider, the name it belongs to');
  // AMP pages load frames and images from https only; a published folder is for every channel (issue 32).
  if (command === 'publish')
    for (const option of ['base-url', 'embed-url'] as const) {
      const value = values[option];
      if (typeof value === 'string' && /^http:/i.test(value))
        throw new UsageError(`--${option} '${value}' must be https: AMP pages and most news sites load frames and images from https only`);
    }
  const theme = oneOf('theme', values.theme, THEMES);
  const layout = oneOf('layout', values.layout, LAYOUT_CHOICES);
  const scale = oneOf('scale', values.scale, SCALES);
  return {
    kind: 'run',
    command: command as Command,
    file,
    fallbackOnly: values['fallback-only'] === true,
    noHeader: values['no-header'] === true,
    ...(values.selected ? { selected: values.selected } : {}),
    ...(scale ? { scale } : {}),
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    ...(theme ? { theme } : {}),
    ...(layout ? { layout } : {}),
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(headingLevel !== undefined ? { headingLevel } : {}),
    ...(stylesheets !== undefined ? { stylesheets } : {}),
    ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
    ...(values['embed-url'] !== undefined ? { embedUrl: values['embed-url'] } : {}),
    ...(values.provider ? { provider: { name: values.provider, ...(providerUrl ? { url: providerUrl } : {}) } } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}

/**
 * `--lang` once the data is read: a language the interface speaks, or the
 * data's own (a story written in German gets German dates from the browser's
 * Intl and English interface words). Anything else would publish an interface
 * in a language nobody asked for, silently.
 */
export function checkLanguage(lang: string | undefined, dataLanguages: readonly string[]): void {
  if (lang === undefined) return;
  const known = [...new Set([...INTERFACE_LANGUAGES, ...dataLanguages.map(baseLanguage).filter(Boolean)])];
  if (!known.includes(baseLanguage(lang)))
    throw new UsageError(`--lang '${lang}' is neither an interface language nor the data's; choose one of ${known.join(', ')}`);
}

/** The view options a command line asked for. */
export function viewOptions(request: RunRequest): ViewOptions {
  return {
    ...(request.lang ? { lang: request.lang } : {}),
    ...(request.theme ? { theme: request.theme } : {}),
    ...(request.layout ? { layout: request.layout } : {}),
    ...(request.scale ? { scale: request.scale } : {}),
    ...(request.headingLevel ? { headingLevel: request.headingLevel } : {}),
    ...(request.noHeader ? { noHeader: true } : {}),
    ...(request.selected ? { selected: request.selected } : {}),
  };
}
