// `summit-timeline publish`: every file a channel needs, checked as that
// channel would take it — valid HTML, the oEmbed fields, e-mail without
// script or style blocks that reads as the chronology in text, images of
// the stated size that are not blank and come out the same twice.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { HtmlValidate } from 'html-validate';
import { PNG } from 'pngjs';
import { CARD, manifest, publishText } from '../../src/static/publish.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromCsv } from '../../src/data/import-csv.js';
import { cardHtml, drawSnapshots } from '../../src/static/snapshots.js';
import { isPublicAddress } from '../../src/static/public-address.js';
import { createServer } from 'node:http';

const chronology = JSON.parse(readFileSync(new URL('../../data/summit-2023.json', import.meta.url), 'utf8'));
const tjs = JSON.parse(readFileSync(new URL('../fixtures/timelinejs/media-and-markup.json', import.meta.url), 'utf8'));
const options = {
  baseUrl: 'https://cdn.example/graphics/summit/',
  embedUrl: 'https://cdn.example/graphics/summit/embed.html',
  id: 'summit',
};
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-trailing-whitespace': 'off',
    'no-inline-style': 'off',
    'aria-label-misuse': 'off',
    'void-style': 'off',
    'long-title': 'off',
  },
});
const strip = (html: string) => html.replace(/<\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
const fragment = (html: string) => `<!DOCTYPE html><html lang="en"><head><title>Article</title></head><body>${strip(html)}</body></html>`;
// Mail clients (Outlook above all) still need width, cellpadding and valign: deprecated in HTML, kept on purpose.
const mailValidator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'no-trailing-whitespace': 'off', 'no-inline-style': 'off', 'no-deprecated-attr': 'off' },
});
const invalid = async (html: string, v = validator) =>
  (await v.validateString(html)).results.flatMap((r) => r.messages).map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('publish: the text files', () => {
  for (const [name, source] of [
    ['the default chronology', chronology],
    ['a TimelineJS file', tjs],
  ] as const) {
    it(`writes valid HTML for ${name}`, async () => {
      const { files } = await publishText(source, options);
      expect(await invalid(strip(files['index.html'])), 'index.html').to.deep.equal([]);
      for (const file of ['snippet.html', 'fallback.html'] as const) {
        expect(await invalid(fragment(files[file])), file).to.deep.equal([]);
      }
      expect(await invalid(fragment(files['email.html']), mailValidator), 'email.html').to.deep.equal([]);
    });
  }

  it('gives the page its title, description, canonical link, social-card tags and noindex,indexifembedded', async () => {
    const { files } = await publishText(chronology, options);
    const page = files['index.html'];
    expect(page).to.contain('<title>Russia and North Korea: nearly eight decades of ties</title>');
    expect(page).to.contain('<link rel="canonical" href="https://cdn.example/graphics/summit/">');
    expect(page).to.contain('<meta name="robots" content="noindex,indexifembedded">');
    expect(page).to.contain('<meta property="og:image" content="https://cdn.example/graphics/summit/card.png">');
    expect(page).to.contain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).to.contain('type="application/json+oembed" href="https://cdn.example/graphics/summit/oembed.json"');
    // First the warning a WordPress Author sees as they paste it (issue 33, finding 6), then the preload.
    const [warning, preload] = files['snippet.html'].split('\n');
    expect(warning).to.match(/^<!-- .*WordPress Authors.*paste the folder's address.* -->$/);
    expect(preload).to.equal('<link rel="modulepreload" href="https://cdn.example/graphics/summit/summit-timeline.hydrate.min.js">');
  });

  it("gives the page no inline style, linking the stylesheets written beside it (a CSP with style-src 'self')", async () => {
    const { files } = await publishText(chronology, options);
    const page = files['index.html'];
    expect(page).to.not.match(/<style|\sstyle=/);
    expect(page).to.contain('<link rel="stylesheet" href="./summit-timeline.css">');
    expect(page).to.contain('<link rel="stylesheet" href="./summit-timeline-page.css">');
    expect(files['summit-timeline.css']).to.match(/:host\s*\{/);
    expect(files['summit-timeline-page.css']).to.contain('[data-summit-fallback]{display:none}');
    // The snippet is pasted into pages that host none of our files: its styles stay inline.
    expect(files['snippet.html']).to.contain('<style>');
  });

  it('shows the events in one order in every output, whatever the sheet’s order (issue 30, finding 9)', async () => {
    const csv = 'Year,Month,Day,Headline,Text\n2023,9,13,The summit,a\n1950,,,The war,b\n2006,10,14,The sanctions,c\n';
    const { files } = await publishText(fromCsv(csv).raw, options);
    const order = (html: string) => ['The war', 'The sanctions', 'The summit'].map((headline) => html.indexOf(headline));
    for (const name of ['email.html', 'fallback.html', 'snippet.html', 'index.html'] as const) {
      const at = order(files[name]);
      expect(at.every((i) => i >= 0) && at[0] < at[1] && at[1] < at[2], `${name}: ${at}`).to.equal(true);
    }
  });

  it('answers oEmbed with every field a rich response requires', async () => {
    const { files } = await publishText(chronology, options);
    const response = JSON.parse(files['oembed.json']);
    expect(response).to.include({ version: '1.0', type: 'rich' });
    for (const field of ['html', 'width', 'height']) expect(response, field).to.have.property(field);
    expect(response.html).to.contain('embed.html?src=https%3A%2F%2Fcdn.example%2Fgraphics%2Fsummit%2Fdata.json');
  });

  it('names its provider, how long to keep it and its thumbnail, in JSON and in XML, both discoverable (issue 32, finding 8)', async () => {
    const withNewsroom = { ...options, provider: { name: 'The Daily Planet', url: 'https://dailyplanet.example/' }, thumbnail: CARD };
    const { files } = await publishText(chronology, withNewsroom);
    const response = JSON.parse(files['oembed.json']);
    // oembed.com, section 2.3.4: the optional fields a static response can know, the thumbnail's three together.
    expect(response).to.include({
      provider_name: 'The Daily Planet',
      provider_url: 'https://dailyplanet.example/',
      cache_age: 86400,
      thumbnail_url: 'https://cdn.example/graphics/summit/card.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    // The XML response: well-formed, one <oembed> with the same fields and values.
    expect(XMLValidator.validate(files['oembed.xml'])).to.equal(true);
    const xml = new XMLParser({ parseTagValue: false }).parse(files['oembed.xml']).oembed;
    expect(Object.keys(xml)).to.deep.equal(Object.keys(response));
    for (const [field, value] of Object.entries(response)) expect(String(xml[field]), field).to.equal(String(value));
    const page = files['index.html'];
    expect(page).to.contain('type="application/json+oembed" href="https://cdn.example/graphics/summit/oembed.json"');
    expect(page).to.contain('type="text/xml+oembed" href="https://cdn.example/graphics/summit/oembed.xml"');
    // Without a newsroom named, the folder's site stands for it.
    const plain = JSON.parse((await publishText(chronology, options)).files['oembed.json']);
    expect(plain).to.include({ provider_name: 'summit-timeline', provider_url: 'https://cdn.example/' });
  });

  it('writes e-mail with no script, no style block, no external CSS, that reads as the chronology', async () => {
    const { files } = await publishText(chronology, options);
    const mail = files['email.html'];
    expect(mail).to.not.match(/<script|<style|<link/i);
    const text = textOf(mail);
    const order = [
      'c. 1945',
      'Stalin and Kim Il Sung forge the alliance',
      '1950–53',
      'Oct. 14, 2006',
      'Feb. 24, 2022',
      'Sept. 13, 2023',
      'Putin and Kim meet at the Vostochny cosmodrome',
    ];
    // Each in turn, after the one before it: the chronology in order.
    let at = 0;
    for (const phrase of order) {
      at = text.indexOf(phrase, at);
      expect(at, `${phrase} in order`).to.be.at.least(0);
    }
    expect(mail).to.contain('alt="Timeline: Russia and North Korea: nearly eight decades of ties"');
  });

  it('gives AMP an amp-iframe with the snapshot as its placeholder and an overflow button', async () => {
    const { files } = await publishText(chronology, options);
    expect(files['amp.html']).to.match(
      /<amp-iframe[^>]+resizable[^>]*\n?\s*src="https:\/\/cdn\.example\/graphics\/summit\/embed\.html\?src=/,
    );
    // Its placeholder is the first screen, not the whole chronology squashed into the box (issue 32, finding 10).
    expect(files['amp.html']).to.contain('<amp-img placeholder layout="fill" src="https://cdn.example/graphics/summit/first-screen.jpg"');
    expect(files['amp.html']).to.contain('overflow');
  });

  it('lists every file in the manifest with its purpose, size and checksum', async () => {
    const { files } = await publishText(chronology, options);
    const all = JSON.parse(manifest(files)).files as { name: string; purpose: string; bytes: number; sha256: string }[];
    // Itself last, without a checksum of its own.
    expect(all.at(-1)).to.deep.equal({ name: 'manifest.json', purpose: 'This list of the folder’s files' });
    const list = all.slice(0, -1);
    expect(list.map((f) => f.name)).to.deep.equal(Object.keys(files));
    for (const file of list) {
      expect(file.purpose, file.name).to.not.equal('');
      expect(file.bytes).to.equal(Buffer.byteLength(files[file.name as keyof typeof files]));
      expect(file.sha256).to.match(/^[0-9a-f]{64}$/);
    }
  });

  it('puts the title, the span of years, the events and the newsroom on the card, legible at 600×315', async () => {
    const { doc, language } = await publishText(chronology, options);
    const html = cardHtml(doc, language, 'The Daily Planet');
    const card = textOf(html);
    expect(card).to.contain('Russia and North Korea: nearly eight decades of ties').and.contain('1945–2023');
    expect(card).to.contain('Timeline · 5 events').and.contain('The Daily Planet');
    expect(html.match(/class="dot"/g)).to.have.length(5);
    // Halved in a feed, no text is under 14 px.
    const sizes = [...html.matchAll(/font-size: (\d+)px/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).to.be.at.least(28);
  });
});

/** A JPEG's pixel size, from its first start-of-frame segment. */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
  expect(jpeg.readUInt16BE(0), 'a JPEG').to.equal(0xffd8);
  for (let at = 2; at < jpeg.length;) {
    const marker = jpeg.readUInt16BE(at);
    if (marker >= 0xffc0 && marker <= 0xffc3) return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) };
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('no frame in the JPEG');
}

describe('publish: the images', () => {
  const variance = (png: PNG) => {
    let sum = 0;
    let squares = 0;
    const n = png.width * png.height;
    for (let i = 0; i < png.data.length; i += 4) {
      const v = (png.data[i] + png.data[i + 1] + png.data[i + 2]) / 3;
      sum += v;
      squares += v * v;
    }
    return squares / n - (sum / n) ** 2;
  };

  it('tells public addresses from loopback, private, link-local, metadata and reserved ones', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '151.101.1.69', '2606:4700::1111', '2a00:1450:4001:80e::200e'])
      expect(isPublicAddress(address), address).to.equal(true);
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      'not an address',
    ])
      expect(isPublicAddress(address), address).to.equal(false);
  });

  it('loads no photo from a loopback or plain-http address, and names each one it left out', async () => {
    // The internal service a newsroom's CI might sit beside, played by a loopback server that counts what reaches it.
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;
    try {
      const internal = [`http://127.0.0.1:${port}/a.png`, `https://127.0.0.1:${port}/b.png`, `https://localhost:${port}/d.png`];
      const data = {
        events: [
          ...internal.map((url, i) => ({ id: `e${i}`, date: `200${i}`, headline: `Photo ${i}`, media: { url, alt: 'A photo' } })),
          { id: 'relative', date: '2010', headline: 'A photo beside the page', media: { url: 'c.png', alt: 'A photo' } },
        ],
      };
      const base = `http://127.0.0.1:${port}/story/`;
      const { doc, language, snippet } = await publishText(data, { ...options, baseUrl: base });
      const refused: string[] = [];
      const images = await drawSnapshots(snippet, doc, language, 'en', base, (url) => refused.push(url));
      expect(requests, 'requests that reached the internal server').to.equal(0);
      expect(refused.sort()).to.deep.equal([...internal, `${base}c.png`].sort());
      expect(PNG.sync.read(Buffer.from(images['snapshot.png'])).width).to.equal(2 * 680);
    } finally {
      server.close();
    }
  });

  it('draws snapshot.png at 2× and card.png at 1200×630, not blank, the same twice', async () => {
    const { doc, language, snippet } = await publishText(chronology, options);
    const first = await drawSnapshots(snippet, doc, language, 'en', options.baseUrl);
    const second = await drawSnapshots(snippet, doc, language, 'en', options.baseUrl);
    const card = PNG.sync.read(Buffer.from(first['card.png']));
    const snapshot = PNG.sync.read(Buffer.from(first['snapshot.png']));
    expect([card.width, card.height]).to.deep.equal([1200, 630]);
    expect(snapshot.width).to.equal(2 * 680);
    expect(snapshot.height).to.be.above(2 * 1500);
    expect(variance(card)).to.be.above(100);
    expect(variance(snapshot)).to.be.above(100);
    // The first screen: a JPEG of 600×600 at 2×, small enough for an e-mail (issue 32, finding 9).
    const jpeg = Buffer.from(first['first-screen.jpg']);
    expect(jpegSize(jpeg)).to.deep.equal({ width: 1200, height: 1200 });
    expect(jpeg.length, 'first-screen.jpg bytes').to.be.below(200_000);
    for (const name of ['card.png', 'snapshot.png'] as const) {
      const [a, b] = [PNG.sync.read(Buffer.from(first[name])), PNG.sync.read(Buffer.from(second[name]))];
      expect([b.width, b.height], name).to.deep.equal([a.width, a.height]);
      let differ = 0;
      for (let i = 0; i < a.data.length; i += 4) if (a.data.readUInt32BE(i) !== b.data.readUInt32BE(i)) differ++;
      expect(differ / (a.width * a.height), name).to.be.below(0.001);
    }
  });
});
