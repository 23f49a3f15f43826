/**
 * A sideways swipe on the horizontal layout's card steps to the next or
 * previous event, following reading direction; vertical movement stays page
 * scrolling (the panels have touch-action: pan-y). Mouse drags are not swipes.
 */
const SWIPE_DISTANCE = 40;

export class SwipeTracker {
  private start?: { x: number; y: number };

  /** @param step - called with +1 (next in reading order) or -1 */
  constructor(private readonly step: (delta: number) => void) {}

  readonly down = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') this.start = { x: e.clientX, y: e.clientY };
  };

  readonly cancel = () => {
    this.start = undefined;
  };

  readonly up = (e: PointerEvent) => {
    const start = this.start;
    this.start = undefined;
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    const rtl = (e.currentTarget as Element | null)?.matches(':dir(rtl)') ?? false;
    this.step(dx < 0 !== rtl ? 1 : -1);
  };
}
