// The embed page's sources (issue 29, finding 11): its own origin and the
// prefixes its host lists, never data: or blob:, never a look-alike host.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { allowedSource, DEFAULT_SOURCES } from '../../src/embed/sources.js';

const PAGE = 'https://cdn.news.example/summit-timeline/embed.html?src=x';

describe('the embed page’s sources', () => {
  it('shows its own origin’s data and published Google Sheets by default', () => {
    expect(allowedSource('/graphics/korean-war.json', PAGE, DEFAULT_SOURCES)).to.deep.equal({
      ok: true,
      url: 'https://cdn.news.example/graphics/korean-war.json',
    });
    expect(allowedSource('https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?output=csv', PAGE, DEFAULT_SOURCES).ok).to.equal(true);
  });

  it('refuses data it carries itself, other hosts, look-alikes and Sheets that are not published', () => {
    for (const src of [
      'data:application/json,{"title":"Log in again"}',
      'blob:https://cdn.news.example/1234',
      'https://evil.example/phish.json',
      'https://docs.google.com.evil.example/spreadsheets/d/e/x/pub',
      'https://docs.google.com/spreadsheets/d/1AbC/edit',
      'http://cdn.news.example/graphics/korean-war.json',
      'javascript:alert(1)',
    ]) {
      expect(allowedSource(src, PAGE, DEFAULT_SOURCES).ok, src).to.equal(false);
    }
    expect(allowedSource('https://evil.example/phish.json', PAGE, DEFAULT_SOURCES)).to.deep.equal({
      ok: false,
      origin: 'https://evil.example',
    });
    expect(allowedSource('data:application/json,{}', PAGE, DEFAULT_SOURCES)).to.deep.equal({ ok: false, origin: 'data:' });
  });

  it('takes the hosts a newsroom adds', () => {
    const list = `${DEFAULT_SOURCES} https://graphics.news.example/data/`;
    expect(allowedSource('https://graphics.news.example/data/story.json', PAGE, list).ok).to.equal(true);
    expect(allowedSource('https://graphics.news.example/other/story.json', PAGE, list).ok).to.equal(false);
    expect(allowedSource('/graphics/a.json', PAGE, 'https://graphics.news.example/data/').ok, 'no self').to.equal(false);
  });
});
