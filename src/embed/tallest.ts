/**
 * The height an embed frame reserves so that stepping never resizes it (issue
 * 33): in the horizontal layout one card shows at a time, and cards differ in
 * height, so a frame sized to the first card would grow or shrink under the host's
 * article at each step. A twin of the timeline, inert and out of sight, is shown
 * each event in turn and measured; the tallest is the frame's height from the
 * start. Beyond MAX_MEASURED events the measuring would cost more than it saves,
 * and the frame only grows while the reader steps (embed.ts).
 */
type Timeline = HTMLElement & {
  selected: string;
  readonly events: ReadonlyArray<{ readonly id: string }>;
  readonly resolvedLayout: string;
  readonly updateComplete: Promise<boolean>;
};

export const MAX_MEASURED = 60;

// A timer, not an animation frame: a frame kept out of sight by its host gets none. Reading
// the twin's size lays it out either way.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The tallest the timeline gets as each event is shown, in px, or 0 when it need not be measured. */
export async function tallestHeight(timeline: Timeline): Promise<number> {
  const events = timeline.events;
  if (timeline.resolvedLayout !== 'horizontal' || events.length < 2 || events.length > MAX_MEASURED) return 0;
  // Out of sight and out of the page's size: fixed boxes add nothing to the document's scroll height.
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.className = 'measure';
  const twin = timeline.cloneNode(false) as Timeline;
  twin.removeAttribute('id');
  twin.removeAttribute('hash-links');
  twin.setAttribute('layout', 'horizontal');
  box.style.width = `${timeline.getBoundingClientRect().width}px`;
  box.append(twin);
  document.body.append(box);
  try {
    // The twin reads the same data (from the browser's cache when it came from src).
    for (let wait = 0; wait < 200 && twin.events.length !== events.length; wait++) await new Promise((resolve) => setTimeout(resolve, 16));
    let tallest = 0;
    for (const event of events) {
      twin.selected = event.id;
      await twin.updateComplete;
      await settle();
      tallest = Math.max(tallest, Math.ceil(twin.getBoundingClientRect().height));
    }
    // Twins that never drew (no data yet, a refused source) measure nothing.
    return twin.events.length === events.length ? tallest : 0;
  } finally {
    box.remove();
  }
}
