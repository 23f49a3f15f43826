// What WordPress itself (Debian's wordpress 6.1 package, its PHP run by PHP,
// no database) does to each embed path a WordPress Author might use. These
// skip, saying why, where PHP or WordPress is not installed; npm test installs
// both on Debian.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validateDocument } from '../../src/data/validate.js';
import { oembedFiles } from '../../src/static/oembed.js';
import { defaultJson } from '../helpers.js';
import { runWordPress, wordpressMissing } from '../wordpress/run.js';

const missing = wordpressMissing();
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** The README's own embed codes, as a reader would copy them. */
const fromReadme = (start: string, end: string) => {
  const at = readme.indexOf(start);
  return readme.slice(at, readme.indexOf(end, at) + end.length);
};

const OPTIONS = {
  baseUrl: 'https://cdn.example/graphics/summit/',
  embedUrl: 'https://cdn.example/summit-timeline/embed.html',
  id: 'summit',
};

describe('WordPress, for an Author (wp_kses_post)', { skip: missing }, () => {
  it('removes the iframe embed code entirely', () => {
    const iframe = fromReadme('<iframe data-summit-embed', '</iframe>');
    expect(iframe).to.contain('embed.html');
    expect(runWordPress('wp-kses-post', iframe).trim()).to.equal('');
  });

  it('removes the script and the element, leaving nothing of the script + element embed', () => {
    const code = fromReadme('<script type="module" src="https://your.cdn', '</summit-timeline>');
    expect(runWordPress('wp-kses-post', code).trim()).to.equal('');
  });
});

describe('WordPress, for a URL pasted on its own line (oEmbed discovery)', { skip: missing }, () => {
  const { doc } = validateDocument(defaultJson);
  const files = oembedFiles(doc, defaultJson, OPTIONS);
  const response = JSON.parse(files['oembed.json']);

  it('gets an oEmbed response with every field the spec requires of a rich type', () => {
    expect(response).to.include({ version: '1.0', type: 'rich', title: doc.title });
    for (const field of ['html', 'width', 'height']) expect(response, field).to.have.property(field);
    expect(response.width).to.be.a('number').above(0);
    expect(response.height).to.be.a('number').above(0);
  });

  it('keeps the timeline’s iframe, sandboxed, with the secret wp-embed.js talks to it by', () => {
    const kept = runWordPress('wp-filter-oembed-result', files['oembed.json'], { WP_EMBED_URL: OPTIONS.baseUrl });
    expect(kept).to.not.equal('FALSE');
    const secret = /data-secret="([a-zA-Z0-9]+)"/.exec(kept)?.[1];
    expect(secret, kept).to.be.a('string');
    expect(kept).to.contain('<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
    expect(kept).to.contain(`#?secret=${secret}`);
    expect(kept).to.contain('https://cdn.example/summit-timeline/embed.html?src=https%3A%2F%2Fcdn.example%2Fgraphics%2Fsummit%2Fdata.json');
    // Until the frame reports its height, readers see a link to the timeline's page.
    expect(kept).to.match(
      /<blockquote class="wp-embedded-content" data-secret="[a-zA-Z0-9]+"><a href="https:\/\/cdn.example\/graphics\/summit\/">Russia and North Korea/,
    );
  });
});

describe('WordPress, for an Editor pasting the host listener (the_content filters)', { skip: missing }, () => {
  const listener = readFileSync(new URL('../../src/embed/host-listener.js', import.meta.url), 'utf8');
  /** The script's text as a reader's browser gets it from the published post. */
  const published = (source: string) => {
    const out = runWordPress('the-content', `<script>\n${source}</script>\n`);
    return out.slice(out.indexOf('<script>') + '<script>\n'.length, out.indexOf('</script>'));
  };

  it('comes through wptexturize and wpautop as it was pasted (issue 33, finding 1)', () => {
    expect(published(listener)).to.equal(listener);
    // Written without the characters that let the filters in.
    expect(listener).to.not.match(/[&<>]/);
  });

  it('would not, written with && after a < (the listener as it was at b7b22e4)', () => {
    const old = 'for (var i = 0; i < 2; i++) { if (a && b) return; }\n';
    expect(published(old)).to.contain('&#038;&#038;');
  });
});
