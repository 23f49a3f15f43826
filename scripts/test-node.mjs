// `npm run test:node`: the tests of pure modules that need no browser
// (test/**/*.node.test.ts), run by Node's own test runner through tsx, once in
// each of the time zones the browser suite uses: dates must not shift with the
// reader's zone, and these tests are cheap enough to run three times.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ZONES = process.env.SUMMIT_TZ ? process.env.SUMMIT_TZ.split(',') : ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Seoul'];
const files = readdirSync('test', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.node.test.ts'))
  .map((file) => join('test', file))
  .sort();

// Dots on screen; a TAP copy to count from.
const tap = join(mkdtempSync(join(tmpdir(), 'summit-node-tests-')), 'report.tap');
const count = (report, name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
let failed = false;
for (const zone of ZONES) {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      // Problems' English messages, as the package entry loads them (src/problems.ts).
      '--import',
      './src/problem-messages.ts',
      '--test',
      '--test-reporter=dot',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: zone } },
  );
  const report = readFileSync(tap, 'utf8');
  console.log(`Node tests (${zone}): ${count(report, 'pass')} passed, ${count(report, 'fail')} failed`);
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
