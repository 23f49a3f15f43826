/**
 * The element's own width, for `layout="auto"` and the axis geometry: CMS
 * columns are narrow whatever the viewport, and a timeline that starts in a
 * hidden tab has no width until it is shown.
 *
 * Like Lit's ResizeController, but it re-renders only when the width changes,
 * and one frame later: switching layout changes the element's height, and doing
 * that inside the observer's callback makes browsers report a "ResizeObserver
 * loop" error on the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** Border-box width in px: 0 until the element is first rendered, then the last width it had. */
  value = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  private height = 0;

  /**
   * @param onResize - called (a frame later) when the height alone changed: text
   *   reflowed, say because the page changed font, which the host may want to re-measure.
   * @param onConnect - called on connect once the width is measured, before the
   *   controllers added after this one are told of the connection.
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onResize?: () => void,
    private readonly onConnect?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = this.host.getBoundingClientRect().width;
    this.onConnect?.();
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      // No width once it had one: hidden (a collapsed section, display: none), or
      // a viewport squeezed for a moment (Chromium's full-page capture makes it
      // 1 px). Nobody sees a layout for it, and switching to the list and back
      // would re-render the whole timeline twice, blank in between.
      if (width === 0 && this.value > 0) return;
      const widthChanged = Math.abs(width - this.value) >= 0.5;
      const heightChanged = Math.abs(height - this.height) >= 0.5;
      this.value = width;
      this.height = height;
      if (!widthChanged && !(heightChanged && this.onResize)) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => (widthChanged ? this.host.requestUpdate() : this.onResize?.()));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
