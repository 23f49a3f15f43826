/**
 * The iframe embed page: `embed.html?src=<data-url>&id=<child-id>&theme=&lang=&layout=&scale=&selected=`.
 * Renders one timeline and tells the host page its height, on load, on every
 * resize (ResizeObserver, not polling) and whenever a host asks, in the
 * protocols hosts already speak:
 * - Pym.js: the parent adds `childId` (its container's id) and listens only for
 *   it, so `childId` wins over `id`; its `width` messages are answered.
 * - @newswire/frames: a `frames-init` request is answered with `embed-size`.
 * - AMP's amp-iframe `embed-size`, and Datawrapper's `datawrapper-height`.
 * - WordPress oEmbed: when the URL carries `#?secret=…` (added by WordPress's
 *   wp_filter_oembed_result), `{message: 'height', value, secret}` for its
 *   wp-embed.js, sent again when that script says it is `ready`. That script
 *   clamps frames to 1,000 px; a timeline taller than that in the vertical
 *   layout switches to the horizontal one (one card at a time), unless the URL
 *   chose a layout, so a WordPress reader never gets a clipped or inner-scrolling frame.
 * Works in `sandbox="allow-scripts"`: nothing here needs same-origin access.
 */
import '../components/summit-timeline/summit-timeline.define.js';
import { heightMessages, PYM_SEPARATOR } from './resize-messages.js';
import { allowedSource, DEFAULT_SOURCES, SOURCES_META } from './sources.js';
import { fontStack } from './fonts.js';
import { linkMessageValue } from './forward.js';
import { tallestHeight } from './tallest.js';

const ATTRIBUTES = ['src', 'theme', 'lang', 'layout', 'scale', 'selected', 'heading-level'] as const;

/** wp-embed.js never sets a frame taller than this (wp-includes/js/wp-embed.js). */
const WORDPRESS_MAX_HEIGHT = 1000;

/** WordPress appends `#?secret=<10 alphanumerics>` to the frame's URL. */
function wordpressSecret(hash: string): string | undefined {
  const secret = /[#&?]secret=([a-zA-Z0-9]+)/.exec(hash)?.[1];
  return secret || undefined;
}

/**
 * The page's full height in whole pixels, rounded up — its box and anything
 * overflowing it — so a frame sized to it never scrolls inside, with classic
 * scrollbars too. The document's scroll height counts overflow the boxes miss,
 * but never drops below the frame's own height, so it is used only while the
 * frame is too short; otherwise the boxes tell a timeline that got shorter.
 */
function contentHeight(): number {
  const root = document.documentElement;
  const boxes = Math.ceil(Math.max(root.getBoundingClientRect().height, document.body.scrollHeight));
  return root.scrollHeight > window.innerHeight ? Math.max(boxes, root.scrollHeight) : boxes;
}

/** Pym.js asks a child for its height with `pym<sep><id><sep>width<sep><px>`. */
function isPymWidth(data: unknown, childId: string): boolean {
  if (typeof data !== 'string') return false;
  const [pym, id, type] = data.split(PYM_SEPARATOR);
  return pym === 'pym' && id === childId && type === 'width';
}

// A timer, not requestAnimationFrame: a frame its host keeps out of sight (WordPress clips
// it until it hears a height) gets no animation frames, and would never be measured.
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 16));

