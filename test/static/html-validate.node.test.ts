// The static render and the fallback list are HTML that CMSs, feed readers
// and validators see as it is: checked with html-validate's recommended rules.
// Lit's hydration markers (comments and `<?>`) are taken out first: they are
// not markup a reader or validator acts on, and html-validate cannot parse `<?>`.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { HtmlValidate, type Message } from 'html-validate';
import { renderStatic } from '../../src/static/render-static.js';
import { readSourceText } from '../../src/data/read-source.js';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Lit SSR's indentation, not markup.
    'no-trailing-whitespace': 'off',
    // <br /> and <br> are both HTML; Prettier writes the first in templates.
    'void-style': 'off',
    // A focusable list item is named "date: headline" on purpose, so its whole card is not its name.
    'aria-label-misuse': 'off',
  },
});

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Article</title></head><body>${body.replace(/<\?>/g, '').replace(/<!--[\s\S]*?-->/g, '')}</body></html>`;
const problems = (messages: Message[]) => messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`);

async function validate(source: unknown, options: Parameters<typeof renderStatic>[1]) {
  const report = await validator.validateString(page(await renderStatic(source, options)));
  return problems(report.results.flatMap((r) => r.messages));
}

const chronology = JSON.parse(readFileSync(new URL('../../data/summit-2023.json', import.meta.url), 'utf8'));
const file = (name: string) => readFileSync(new URL(`../fixtures/timelinejs/${name}`, import.meta.url), 'utf8');

describe('html-validate on static output', () => {
  for (const fallbackOnly of [false, true]) {
    for (const lang of ['en', 'ko']) {
      it(`finds nothing in the default chronology (${fallbackOnly ? '--fallback-only' : 'full render'}, ${lang})`, async () => {
        expect(await validate(chronology, { id: 'summit', lang, fallbackOnly })).to.deep.equal([]);
      });
    }
  }

  it('finds no repeated id where an era and an event share one, with two timelines on a page', async () => {
    const twice = page((await renderStatic(chronology, { id: 'one' })) + (await renderStatic(chronology, { id: 'two' })));
    const report = await validator.validateString(twice);
    expect(problems(report.results.flatMap((r) => r.messages))).to.deep.equal([]);
  });

  it('finds nothing in TimelineJS files with HTML media, B.C. years and headline-less slides', async () => {
    for (const name of ['media-and-markup.json', 'bce.json']) {
      const { doc } = await readSourceText(file(name), { field: 'src' });
      expect(doc.events.length, name).to.be.above(0);
      expect(await validate(JSON.parse(file(name)), { id: name.replace('.json', '') }), name).to.deep.equal([]);
    }
  });
});
