// `npm run size`: gzip size of the embed bundle against its budget.
// Hard budget 24 KB (fails the build); goal 18 KB (reported).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 24_000;
const GOAL = 18_000;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

let main;
try {
  main = gz('dist/summit-timeline.min.js');
} catch {
  console.error('dist/summit-timeline.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
console.log(`dist/summit-timeline.min.js  ${kb(main)} gzip (budget ${kb(BUDGET)}, goal ${kb(GOAL)})`);
console.log(`dist/summit-timeline.hydrate.min.js  ${kb(gz('dist/summit-timeline.hydrate.min.js'))} gzip (for pages with static HTML)`);
for (const chunk of readdirSync('dist/chunks')
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  console.log(`  lazy chunk ${chunk.padEnd(32)} ${kb(gz(`dist/chunks/${chunk}`))} gzip`);
}
if (main > BUDGET) {
  console.error(`Over budget by ${kb(main - BUDGET)}.`);
  process.exit(1);
}
console.log(main > GOAL ? `Within budget, ${kb(main - GOAL)} over the goal.` : 'Within budget and goal.');
