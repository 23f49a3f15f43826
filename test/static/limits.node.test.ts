// The CLI's stated limits and its files (issue 29, finding 12); the spawned CLI
// meets each limit in scripts/test-package.mjs.
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { UsageError } from '../../src/static/cli-args.js';
import { MAX_DEPTH, MAX_EVENTS, jsonDepth } from '../../src/data/limits.js';
import { checkDepth, checkEvents, checkSize, writeOwnFile } from '../../src/static/limits.js';

describe('the CLI’s limits', () => {
  it('reads how deeply JSON nests without parsing it, brackets in strings aside', () => {
    expect(jsonDepth('{"events": [{"id": "a"}]}')).to.equal(3);
    expect(jsonDepth('{"headline": "[[[{{{ \\" ]]]"}')).to.equal(1);
    expect(jsonDepth('['.repeat(100_000))).to.equal(100_000);
  });

  it('names each limit in one line', () => {
    expect(() => checkSize('big.json', 100_000_000)).to.throw(
      UsageError,
      'big.json is 100.0 MB; the largest file summit-timeline reads is 20 MB',
    );
    expect(() => checkDepth('deep.json', '['.repeat(MAX_DEPTH + 1))).to.throw(UsageError, `deep.json nests ${MAX_DEPTH + 1} levels deep`);
    expect(() => checkEvents('many.json', { events: new Array(MAX_EVENTS + 1).fill({}) })).to.throw(
      UsageError,
      `many.json has ${MAX_EVENTS + 1} events`,
    );
    expect(() => checkEvents('ok.json', { events: new Array(MAX_EVENTS).fill({}) })).to.not.throw();
    expect(() => checkDepth('ok.json', readFileSync(new URL('../../data/summit-2023.json', import.meta.url), 'utf8'))).to.not.throw();
  });

  it('never writes through a symbolic link left at a file’s name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-limits-'));
    try {
      const target = join(dir, 'precious.txt');
      writeFileSync(target, 'keep me');
      symlinkSync(target, join(dir, 'index.html'));
      let error: unknown;
      await writeOwnFile(join(dir, 'index.html'), 'overwritten').catch((thrown: unknown) => (error = thrown));
      expect(error).to.be.instanceOf(UsageError);
      expect((error as Error).message).to.contain('index.html is a symbolic link');
      expect(readFileSync(target, 'utf8')).to.equal('keep me');
      expect(lstatSync(join(dir, 'index.html')).isSymbolicLink()).to.equal(true);
      await writeOwnFile(join(dir, 'new.html'), 'written');
      expect(readFileSync(join(dir, 'new.html'), 'utf8')).to.equal('written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
