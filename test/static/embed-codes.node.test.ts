// The codes the make page hands a producer, as text.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validateDocument } from '../../src/data/validate.js';
import { en } from '../../src/i18n/en.js';
import { embedCodes, sheetsAdvice, shellWord, type MakeOptions } from '../../src/make/embed-codes.js';
import { MAKE_DEFAULTS } from './make-options.js';

const raw = JSON.parse(readFileSync(new URL('../../data/summit-2023.json', import.meta.url), 'utf8'));
const { doc } = validateDocument(raw);
const base: MakeOptions = { ...MAKE_DEFAULTS, theme: 'dark', headingLevel: 3, library: 'https://cdn.example/st/' };

describe('embed codes', () => {
  it('names the data by its address when it has one, and gives the iframe only then', () => {
    const withUrl = embedCodes(doc, raw, en, { ...base, dataUrl: 'https://cdn.example/g/summit.json' });
    const element = withUrl.find((c) => c.key === 'element')!.code;
    expect(element).to.contain('<script type="module" src="https://cdn.example/st/summit-timeline.min.js"></script>');
    expect(element.startsWith('<link rel="preload" href="https://cdn.example/g/summit.json" as="fetch" crossorigin="anonymous">')).to.equal(
      true,
    );
    expect(element).to.contain('<summit-timeline id="summit" theme="dark" heading-level="3" src="https://cdn.example/g/summit.json">');
    expect(element).to.contain('<h4>Stalin and Kim Il Sung forge the alliance</h4>');
    expect(withUrl.find((c) => c.key === 'iframe')!.code).to.contain(
      // The heading level too (issue 32: the frame once dropped it).
      'src="https://cdn.example/st/embed.html?src=https%3A%2F%2Fcdn.example%2Fg%2Fsummit.json&#38;id=summit&#38;theme=dark&#38;heading-level=3"',
    );
    const pasted = embedCodes(doc, raw, en, base);
    expect(pasted.find((c) => c.key === 'element')!.code).to.contain('<script type="application/json">');
    expect(pasted.find((c) => c.key === 'iframe')!.code).to.equal('');
    expect(pasted.find((c) => c.key === 'wordpress')!.code).to.contain(
      'npx summit-timeline publish summit.json --id summit --theme dark --heading-level 3',
    );
  });

  it('keeps script-ending text out of inline JSON', () => {
    const code = embedCodes(doc, { events: [{ id: 'x', date: '2001', headline: '</script><img src=x onerror=alert(1)>' }] }, en, base)[0]
      .code;
    expect(code.match(/<\/script>/g)).to.have.length(2);
  });

  it('hands out commands that a POSIX shell runs as written, whatever the id (issue 29)', () => {
    // The commands, pasted into a real shell (/bin/sh) whose npx only records its arguments.
    const dir = mkdtempSync(join(tmpdir(), 'summit-shell-'));
    try {
      writeFileSync(join(dir, 'npx'), '#!/bin/sh\nfor a in "$@"; do printf "%s\\0" "$a"; done >> argv\n');
      chmodSync(join(dir, 'npx'), 0o755);
      for (const id of [
        'x;touch PWNED;#',
        "x' && touch PWNED '",
        'x$(touch PWNED)',
        'x`touch PWNED`',
        'x\ntouch PWNED',
        'x > PWNED',
        'кратко 정상',
      ]) {
        for (const key of ['static', 'wordpress'] as const) {
          rmSync(join(dir, 'argv'), { force: true });
          const code = embedCodes(doc, raw, en, { ...base, id, lang: "ru'", theme: 'dark;touch PWNED' }).find((c) => c.key === key)!.code;
          const shell = spawnSync('/bin/sh', ['-c', code], { cwd: dir, env: { PATH: `${dir}:/usr/bin:/bin` }, encoding: 'utf8' });
          expect(shell.status, `${key} ${JSON.stringify(id)}: ${shell.stderr}`).to.equal(0);
          expect(existsSync(join(dir, 'PWNED')), `${key} ${JSON.stringify(id)} ran a command`).to.equal(false);
          const argv = readFileSync(join(dir, 'argv'), 'utf8').split('\0').slice(0, -1);
          expect(argv.slice(0, 3), key).to.deep.equal(['summit-timeline', key === 'static' ? 'render' : 'publish', `${id}.json`]);
          expect(argv[argv.indexOf('--id') + 1]).to.equal(id);
          expect(argv[argv.indexOf('--lang') + 1]).to.equal("ru'");
          expect(argv[argv.indexOf('--theme') + 1]).to.equal('dark;touch PWNED');
          if (key === 'wordpress') {
            expect(argv[argv.indexOf('--out') + 1]).to.equal(id);
            expect(argv[argv.indexOf('--base-url') + 1]).to.equal(`https://your.cdn/graphics/${encodeURIComponent(id)}/`);
          } else {
            expect(existsSync(join(dir, 'snippet.html'))).to.equal(true);
          }
          rmSync(join(dir, 'snippet.html'), { force: true });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves plain words unquoted, so the usual command reads as before', () => {
    expect(shellWord('korean-war.json')).to.equal('korean-war.json');
    expect(shellWord('https://your.cdn/graphics/summit/')).to.equal('https://your.cdn/graphics/summit/');
    expect(shellWord("it's")).to.equal(`'it'\\''s'`);
  });

  it('tells a published Sheets CSV link from an editing link', () => {
    expect(sheetsAdvice('https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=0&single=true&output=csv').kind).to.equal('csv');
    expect(sheetsAdvice('https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0')).to.include({ kind: 'edit' });
    expect(sheetsAdvice('https://example.org/data.csv').kind).to.equal('other');
  });

  it('turns a sheet published as a web page or TSV into its CSV address, never calling it an editing link (issue 32)', () => {
    const page = sheetsAdvice('https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pubhtml?gid=42&single=true');
    expect(page).to.include({
      kind: 'published',
      csv: 'https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=42&single=true&output=csv',
    });
    expect(page.advice).to.contain('as a web page').and.not.contain('editing link');
    const tsv = sheetsAdvice('https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=7&output=tsv');
    expect(tsv).to.include({ kind: 'published', csv: 'https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=7&output=csv' });
    expect(tsv.advice).to.contain('as TSV');
    // No gid: the first sheet, and the producer is told so.
    expect(sheetsAdvice('https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pubhtml').advice).to.contain('first sheet');
  });

  it('names a typeface in a rule for this timeline, never writing an id from a link into the CSS', () => {
    const element = (id: string) => embedCodes(doc, raw, en, { ...base, id, font: 'serif' }).find((c) => c.key === 'element')!.code;
    expect(element('summit')).to.contain(
      "<style>summit-timeline#summit { --summit-font-family: Georgia, 'Times New Roman', serif; }</style>",
    );
    // No id, or one that is not a plain name: the rule names every timeline, and the id stays out of it.
    expect(element('')).to.contain('<style>summit-timeline { --summit-font-family:');
    const hostile = element('x}</style><script>alert(1)</script>');
    expect(hostile).to.contain('<style>summit-timeline { --summit-font-family:');
    expect(hostile.match(/<\/style>/g)).to.have.length(1);
    expect(hostile).to.not.contain('<script>alert');
  });
});
