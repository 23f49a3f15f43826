/**
 * The parts of the element that ship as chunks of their own — each layout and
 * the editor panel — loaded the first time they are needed; when one arrives
 * the element adopts its styles and renders again.
 */
import { adoptStyles, type ReactiveControllerHost } from 'lit';
import type { ResolvedLayout } from './keyboard.js';
import { LazyPart } from './lazy-part.js';
import { cascade } from './summit-timeline.styles.js';

export type VerticalPart = typeof import('./vertical-view.js');
export type TranslationsPart = typeof import('../../data/translations.js');

export class LayoutParts {
  readonly vertical: LazyPart<VerticalPart>;
  readonly horizontal: LazyPart<typeof import('./horizontal-view.js')>;
  readonly editor: LazyPart<typeof import('./editor-panel.js')>;
  /** Only timelines whose data carries translations need them (src/data/translations.ts). */
  readonly translations: LazyPart<TranslationsPart>;

  /** `server`: the parts in hand, on a server that cannot wait for a chunk. */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    server?: { readonly vertical: VerticalPart; readonly translations: TranslationsPart },
  ) {
    const arrived = () => this.arrived();
    this.vertical = new LazyPart(() => import('./vertical-view.js'), arrived, server?.vertical);
    this.translations = new LazyPart(() => import('../../data/translations.js'), arrived, server?.translations);
    this.horizontal = new LazyPart(() => import('./horizontal-view.js'), arrived);
    this.editor = new LazyPart(() => import('./editor-panel.js'), arrived);
  }

  /** The chunk of the layout in effect, which may not have arrived yet. */
  of(layout: ResolvedLayout) {
    return layout === 'vertical' ? this.vertical : this.horizontal;
  }

  /**
   * The layout drawn: the one in effect once its chunk has arrived. Until then,
   * the other if its chunk is in hand — a timeline widened past HORIZONTAL_FROM
   * the first time keeps its list while the axis loads, rather than going blank
   * and taking the page below it up and down again.
   */
  drawn(layout: ResolvedLayout): ResolvedLayout | undefined {
    if (this.horizontal.module && (layout === 'horizontal' || !this.vertical.module)) return 'horizontal';
    return this.vertical.module ? 'vertical' : undefined;
  }

  /** Base styles plus those of the parts that have arrived. */
  private arrived() {
    const parts = {
      vertical: this.vertical.module?.verticalStyles,
      horizontal: this.horizontal.module?.horizontalStyles,
      editor: this.editor.module?.editorStyles,
    };
    adoptStyles(this.host.renderRoot as ShadowRoot, cascade(parts));
    this.host.requestUpdate();
  }
}
