/**
 * The horizontal axis the element draws: its geometry, rebuilt only when what it
 * depends on changes (a new selection or announcement reuses it), its labels
 * measured in their font, and the current marker kept in view after a render.
 */
import { readsRightToLeft } from './direction.js';
import type { ReactiveControllerHost } from 'lit';
import type { Scale } from '../../layout/axis.js';
import type { AxisView } from '../../layout/axis-view.js';
import type { TimelineView } from '../../layout/view.js';
import type { LabelMeasureController } from './label-measure.js';
import { Memo } from './memo.js';

type HorizontalPart = typeof import('./horizontal-view.js');

export class AxisState {
  view?: AxisView;
  private readonly built = new Memo<AxisView>();
  /** Measures axis labels in their font; comes with the horizontal chunk. */
  private labels?: LabelMeasureController;
  /** The axis and the selection the last time the current marker was kept in view; no axis until one is drawn. */
  private inView: readonly [AxisView | undefined, number] = [undefined, -1];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Before a render: the axis for this view and width, or none when the horizontal layout is not drawn. */
  update(horizontal: HorizontalPart | undefined, view: TimelineView | undefined, width: number, scale: Scale): void {
    if (!horizontal || !view) {
      this.built.clear();
      this.view = undefined;
      return;
    }
    const labels = (this.labels ??= new horizontal.LabelMeasureController(this.host));
    this.view = this.built.get([view, width, scale, labels.version], () =>
      horizontal.buildAxisView(view, { width, scale, measure: labels.measure }),
    );
  }

  /**
   * After a render. Both steps read style or layout, which in the middle of a
   * render forces the whole timeline's to be worked out then, and again in the
   * frame. So the marker is brought into view only when it or the axis changed,
   * not for a batch of markers and panels (nor, once the reader has scrolled the
   * axis, for a render they did not ask for); a first axis showing its first
   * marker is at the start already. The labels' fonts are checked when the axis
   * is new (page fonts that change later are caught by the fonts' loadingdone and
   * the resize observer), the first time once the frame has laid out.
   */
  afterRender(horizontal: HorizontalPart | undefined, root: ParentNode, current: number, selected: number): void {
    if (!this.view) return;
    const [axisBefore, selectedBefore] = this.inView;
    const first = !axisBefore;
    if ((this.view !== axisBefore || selected !== selectedBefore) && (!first || current !== 0)) {
      horizontal?.keepMarkerInView(root, this.view, current, readsRightToLeft(this.host));
    }
    this.inView = [this.view, selected];
    if (first) requestAnimationFrame(() => setTimeout(() => this.checkFonts(root)));
    else if (this.view !== axisBefore) this.checkFonts(root);
  }

  /** The axis labels were measured in a font; if they now render in another, lay them out again. */
  checkFonts(root: ParentNode): void {
    if (this.view) this.labels?.check(root);
  }
}
