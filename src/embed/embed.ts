/**
 * The iframe embed page: `embed.html?src=<data-url>&id=<child-id>&theme=&lang=&layout=&scale=&selected=`
 * (`childId`, as Pym.js sends it, works as `id`).
 * Renders one timeline and tells the host page its height on load and on every
 * resize (ResizeObserver, not polling). Works in `sandbox="allow-scripts"`:
 * nothing here needs same-origin access.
 */
import '../components/summit-timeline/summit-timeline.define.js';
import { heightMessages } from './resize-messages.js';

const ATTRIBUTES = ['src', 'theme', 'lang', 'layout', 'scale', 'selected'] as const;

function start() {
  const params = new URLSearchParams(location.search);
  // Pym.js parents pass their container's id as childId.
  const childId = params.get('id') || params.get('childId') || 'summit-timeline';
  const timeline = document.createElement('summit-timeline');
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value) timeline.setAttribute(name, value);
  }
  // The element judges src itself (a refused one is reported, never fetched);
  // nothing else read from the URL becomes an address.
  if (params.get('lang')) document.documentElement.lang = params.get('lang')!;
  document.body.append(timeline);

  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // '*': a sandboxed frame has an opaque origin and cannot know its host's;
    // a height is not a secret, and hosts check the message's source.
    for (const message of heightMessages(height, childId)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
}

start();
