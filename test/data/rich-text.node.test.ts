import { describe, it } from 'node:test';
import { expect } from 'chai';
import { decodeEntities } from '../../src/data/entities.js';
import { nestQuotations } from '../../src/data/quotations.js';
import { parseInline, parseParagraphs, parseRichText, richTextToPlain } from '../../src/data/rich-text.js';

describe('parseRichText', () => {
  it('keeps the allowlisted elements and their safe attributes', () => {
    expect(parseRichText('A <em>b</em> <a href="https://x.org" onclick="y()">c</a> <abbr title="United Nations">U.N.</abbr>')).to.deep.equal([
      'A ',
      { tag: 'em', attrs: {}, children: ['b'] },
      ' ',
      { tag: 'a', attrs: { href: 'https://x.org/' }, children: ['c'] },
      ' ',
      { tag: 'abbr', attrs: { title: 'United Nations' }, children: ['U.N.'] },
    ]);
  });

  it('reduces other elements to their text and drops script-like content entirely', () => {
    expect(richTextToPlain(parseRichText('<div><span>kept</span></div><script>gone()</script><svg><text>gone</text></svg><style>x{}</style>!'))).to.equal('kept!');
  });

  it('treats a stray "<" as text and decodes entities once', () => {
    expect(richTextToPlain(parseRichText('1 < 2 &amp;&amp; 3 &gt; 2 &#x41;&#66; &bogus;'))).to.equal('1 < 2 && 3 > 2 AB &bogus;');
  });

  it('closes what the author left open and ignores stray closing tags', () => {
    expect(parseRichText('<b>bold <i>both</b> after</i>')).to.deep.equal([
      { tag: 'b', attrs: {}, children: ['bold ', { tag: 'i', attrs: {}, children: ['both'] }] },
      ' after',
    ]);
  });

  it('flattens a link inside a link to its text, keeping the outer link', () => {
    expect(parseRichText('<a href="https://a.org">outer <a href="https://b.org">inner</a> tail</a>')).to.deep.equal([
      { tag: 'a', attrs: { href: 'https://a.org/' }, children: ['outer inner tail'] },
    ]);
  });

  it('nests the quotations inside a quotation, keeping every word', () => {
    const quote = 'Putin responded: “That’s why we came here.” He added “more.”';
    expect(nestQuotations(quote)).to.deep.equal([
      'Putin responded: ',
      { tag: 'q', attrs: {}, children: ['That’s why we came here.'] },
      ' He added ',
      { tag: 'q', attrs: {}, children: ['more.'] },
    ]);
    expect(nestQuotations('No marks.')).to.deep.equal(['No marks.']);
  });

  it('splits bodies into paragraphs by <p> or blank lines', () => {
    expect(parseParagraphs('<p>One</p><p>Two <em>x</em></p>').map(richTextToPlain)).to.deep.equal(['One', 'Two x']);
    expect(parseParagraphs('One\n\nTwo').map(richTextToPlain)).to.deep.equal(['One', 'Two']);
    expect(parseInline('plain text')).to.deep.equal(['plain text']);
  });
});

describe('lists in a TimelineJS sheet’s Text (issue 30, finding 7)', () => {
  const text = '<p>Her platform:</p><ul><li>Pledges to self-fund</li><li>Calls for <b>term</b> limits<li>Backs the bill</ul>More';

  it('keeps a list as a block of its own, each item closed by the next as an HTML parser does', () => {
    const paragraphs = parseParagraphs(text);
    expect(paragraphs).to.have.length(3);
    const [list] = paragraphs[1];
    expect(list).to.deep.include({ tag: 'ul' });
    const items = typeof list === 'string' ? [] : list.children;
    expect(items.map((item) => (typeof item === 'string' ? item : richTextToPlain([item])))).to.deep.equal([
      'Pledges to self-fund',
      'Calls for term limits',
      'Backs the bill',
    ]);
  });

  it('reads as items on lines of their own, never run together', () => {
    const plain = parseParagraphs(text).map(richTextToPlain).join('\n\n');
    expect(plain).to.contain('• Pledges to self-fund\n• Calls for term limits\n• Backs the bill');
    expect(richTextToPlain(parseRichText('<ol><li>One</li><li>Two</li></ol>')).trim()).to.equal('1. One\n2. Two');
  });
});

describe('entities', () => {
  it('decode numeric references within Unicode only', () => {
    expect(decodeEntities('&#xD800;&#1114112;&#65;')).to.equal('\ufffd\ufffdA');
  });
});
