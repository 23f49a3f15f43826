// `npm run test:wordpress`: the embed paths in a whole WordPress and in TinyMCE
// (test/wordpress/*.site.test.ts, issue 33), run once: they start servers and a
// browser of their own and read pages as a reader does, which the browser suite's
// four runs would only repeat. Needs dist/ (npm test builds first). Without
// Debian's WordPress and MariaDB the tests skip, saying why; under CI they must run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = readdirSync('test/wordpress')
  .filter((file) => file.endsWith('.site.test.ts'))
  .map((file) => join('test/wordpress', file))
  .sort();
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--import', './src/problem-messages.ts', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files],
  { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
);
process.stdout.write(run.stdout);
const skipped = Number(/^ℹ skipped (\d+)$/m.exec(run.stdout)?.[1] ?? 0);
if (process.env.CI && skipped > 0) {
  console.error('test:wordpress: the WordPress tests skipped under CI; .ci/run installs what they need.');
  process.exit(1);
}
process.exit(run.status ?? 1);
