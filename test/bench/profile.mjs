// `npm run bench:profile -- [variant] [layout] [n]` (default: src horizontal 100):
// where one bench page's main-thread time goes. It loads the page the bench
// loads (same server, same events), in a fresh context with the cache off,
// PROFILE_ROUNDS times (default 5; the first is a warm-up and not reported),
// with a Chromium trace, and prints per load: when every event was shown, the
// main thread's CPU time in all, and its longest tasks by CPU time, each with
// its wall time and what it spent the CPU on.
//
// CPU time, not wall time: on a shared machine a task's wall time (what long
// tasks and TBT are made of) can be two or three times its CPU time, and the
// difference is the machine, not the page. Needs `npm run build` first.
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { PROBE } from './probe.mjs';
import { serveBench } from './server.mjs';

const [variant = 'src', layout = 'horizontal', size = '100'] = process.argv.slice(2);
const n = Number(size);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 5);
const TASKS = 5;
const WIDTHS = { horizontal: 1280, vertical: 375 };
if (!WIDTHS[layout] || !(n > 0)) throw new Error('usage: profile.mjs [variant] [horizontal|vertical] [events]');

/** Trace event names by what the CPU was doing; first match wins, the rest is "other". */
const KINDS = [
  ['compile', /compile|Compile|ParseFunction|ParseProgram|PreParse/],
  ['gc', /GC|Scavenge/],
  ['html', /ParseHTML|HTMLDocumentParser/],
  ['style', /recalcStyle|UpdateLayoutTree|updateStyle|ParseAuthorStyleSheet|CSSParser|StyleEngine|rebuildLayoutTree/],
  ['layout', /Layout|ShapeText|InlineNode/],
  ['paint', /Paint|Layerize|Commit|CompositingInputs|CullRect|UpdateLifecycle/],
  ['script', /^v8\.|FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|AsyncTask Run|CustomElement/],
];
const kindOf = (name) => KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/**
 * The page's main-thread tasks from a trace, each with its CPU time split by kind
 * (the self time of the events in it). A fresh context may have more than one
 * renderer: the page's main thread is the one that parsed its HTML.
 */
function mainTasks(events, path) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.endsWith(path));
  if (!parse) throw new Error(`no renderer parsed ${path} in the trace`);
  const timed = events
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && e.pid === parse.pid && e.tid === parse.tid)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  const stack = [];
  for (const event of timed) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (event.name === 'ThreadControllerImpl::RunTask' && !parent) {
      event.kinds = {};
      tasks.push(event);
    }
    event.task = parent?.task ?? (event.kinds ? event : undefined);
    event.self = event.tdur;
    if (parent) parent.self -= event.tdur;
    stack.push(event);
  }
  for (const event of timed) {
    if (!event.task) continue;
    // A task's own time, outside any event it traced, is the scheduler's and the browser's: "other".
    const kind = event === event.task ? 'other' : kindOf(event.name);
    event.task.kinds[kind] = (event.task.kinds[kind] ?? 0) + event.self;
  }
  return tasks.map((task) => ({
    source: task.args?.src_func ?? '?',
    start: task.ts,
    cpu: task.tdur / 1000,
    wall: task.dur / 1000,
    kinds: Object.fromEntries(Object.entries(task.kinds).map(([kind, us]) => [kind, us / 1000])),
  }));
}

const root = process.cwd();
const { origin, close } = await serveBench(root, [n], [layout]);
const browser = await puppeteer.launch(chromiumLaunchOptions());
console.log(`${variant}, ${layout} (${WIDTHS[layout]} px), ${n} events: main-thread CPU ms (wall ms) per load`);
try {
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setCacheEnabled(false);
    await tab.setViewport({ width: WIDTHS[layout], height: 900 });
    await tab.bringToFront();
    await tab.evaluateOnNewDocument(PROBE, variant, n, 30_000);
    await tab.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'v8', 'blink'] });
    const path = `/${variant}-${layout}-${n}.html`;
    await tab.goto(origin + path, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const { ready } = await tab.evaluate(() => window.__ready);
    const tasks = mainTasks(JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents, path);
    await context.close();
    if (round === 0) continue;
    const total = tasks.reduce((sum, task) => sum + task.cpu, 0);
    console.log(
      `load ${round}: all shown at ${ready === null ? 'never' : `${Math.round(ready)} ms`}; main thread ${Math.round(total)} ms CPU`,
    );
    for (const task of [...tasks]
      .sort((a, b) => b.cpu - a.cpu)
      .slice(0, TASKS)
      .sort((a, b) => a.start - b.start)) {
      const kinds = Object.entries(task.kinds)
        .filter(([, ms]) => ms >= 1)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, ms]) => `${kind} ${Math.round(ms)}`)
        .join(', ');
      console.log(`  ${String(Math.round(task.cpu)).padStart(4)} (${Math.round(task.wall)}) ${task.source}: ${kinds}`);
    }
  }
} finally {
  await browser.close();
  close();
}
