// One option set (issue 32, finding 2): each option a producer changes in make.html
// reaches every embed code — the element, the iframe's address, the static render's
// command and the publish command — and those commands, read by the CLI's own parser,
// carry it into what they write: the rendered element, publish's pages, and the frame
// its oEmbed response and AMP snippet load.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { embedCodes, type MakeOptions } from '../../src/make/embed-codes.js';
import { MAKE_DEFAULTS } from './make-options.js';
import { validateDocument } from '../../src/data/validate.js';
import { en } from '../../src/i18n/en.js';
import { parseCli, viewOptions, type RunRequest } from '../../src/static/cli-args.js';
import { renderStatic } from '../../src/static/render-static.js';
import { publishText } from '../../src/static/publish.js';

const raw = JSON.parse(readFileSync(new URL('../../data/summit-2023.json', import.meta.url), 'utf8'));
const { doc } = validateDocument(raw);

const DEFAULTS: MakeOptions = { ...MAKE_DEFAULTS, dataUrl: 'https://cdn.example/graphics/summit/data.json' };

/** Each option changed once from its default: the element's attribute and the frame's parameter it becomes. */
const CHANGES: ReadonlyArray<{ change: Partial<MakeOptions>; attribute: string; value: string }> = [
  { change: { layout: 'horizontal' }, attribute: 'layout', value: 'horizontal' },
  { change: { scale: 'sequence' }, attribute: 'scale', value: 'sequence' },
  { change: { headingLevel: 3 }, attribute: 'heading-level', value: '3' },
  { change: { noHeader: true }, attribute: 'no-header', value: '' },
  { change: { theme: 'dark' }, attribute: 'theme', value: 'dark' },
  { change: { lang: 'ru' }, attribute: 'lang', value: 'ru' },
  { change: { selected: 'korean-war' }, attribute: 'selected', value: 'korean-war' },
];

/** The opening tag of the first <summit-timeline> in some HTML. */
const openingTag = (markup: string) => /<summit-timeline\b[^>]*>/.exec(markup)?.[0] ?? '';
/** Whether a tag carries the attribute with the value (a flag: present, any value). */
const carries = (tag: string, name: string, value: string) =>
  value === '' ? new RegExp(`\\s${name}(=""|\\s|>)`).test(tag) : tag.includes(` ${name}="${value}"`);

/** A command as the CLI reads it: the words after `npx summit-timeline`, to the first redirect. */
function command(code: string): RunRequest {
  const words = code
    .split('\n')[0]
    .replace(/^npx summit-timeline /, '')
    .replace(/ > .*$/, '')
    .split(' ');
  const request = parseCli(words);
  if (request.kind !== 'run') throw new Error(`not a run: ${code}`);
  return request;
}

describe('one option set, in every path (issue 32)', () => {
  for (const { change, attribute, value } of CHANGES) {
    it(`${attribute}${value ? `=${value}` : ''}: the element, the frame, the static render and publish all carry it`, async () => {
      const codes = Object.fromEntries(embedCodes(doc, raw, en, { ...DEFAULTS, ...change }).map((c) => [c.key, c.code]));
      const defaults = Object.fromEntries(embedCodes(doc, raw, en, DEFAULTS).map((c) => [c.key, c.code]));
      // The test can tell: with the defaults, none of the codes carries the option.
      expect(carries(openingTag(defaults.element), attribute, value)).to.equal(false);

      expect(carries(openingTag(codes.element), attribute, value), 'element code').to.equal(true);

      const frame = new URL(/src="([^"]+)"/.exec(codes.iframe)![1].replace(/&#38;|&amp;/g, '&'));
      expect(frame.searchParams.get(attribute), 'iframe address').to.equal(value);

      const render = command(codes.static);
      expect(render.command).to.equal('render');
      const snippet = await renderStatic(raw, { ...viewOptions(render), ...(render.id ? { id: render.id } : {}) });
      expect(carries(openingTag(snippet), attribute, value), `static render: ${openingTag(snippet)}`).to.equal(true);

      const publish = command(codes.wordpress);
      expect(publish.command).to.equal('publish');
      const { files } = await publishText(raw, {
        baseUrl: String(publish.baseUrl),
        embedUrl: new URL('embed.html', String(publish.baseUrl)).href,
        ...(publish.id ? { id: publish.id } : {}),
        view: viewOptions(publish),
      });
      for (const name of ['index.html', 'snippet.html', 'fallback.html'] as const)
        expect(carries(openingTag(files[name]), attribute, value), `publish ${name}: ${openingTag(files[name])}`).to.equal(true);
      const oembedFrame = new URL(/src="([^"]+)"/.exec(JSON.parse(files['oembed.json']).html)![1].replace(/&#38;|&amp;/g, '&'));
      expect(oembedFrame.searchParams.get(attribute), 'oembed.json frame').to.equal(value);
      const ampFrame = new URL(/\bsrc="([^"]+embed\.html[^"]*)"/.exec(files['amp.html'])![1].replace(/&#38;|&amp;/g, '&'));
      expect(ampFrame.searchParams.get(attribute), 'amp.html frame').to.equal(value);
    });
  }
});

describe('the options only some paths have', () => {
  it('gives the iframe its height, and publish the newsroom as the oEmbed provider', async () => {
    const codes = Object.fromEntries(
      embedCodes(doc, raw, en, { ...DEFAULTS, height: 1400, provider: 'The Daily Planet' }).map((c) => [c.key, c.code]),
    );
    expect(codes.iframe).to.contain('height: 1400px');
    const publish = command(codes.wordpress.replace("'The Daily Planet'", 'The_Daily_Planet'));
    expect(publish.provider).to.deep.equal({ name: 'The_Daily_Planet' });
    expect(codes.wordpress).to.contain("--provider 'The Daily Planet'");
  });
});