function start() {
  const params = new URLSearchParams(location.search);
  // Pym.js listens only for the childId it added; a hand-written id is the fallback.
  const childId = params.get('childId') || params.get('id') || 'summit-timeline';
  const secret = wordpressSecret(location.hash);
  const timeline = document.createElement('summit-timeline');
  // The element judges src itself (a refused one is reported, never fetched).
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value) timeline.setAttribute(name, value);
  }
  // A flag: present or not (src/static/view-options.ts writes it empty).
  if (params.has('no-header')) timeline.setAttribute('no-header', '');
  // A named typeface, set through the CSSOM (the frame's CSP allows no inline style).
  const font = fontStack(params.get('font'));
  if (font) timeline.style.setProperty('--summit-font-family', font);
  if (params.get('lang')) document.documentElement.lang = params.get('lang')!;
  // Only the sources this page's host allowed (./sources.ts); never the default chronology in their place.
  const src = params.get('src');
  const allowlist = document.querySelector<HTMLMetaElement>(`meta[name="${SOURCES_META}"]`)?.content ?? DEFAULT_SOURCES;
  const verdict = src ? allowedSource(src, location.href, allowlist) : undefined;
  if (verdict && !verdict.ok) {
    const note = document.createElement('p');
    note.className = 'refused';
    note.textContent = `This timeline cannot be shown here: this page shows data only from the sources its publisher allowed, and ${verdict.origin} is not one of them.`;
    document.body.append(note);
  } else {
    document.body.append(timeline);
  }

  // '*': a sandboxed frame has an opaque origin and cannot know its host's; a
  // height is not a secret, and hosts check the message's source.
  const send = (message: unknown) => window.parent.postMessage(message, '*');
  // In WordPress's frame (sandbox="allow-scripts") a link can navigate nothing: each
  // click is handed to wp-embed.js, through go.html for another site's address (./forward.ts).
  if (secret !== undefined) {
    document.addEventListener('click', (event) => {
      const link = event
        .composedPath()
        .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      const value = linkMessageValue(link.href, location.href, src);
      if (value) send({ message: 'link', value, secret });
    });
  }
  let last = 0;
  const fitWordPress = secret !== undefined && !params.get('layout');
  // Once the reader steps through the events, the frame only grows (at one width): a
  // shorter card must not pull the host's article up under the reader (issue 33).
  let reading = false;
  let width = window.innerWidth;
  // Until the tallest card is measured (./tallest.ts) the host hears no height, so the
  // frame takes its height once, not the first card's and then the tallest's.
  let holding = verdict?.ok !== false;
  timeline.addEventListener('summit-select', () => (reading = true));
  const report = (force = false) => {
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      last = 0;
      void reserve();
    }
    const height = reading ? Math.max(contentHeight(), last) : contentHeight();
    if (height <= 0 || (height === last && !force)) return;
    if (fitWordPress && height > WORDPRESS_MAX_HEIGHT && timeline.getAttribute('layout') !== 'horizontal') {
      // Reported once laid out again: the MutationObserver below hears the new render.
      timeline.setAttribute('layout', 'horizontal');
      return;
    }
    if (holding) return;
    last = height;
    for (const message of heightMessages(height, childId)) send(message);
    if (secret) send({ message: 'height', value: height, secret });
  };
  /** Reserves the tallest card's height (horizontal layout), then lets the height out. */
  let measuring = 0;
  const reserve = async () => {
    const run = ++measuring;
    try {
      await customElements.whenDefined('summit-timeline');
      // The data arrives after the element is defined; a source that fails shows its note instead.
      for (let wait = 0; wait < 300 && !(timeline.events.length > 0); wait++) await nextFrame();
      await timeline.updateComplete;
      await nextFrame();
      timeline.style.minHeight = '';
      const tallest = await tallestHeight(timeline);
      if (run === measuring && tallest > 0) timeline.style.minHeight = `${tallest}px`;
    } finally {
      if (run === measuring && holding) {
        holding = false;
        report(true);
      }
    }
  };
  void reserve();
  // Whatever the measuring meets, the host hears a height within 3 s.
  setTimeout(() => {
    if (!holding) return;
    holding = false;
    report(true);
  }, 3000);
  new ResizeObserver(() => report()).observe(document.documentElement);
  window.addEventListener('load', () => report());
  // A frame the host keeps hidden until it hears a height (WordPress clips it to
  // a pixel) is one the browser stops rendering, and its ResizeObserver falls
  // silent: so also report whenever the timeline's content changes.
  void customElements.whenDefined('summit-timeline').then(() => {
    const root = timeline.shadowRoot;
    if (root) new MutationObserver(() => report()).observe(root, { childList: true, subtree: true, characterData: true });
  });
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data: unknown = event.data;
    const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    const isFramesInit = record.sentinel === 'amp' && record.type === 'frames-init';
    const isWordPressReady = secret !== undefined && record.message === 'ready' && record.secret === secret;
    if (isPymWidth(data, childId) || isFramesInit || isWordPressReady) report(true);
  });
}

start();
