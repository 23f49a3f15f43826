// The readers of untrusted text run on a reader's main thread: each must take
// time linear in its input (issue 29, finding 4). Each gets 1 MB of the shapes
// that made one quadratic, or that a backtracking pattern would choke on. The
// bound is generous — a quadratic reader needs minutes for 1 MB, a linear one
// milliseconds — so it does not flake on a busy machine.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseRichText } from '../../src/data/rich-text.js';
import { slugFromHeadline } from '../../src/data/slug.js';
import { readHtmlMedia } from '../../src/data/html-media.js';
import { nestQuotations } from '../../src/data/quotations.js';

const MB = 1_000_000;
const BOUND_MS = 2000;
const fill = (unit: string, prefix = '', suffix = '') => prefix + unit.repeat(Math.ceil((MB - prefix.length - suffix.length) / unit.length)) + suffix;

function linear(name: string, read: (input: string) => unknown, shapes: readonly string[]) {
  it(`${name} reads 1 MB of each worst case in under ${BOUND_MS} ms`, () => {
    for (const input of shapes) {
      const start = performance.now();
      read(input);
      const ms = performance.now() - start;
      expect(ms, `${JSON.stringify(input.slice(0, 24))}… took ${ms.toFixed(0)} ms`).to.be.below(BOUND_MS);
    }
  });
}

describe('readers of untrusted text, on 1 MB', () => {
  linear('the rich-text reader', parseRichText, [
    fill('<a '),
    fill('<a x="'),
    fill('<a "q" '),
    fill('<'),
    fill('<a '),
    fill('<!--'),
    fill('<i>'),
    fill('</x>', fill('<b>').slice(0, MB / 2)),
    fill('<a href="https://example.org/">x'),
    fill('&amp;'),
    fill('<a <a <a >'),
  ]);
  linear('the slug reader', slugFromHeadline, [fill('<'), fill('<a '), fill('<a>'), fill('é')]);
  linear('the HTML-media reader', readHtmlMedia, [
    fill(' ', '<blockquote>\n--', '<'),
    fill('<cite>', '<blockquote>', '</cite>'),
    fill('<p>', '<blockquote class="twitter-tweet">'),
    fill('<iframe'),
    fill('<blockquote'),
    fill('<a ', '<blockquote class="instagram-media">'),
    fill('\n-- a', '<blockquote>'),
  ]);
  linear('the quotation reader', nestQuotations, [fill('“'), fill('“a'), fill('a', '“'), fill('”“')]);
});
