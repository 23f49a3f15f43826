// What the bench runs in each page (run.mjs; profile.mjs uses PROBE too): PROBE from
// the page's first byte, to see when every event is shown and to collect long tasks,
// layout shifts and long animation frames; REPORT once it is ready.
export const PROBE = (variant, count, timeout) => {
  const selectors = {
    plain: 'ol.plain h3',
    timelinejs: '.tl-timemarker',
    'vis-timeline': '.vis-item',
    // react-chrono: a point on the axis for each item (horizontal), a card for each (vertical).
    'react-chrono': ['.timeline-circle', '.rc-card-title'],
  };
  const shown = () => {
    const selector = selectors[variant];
    if (Array.isArray(selector)) return Math.max(...selector.map((one) => document.querySelectorAll(one).length));
    if (selector) return document.querySelectorAll(selector).length;
    // A horizontal timeline's hidden panels hold their card's words as text (.findable).
    return document.querySelector('summit-timeline')?.shadowRoot?.querySelectorAll('[part="headline"], .findable').length ?? 0;
  };
  // Read by REPORT a while after ready, not with it: a long animation frame is reported
  // only after its frame has painted, and the frame before ready is often the longest.
  const metrics = (window.__metrics = { tbt: 0, longest: 0, longestScript: 0, oursFrame: 0, cls: 0, lcp: NaN });
  // Our bundle and its chunks, by the URL long animation frames name them by (issue 34).
  const ours = (url) => /\/dist\/(summit-timeline|chunks\/)/.test(url ?? '');
  try {
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => {
        metrics.tbt += Math.max(0, e.duration - 50);
        metrics.longest = Math.max(metrics.longest, e.duration);
      }),
    ).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (metrics.cls += e.hadRecentInput ? 0 : e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
    // Long animation frames name the scripts that ran in them: the longest run of any script
    // is the page's script cost, apart from the browser's own first parse and layout.
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => {
        e.scripts.forEach((script) => (metrics.longestScript = Math.max(metrics.longestScript, script.duration)));
        // The longest frame our script ran in: what a reader waits for that we caused.
        if (e.scripts.some((script) => ours(script.sourceURL))) metrics.oursFrame = Math.max(metrics.oursFrame, e.duration);
      }),
    ).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((l) => {
      const last = l.getEntries().at(-1);
      if (last) metrics.lcp = last.renderTime || last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // Browsers without these entry types report 0 for them.
  }
  const hydrated = async () => {
    if (variant !== 'hydrate') return;
    await customElements.whenDefined('summit-timeline');
    const el = document.querySelector('summit-timeline');
    // Its first update waits for the data and the layout chunk (shouldUpdate says no, and
    // updateComplete resolves): hydrated when an update has run. One that fails never is.
    while (!el.hasUpdated) await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  };
  window.__ready = new Promise((resolve) => {
    let timedOut = false;
    const check = () => {
      if (shown() >= count)
        void hydrated().then(() => requestAnimationFrame(() => setTimeout(() => resolve({ ready: performance.now() }), 0)));
      else if (!timedOut) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    // A timer, not a frame count: a page that stops getting frames (or never settles) is reported as not ready, not waited on for ever.
    setTimeout(() => {
      timedOut = true;
      resolve({ ready: null, shown: shown() });
    }, timeout);
  });
};

/**
 * Interaction to Next Paint for the keys a reader steps with, once ready: the longest
 * interaction (Event Timing, 16 ms and up) among the presses `run.mjs` sends. 0 when
 * every press was answered under 16 ms.
 */
export const INP_START = () => {
  window.__interactions = new Map();
  new PerformanceObserver((l) =>
    l.getEntries().forEach((e) => {
      if (e.interactionId)
        window.__interactions.set(e.interactionId, Math.max(window.__interactions.get(e.interactionId) ?? 0, e.duration));
    }),
  ).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // The reader's place: the event or marker that takes Tab (roving tabindex).
  document.querySelector('summit-timeline')?.shadowRoot?.querySelector('[tabindex="0"]')?.focus();
};
export const INP_REPORT = () => Math.max(0, ...window.__interactions.values());

/** What the page measured, once ready: paint, nodes through shadow roots, and the request chain. */
export const REPORT = async () => {
  const result = await window.__ready;
  // Let the last frames' long tasks, long animation frames and layout shifts (late work:
  // hydration, a font) be reported, then take the figures as they are now: CLS from
  // navigation to 1 s after ready, as issue 34 measures it.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const late = { ...window.__metrics };
  const count = (root) => {
    let nodes = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      nodes++;
      if (node.shadowRoot) nodes += count(node.shadowRoot);
    }
    return nodes;
  };
  // Each request's depth is one more than the deepest that had finished before it started.
  const html = performance.getEntriesByType('navigation')[0].responseEnd;
  const entries = performance
    .getEntriesByType('resource')
    .filter((e) => /\.(js|json|css)$/.test(new URL(e.name).pathname))
    .sort((a, b) => a.startTime - b.startTime);
  const depth = new Map();
  for (const entry of entries) {
    const before = [...depth.entries()].filter(([other]) => other.responseEnd <= entry.startTime).map(([, d]) => d);
    depth.set(entry, entry.startTime >= html ? 1 + Math.max(0, ...before) : 0);
  }
  return {
    ...result,
    ...late,
    fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN,
    nodes: count(document),
    chain: Math.max(0, ...depth.values()),
  };
};
