// amp.html against AMP's documented rules (issue 32, finding 10). No AMP validator
// runs offline (the npm ones fetch their rules from the AMP CDN), so this test is
// written from the documentation, rule by rule:
// - amp.dev, "amp-iframe": src must be https; `sandbox` is set; a `resizable` frame has
//   an `overflow` child; a `placeholder` child shows until the frame loads; layouts;
// - amp.dev, "amp-img": src https, `alt` for the image, `layout="fill"` inside a placeholder;
// - amp.dev, "AMP HTML specification": no <script> of one's own, no <iframe>, <frame>,
//   <object> or <embed>, no `on…` event attributes, no `javascript:` addresses.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { publishText } from '../../src/static/publish.js';

type Element = DefaultTreeAdapterMap['element'];
const chronology = JSON.parse(readFileSync(new URL('../../data/summit-2023.json', import.meta.url), 'utf8'));
const options = {
  baseUrl: 'https://cdn.example/graphics/summit/',
  embedUrl: 'https://cdn.example/graphics/summit/embed.html',
  id: 'summit',
};

const elements = (node: { childNodes?: unknown[] }): Element[] =>
  ((node.childNodes ?? []) as Element[]).flatMap((child) => (child.tagName ? [child, ...elements(child)] : []));
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const LAYOUTS = ['fill', 'fixed', 'fixed-height', 'flex-item', 'intrinsic', 'nodisplay', 'responsive'];

describe('amp.html by AMP’s documented rules', () => {
  it('is an amp-iframe AMP accepts: https, sandboxed, resizable with its overflow button, a placeholder image', async () => {
    const { files } = await publishText(chronology, options);
    const tree = parseFragment(files['amp.html']);
    const all = elements(tree);
    const frame = all.find((el) => el.tagName === 'amp-iframe')!;
    expect(frame, 'an amp-iframe').to.not.equal(undefined);
    expect(new URL(attr(frame, 'src')!).protocol).to.equal('https:');
    expect(attr(frame, 'sandbox')).to.contain('allow-scripts');
    expect(LAYOUTS).to.include(attr(frame, 'layout'));
    // responsive needs both dimensions.
    expect(Number(attr(frame, 'width'))).to.be.above(0);
    expect(Number(attr(frame, 'height'))).to.be.above(0);
    const children = frame.childNodes.filter((n): n is Element => 'tagName' in n);
    if (attr(frame, 'resizable') !== undefined)
      expect(
        children.some((c) => attr(c, 'overflow') !== undefined),
        'an overflow child',
      ).to.equal(true);
    const placeholder = children.find((c) => attr(c, 'placeholder') !== undefined)!;
    expect(placeholder.tagName).to.equal('amp-img');
    expect(attr(placeholder, 'layout')).to.equal('fill');
    expect(new URL(attr(placeholder, 'src')!).protocol).to.equal('https:');
    expect(attr(placeholder, 'alt')).to.be.a('string').and.not.equal('');
    // The first screen, not the whole chronology squashed into the box.
    expect(attr(placeholder, 'src')).to.match(/first-screen\.jpg$/);
    // Nothing AMP forbids.
    for (const el of all) {
      expect(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'style']).to.not.include(el.tagName);
      for (const { name, value } of el.attrs) {
        expect(name, `${el.tagName} ${name}`).to.not.match(/^on/);
        expect(value, `${el.tagName} ${name}`).to.not.match(/^\s*javascript:/i);
        if (['src', 'href'].includes(name)) expect(new URL(value).protocol, `${el.tagName} ${name}`).to.equal('https:');
      }
    }
    // The one script AMP needs goes in the page's head, as the snippet says.
    expect(files['amp.html']).to.contain(
      '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>',
    );
  });
});
