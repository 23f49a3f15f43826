// The command line's conventions, as parsed (the spawned CLI from the installed
// package is run by scripts/test-package.mjs).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { UsageError, checkLanguage, parseCli } from '../../src/static/cli-args.js';

const usageError = (argv: string[]) => {
  try {
    parseCli(argv);
  } catch (error) {
    expect(error).to.be.instanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('summit-timeline command line', () => {
  it('answers --help, -h, help and --version, -v before anything else', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['render', 'a.json', '--help']])
      expect(parseCli(argv)).to.deep.equal({ kind: 'help' });
    expect(parseCli(['--version'])).to.deep.equal({ kind: 'version' });
    expect(parseCli(['-v'])).to.deep.equal({ kind: 'version' });
  });

  it('names an unknown option and lists the real ones, on one line', () => {
    const message = usageError(['render', 'a.json', '--colour', 'red']);
    expect(message).to.match(/^Unknown option '--colour'; the options are --lang, --theme, .*--version$/);
    expect(message).to.not.contain('\n');
  });

  it('names a bad value and its choices', () => {
    expect(usageError(['render', 'a.json', '--theme', 'x'])).to.equal("--theme 'x' is not one of light, dark, auto");
    expect(usageError(['render', 'a.json', '--layout', 'x'])).to.equal("--layout 'x' is not one of auto, vertical, horizontal");
    expect(usageError(['render', 'a.json', '--heading-level', '7'])).to.equal("--heading-level '7' is not one of 2, 3, 4, 5");
    expect(usageError(['draw', 'a.json'])).to.equal("'draw' is not a command; the commands are render, oembed, publish");
    expect(usageError([])).to.match(/^no command given; the commands are render, oembed, publish/);
    expect(usageError(['render'])).to.match(/^render needs a data file/);
    expect(usageError(['oembed', 'a.json', '--base-url', 'https://x.example/', '--out', 'o'])).to.equal('oembed needs --embed-url');
    expect(usageError(['publish', 'a.json', '--out', 'o'])).to.equal('publish needs --base-url');
  });

  it('refuses an http base or embed address for publish in one line, as AMP loads https only (issue 32, finding 10)', () => {
    expect(usageError(['publish', 'a.json', '--base-url', 'http://cdn.example/t/', '--out', 'o'])).to.equal(
      "--base-url 'http://cdn.example/t/' must be https: AMP pages and most news sites load frames and images from https only",
    );
    expect(
      usageError([
        'publish',
        'a.json',
        '--base-url',
        'https://cdn.example/t/',
        '--embed-url',
        'http://cdn.example/embed.html',
        '--out',
        'o',
      ]),
    ).to.match(/^--embed-url 'http:\/\/cdn.example\/embed.html' must be https/);
    // The oEmbed folder alone is not for AMP: a local test host stays possible there.
    expect(() =>
      parseCli(['oembed', 'a.json', '--base-url', 'http://127.0.0.1:8080/t/', '--embed-url', 'http://127.0.0.1:8080/e.html', '--out', 'o']),
    ).to.not.throw();
  });

  it('takes the newsroom as the oEmbed provider', () => {
    const request = parseCli([
      'publish',
      'a.json',
      '--base-url',
      'https://c.example/t/',
      '--out',
      'o',
      '--provider',
      'The Daily Planet',
      '--provider-url',
      'https://dailyplanet.example/',
    ]);
    expect(request).to.deep.include({ provider: { name: 'The Daily Planet', url: 'https://dailyplanet.example/' } });
    expect(
      usageError(['publish', 'a.json', '--base-url', 'https://c.example/t/', '--out', 'o', '--provider-url', 'https://d.example/']),
    ).to.equal('--provider-url needs --provider, the name it belongs to');
  });

  it('reads a full request', () => {
    expect(parseCli(['render', 'a.json', '--lang', 'ko', '--theme', 'dark', '--heading-level', '3', '--fallback-only'])).to.deep.equal({
      kind: 'run',
      command: 'render',
      file: 'a.json',
      lang: 'ko',
      theme: 'dark',
      headingLevel: 3,
      fallbackOnly: true,
      noHeader: false,
    });
  });

  it('takes a stylesheet folder only as an http(s) address or a path on the page’s site, ending in "/"', () => {
    for (const folder of ['https://cdn.example/summit/', '/assets/summit/', './', 'static/'])
      expect(parseCli(['render', 'a.json', '--stylesheets', folder])).to.include({ stylesheets: folder });
    for (const folder of [
      'https://cdn.example/summit',
      '//evil.example/',
      'javascript:x/',
      'data:text/css,x/',
      '/a"b/',
      '/a b/',
      '\\\\evil/',
    ])
      expect(usageError(['render', 'a.json', '--stylesheets', folder])).to.equal(
        `--stylesheets '${folder}' is not a folder's address: an http(s) URL or a path, ending in "/"`,
      );
  });

  it('takes an interface language or the data’s own, and names the choices otherwise', () => {
    expect(() => checkLanguage('ru-RU', [])).to.not.throw();
    expect(() => checkLanguage('de', ['de-CH'])).to.not.throw();
    expect(() => checkLanguage(undefined, [])).to.not.throw();
    expect(() => checkLanguage('xx', ['de'])).to.throw(
      UsageError,
      "--lang 'xx' is neither an interface language nor the data's; choose one of en, ru, uk, ko, es, fr, de, pt, it, ja, zh, ar, he",
    );
  });
});
