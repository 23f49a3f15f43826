// One URL policy, one string (issue 29): whatever the policy accepts, the WHATWG URL
// parser (Node's, the browsers' algorithm) and an HTML parser (parse5, the HTML5
// tokenizer browsers implement) must read with the same scheme and host — whether
// the value reaches a page escaped, as every output writes it, or raw, as a careless
// sink would. An HTML parser decodes character references (all of HTML5's named
// ones, numeric ones without `;`) before the URL parser sees the value; the policy
// judges the value as written. Where those two readings could part, the policy
// must refuse. The accepted scheme is http, https or mailto, or the value is a path
// that stays on the page's site.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { checkUrl, type UrlUse } from '../../src/data/urls.js';
import { escapeHtml } from '../../src/static/escape.js';
import { fuzz, obfuscatedUrl } from '../url-fuzz.js';

const PAGE = 'https://news.example/2023/09/summit/';
const ALLOWED: Readonly<Record<Exclude<UrlUse, 'data'>, readonly string[]>> = {
  link: ['http:', 'https:', 'mailto:'],
  citation: ['http:', 'https:'],
  media: ['http:', 'https:'],
};

/** What a browser's HTML parser hands the URL parser from `<a href="…">`. */
function hrefAsParsed(markup: string): string {
  const fragment = parseFragment(`<a href="${markup}">x</a>`);
  const a = fragment.childNodes[0] as unknown as { attrs: { name: string; value: string }[] };
  return a.attrs.find((attr) => attr.name === 'href')!.value;
}

function reading(value: string) {
  try {
    const url = new URL(value, PAGE);
    return { scheme: url.protocol, host: url.host };
  } catch {
    return { scheme: 'unparsable', host: '' };
  }
}

// Hosts, paths and queries disguised with the references an HTML parser decodes and
// the URL parser keeps as text: named (with and without `;`), numeric, and `&` as data.
const reference = fc.constantFrom(
  '&period;',
  '&#46;',
  '&#x2e',
  '&sol;',
  '&#47;',
  '&bsol;',
  '&commat;',
  '&colon;',
  '&Tab;',
  '&NewLine;',
  '&quest;',
  '&num;',
  '&amp;',
  '&amp',
  '&copy;',
  '&copy=',
  '&',
  '&#0;',
  '&#x110000;',
);
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('https://', 'http://', 'mailto:', '//', '/', '\\', '/\\', '\\\\', './', '../', '?', '#', '@') },
  { weight: 3, arbitrary: fc.constantFrom('evil.example', 'news.example', 'example.org', 'a', 'x.png', 'desk', '127.0.0.1', '[::1]', ':8080') },
  { weight: 2, arbitrary: reference },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }) },
);
const assembled = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const candidate = fc.oneof(assembled, obfuscatedUrl);

const accepted = { absolute: 0, relative: 0 };

function check(raw: string) {
  for (const use of Object.keys(ALLOWED) as (keyof typeof ALLOWED)[]) {
    const verdict = checkUrl(raw, use);
    if (!verdict.ok) continue;
    accepted[/^[a-z][a-z0-9+.-]*:/i.test(verdict.url) ? 'absolute' : 'relative']++;
    const url = verdict.url;
    const judged = reading(url);
    const where = `${use} accepted ${JSON.stringify(raw)} as ${JSON.stringify(url)}`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) expect(ALLOWED[use], `${where}: scheme`).to.include(judged.scheme);
    else expect(judged, `${where}: a path that leaves the page's site`).to.deep.equal(reading(PAGE));
    expect(reading(hrefAsParsed(escapeHtml(url))), `${where}: written escaped`).to.deep.equal(judged);
    expect(reading(hrefAsParsed(url)), `${where}: written raw`).to.deep.equal(judged);
  }
}

describe('the URL policy against the WHATWG URL parser and parse5', () => {
  it('accepts only values both read with the same allowed scheme and host, escaped or raw', () => {
    fuzz(candidate, check, 20000);
    // A property over values nobody accepts would hold vacuously: enough of both kinds were checked.
    expect(accepted.absolute, 'absolute addresses accepted and checked').to.be.greaterThan(1000);
    expect(accepted.relative, 'paths accepted and checked').to.be.greaterThan(1000);
  });

  it('refuses the host disguises the fuzzer found first', () => {
    // Each parses as a URL whose host contains the reference as text, and an HTML
    // parser turns it into another host: evil.example, or news.example//evil.example.
    for (const raw of ['https://evil&period;example/x.png', 'https://evil&#46;example/', 'https://news.example&sol;&sol;evil.example/'])
      for (const use of ['link', 'citation', 'media'] as const) expect(checkUrl(raw, use), `${use} ${raw}`).to.deep.equal({ ok: false, reason: 'notPlausible' });
    // In the path and query, references are the address's own text, read the same way by both.
    expect(checkUrl('https://news.example/search?q=a&b=c&copy=2', 'link').ok).to.equal(true);
  });
});
