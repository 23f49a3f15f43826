/**
 * The entry for pages that carry server-rendered timelines (renderStatic, the
 * CLI): Lit's hydration support must load before Lit itself, so that the
 * declarative shadow DOM the server wrote is adopted in place, not rendered
 * again. Pages without static HTML use the plain entry and save its 2 KB.
 *
 * It exports what ./library.ts does (./embed-api.ts), but defines the elements only once the
 * static HTML has painted. Hydrating is main-thread work (adopting every
 * event's markup, loading the list's chunk), and on a short page, whose HTML
 * has all arrived by the time this script runs, it held back the first paint:
 * by 1.22–1.27× the static render's own, where waiting brings it to 1.07–1.18×
 * (interleaved loads, 8 and 100 events). The page meanwhile is the static
 * render, readable, its links working; it becomes interactive 35–55 ms later.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { defineAll } from './components/define-all.js';

export * from './embed-api.js';

// After the first contentful paint, or 1 s at most: a page in a background tab paints nothing
// (and runs timers no more than once a second there anyway). A visible page with static HTML
// paints well within that, even on a slow machine, which a shorter wait would not allow for.
let observer: PerformanceObserver | undefined;
new Promise<void>((resolve) => {
  setTimeout(resolve, 1000);
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    resolve();
  }
}).then(() => {
  observer?.disconnect();
  defineAll();
});
