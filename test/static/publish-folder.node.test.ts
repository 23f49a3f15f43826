// `summit-timeline publish` as a producer runs it, twice (issue 32, finding 11): the
// built CLI, spawned, writes a folder whose manifest lists exactly the files on disk,
// and a re-run removes what an earlier run wrote and no longer writes — never a file
// it did not write.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'dist/static/cli.js');

/** Every file under a folder, as paths relative to it. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe('publish writes the folder its manifest describes', { skip: !existsSync(cli) && 'dist/ is not built' }, () => {
  it('lists exactly the files on disk, and a re-run clears only what an earlier run wrote', () => {
    const out = mkdtempSync(join(tmpdir(), 'summit-publish-'));
    // Outside the folder: a manifest that names it must not reach it.
    const outside = `${out.split('/').pop()}-outside.txt`;
    // Not ours: a producer's own file, and an earlier run's manifest naming files it wrote then.
    writeFileSync(join(out, 'keep.txt'), 'the producer’s own');
    mkdirSync(join(out, 'chunks'));
    writeFileSync(join(out, 'chunks/vertical-view-OLDHASH1.js'), '// an older library version');
    writeFileSync(join(out, 'stale.html'), 'from an earlier run');
    const earlier = [{ name: 'chunks/vertical-view-OLDHASH1.js' }, { name: 'stale.html' }, { name: `../${outside}` }];
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ generator: 'summit-timeline publish', files: earlier }));
    writeFileSync(join(out, '..', outside), 'never touched');

    const run = spawnSync(
      process.execPath,
      [cli, 'publish', join(root, 'data/summit-2023.json'), '--base-url', 'https://cdn.example/t/', '--out', out],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stderr).to.contain('removed 2 an earlier run wrote');

    const listed = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files as { name: string; bytes?: number }[];
    expect(filesIn(out).filter((name) => name !== 'keep.txt')).to.deep.equal(listed.map((file) => file.name).sort());
    for (const file of listed.filter((f) => f.bytes !== undefined))
      expect(statSync(join(out, file.name)).size, file.name).to.equal(file.bytes);
    expect(existsSync(join(out, 'keep.txt')), 'a file publish did not write').to.equal(true);
    expect(existsSync(join(out, 'stale.html'))).to.equal(false);
    expect(existsSync(join(out, '..', outside)), 'a file outside the folder').to.equal(true);
    expect(existsSync(join(out, 'chunks/vertical-view-OLDHASH1.js'))).to.equal(false);
    // The folder carries the library it needs: the embed page and every chunk.
    expect(listed.map((f) => f.name)).to.include.members(['embed.html', 'oembed.xml', 'card.png', 'snapshot.png', 'first-screen.jpg']);
    // The e-mail and the one image it loads: under 300 KB together (issue 32, finding 9).
    const email = statSync(join(out, 'email.html')).size + statSync(join(out, 'first-screen.jpg')).size;
    expect(email, 'email.html and first-screen.jpg, bytes').to.be.below(300_000);
    expect(readFileSync(join(out, 'email.html'), 'utf8')).to.not.contain('snapshot.png');
    expect(listed.filter((f) => f.name.startsWith('chunks/')).length).to.be.greaterThan(10);
  });
});
