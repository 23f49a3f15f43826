// `npm run size`: gzip sizes of the embed bundle, and of the bundle with the
// horizontal layout's chunk (what any desktop page runs), each against a
// budget that fails the build; the JS a desktop page with the default timeline
// downloads (those two and the chronology's chunk) is reported against issue
// 17's goal.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Budgets of issue 28: room for that round's features with no renaming of
// properties (18,329 B and 24,325 B when it was dropped), not for new tricks.
// Raised by 500 B each for issues 30 and 31, whose date correctness every English
// page runs (times of day, deep time, the range rule, lists: 18,723 → 19,588 B) and
// whose translated content needs its language chosen before the first paint
// (20,113 B with it; the translations themselves are a lazy chunk). Raised by 200 B
// more (and the axis total by 450 B) for the interface in thirteen languages and the
// default chronology in four (issue 31): 20,658 B. What the bundle holds for them is
// the address of each language's chunk, 25 B apiece; the alternative, an index chunk,
// would cost every non-English reader a round trip (docs/performance.md, "Sizes").
const BUDGET = 20_700;
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
// What a desktop page with the default timeline downloads: the bundle, the
// horizontal layout and the default chronology (the chunks it names;
// scripts/check-bundle.mjs checks in a browser that these are all it loads).
// And 200 B more for the axis alone (issue 31): era names placed whole, never cut at
// either end, and the breaks and eras a screen reader hears carried by their markers.
const LAYOUT_BUDGET = 27_150;
const PAGE_GOAL = 24_000;
const named = (prefix) => readFileSync('dist/summit-timeline.min.js', 'utf8').match(new RegExp(`chunks/${prefix}-[\\w-]+\\.js`))?.[0];
const [layoutChunk, dataChunk] = ['horizontal-view', 'summit-2023'].map(named);
if (!layoutChunk || !dataChunk) {
  console.error('The bundle no longer names the horizontal-view and summit-2023 chunks: the totals cannot be measured.');
  process.exit(1);
}
const withLayout = main + gz(`dist/${layoutChunk}`);
const page = withLayout + gz(`dist/${dataChunk}`);
console.log(`main + ${layoutChunk}: ${kb(withLayout)} gzip (budget ${kb(LAYOUT_BUDGET)})`);
console.log(`desktop page with the default timeline: ${kb(page)} gzip of JS (+ ${dataChunk}; goal ${kb(PAGE_GOAL)})`);
const verdict = (what, size, budget, goal) =>
  size > budget
    ? `${what}: over budget by ${kb(size - budget)}.`
    : size > goal
      ? `${what}: within budget, ${kb(size - goal)} over the goal.`
      : `${what}: within budget and goal.`;
console.log(verdict('Bundle', main, BUDGET, GOAL));
console.log(verdict('Bundle with the horizontal layout', withLayout, LAYOUT_BUDGET, LAYOUT_BUDGET));
console.log(page > PAGE_GOAL ? `Desktop page: ${kb(page - PAGE_GOAL)} over the goal.` : 'Desktop page: within the goal.');
if (main > BUDGET || withLayout > LAYOUT_BUDGET) process.exit(1);
