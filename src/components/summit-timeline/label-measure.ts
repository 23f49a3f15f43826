/**
 * Measures the axis labels' text in the font they render in, so the pure
 * layout (src/layout/axis-view.ts) places boxes exactly as wide as the text:
 * the element inherits the page's font, and an estimate per character clipped
 * labels on pages set in wider faces or larger sizes.
 *
 * Widths come from canvas measureText, cached per font and text. The fonts are
 * read from the rendered labels' computed style after each render; until a
 * label exists, they are derived from the host's font. A webfont that finishes
 * loading clears the cache and re-lays the axis out; so does any change to the
 * labels' computed font (the page switched typeface or size).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AxisText } from '../../layout/axis-view.js';
import { estimateTextWidth } from '../../layout/labels.js';

/** A rendered element of each kind of text, to read its computed font from. */
const SELECTORS: Readonly<Record<AxisText, string>> = { date: '.marker-label', break: '.break-label', era: '.era-name' };
/** Until a label has rendered: its size relative to the host's, and weight (horizontal.styles.ts). */
const LABEL_SCALE = 0.75;
const LABEL_WEIGHT = '700';

type Host = ReactiveControllerHost & HTMLElement;

/** The computed font as a canvas font string; Firefox leaves the `font` shorthand empty. */
function fontOf(element: Element): string {
  const style = getComputedStyle(element);
  return style.font || `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

export class LabelMeasureController implements ReactiveController {
  private context?: CanvasRenderingContext2D | null;
  private readonly cache = new Map<string, number>();
  private fonts: Partial<Record<AxisText, string>> = {};
  /** The labels' font as derived from the host's, until a label has rendered. */
  private guess?: string;
  /** The font the canvas is set to. */
  private canvasFont?: string;
  /** Changes whenever measured widths may have: part of the axis layout's inputs. */
  version = 0;

  private readonly fontsLoaded = () => this.invalidate();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.fontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.fontsLoaded);
  }

  private invalidate() {
    this.cache.clear();
    this.guess = undefined;
    this.version++;
    this.host.requestUpdate();
  }

  private get canvas() {
    this.context ??= document.createElement('canvas').getContext('2d');
    return this.context;
  }

  /** A font string as the canvas reads it, so two spellings of one font compare equal. */
  private normalize(font: string): string {
    const canvas = this.canvas;
    if (!canvas) return font;
    canvas.font = font;
    this.canvasFont = canvas.font;
    return this.canvasFont;
  }

  /** The font a kind of label renders in: as last read from the DOM, else from the host. */
  private fontFor(kind: AxisText): string {
    const known = this.fonts[kind];
    if (known) return known;
    // Derived once per layout, not per label: reading the host's style for each would cost a long axis dearly.
    if (!this.guess) {
      const style = getComputedStyle(this.host);
      this.guess = this.normalize(`${LABEL_WEIGHT} ${parseFloat(style.fontSize) * LABEL_SCALE}px ${style.fontFamily}`);
    }
    return this.guess;
  }

  /** Width in px of `text` in the font of that kind of label. */
  readonly measure = (text: string, kind: AxisText): number => {
    const font = this.fontFor(kind);
    const key = `${font}\u0000${text}`;
    let width = this.cache.get(key);
    if (width === undefined) {
      const canvas = this.canvas;
      if (canvas) {
        // Setting a font parses it, even the same one again: only when it changes.
        if (this.canvasFont !== font) canvas.font = this.canvasFont = font;
        width = canvas.measureText(text).width;
      } else {
        width = estimateTextWidth(text, parseFloat(font.split(' ').find((part) => part.endsWith('px')) ?? '12'));
      }
      this.cache.set(key, width);
    }
    return width;
  };

  /**
   * Reads the rendered labels' fonts; when one differs from what the layout used,
   * bumps the version and asks for another update. Call after a render.
   */
  check(root: ParentNode): void {
    let changed = false;
    for (const kind of Object.keys(SELECTORS) as AxisText[]) {
      const element = root.querySelector(SELECTORS[kind]);
      if (!element) continue;
      const before = this.fontFor(kind);
      const font = this.normalize(fontOf(element));
      this.fonts[kind] = font;
      changed ||= font !== before;
    }
    if (changed) this.invalidate();
  }
}
