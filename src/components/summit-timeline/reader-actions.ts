/**
 * What a reader does to the timeline — click, keys, the step buttons, a swipe,
 * in-page search, a problem's link in the editor panel — and what follows the
 * render: focus moved, the item brought into view, the live region's words.
 * Only a reader's choice fires `summit-select`; the element's own methods set
 * `selected` directly.
 */
import { readsRightToLeft } from './direction.js';
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../../data/types.js';
import { SummitSelectEvent } from '../../events/summit-select-event.js';
import { targetIndex } from './keyboard.js';

export interface ReaderHost extends ReactiveControllerHost, HTMLElement {
  readonly events: readonly TimelineEvent[];
  selected: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface Selection {
  /** The event shown and focusable: the selected one, else the first. */
  readonly current: number;
  /** -1 when nothing is selected yet. */
  readonly selected: number;
}

/** What the actions read from the element's last layout. */
export interface ReaderContext extends Selection {
  readonly horizontal: boolean;
  /** Each event's date and headline, as the live region says them. */
  readonly name: (index: number) => string;
}

export class ReaderActions {
  /** Text for the polite live region: the date and headline of a new selection. */
  announcement = '';
  /** After the next render: move focus to the current item, bring it or its panel into view. */
  private focusAfter = false;
  private revealAfter = false;
  private revealPanelAfter = false;

  constructor(
    private readonly host: ReaderHost,
    private readonly context: () => ReaderContext,
  ) {}

  /** A reader chose an event: select it, tell the page, and say what it is. */
  select(index: number, options: { focus?: boolean; announce?: boolean } = {}): void {
    const event = this.host.events[index];
    if (!event) return;
    const changed = event.id !== this.host.selected;
    this.host.selected = event.id;
    this.focusAfter ||= options.focus ?? false;
    if (options.announce) {
      this.announcement = this.context().name(index);
      // A plain field, not a declared property (it is no part of the API): ask for the render.
      this.host.requestUpdate();
    }
    if (changed) this.host.dispatchEvent(new SummitSelectEvent({ id: event.id, index }));
  }

  /** The current item is brought into view after the next render (a deep link, a problem's link). */
  reveal(): void {
    this.revealAfter = true;
  }

  readonly keydown = (e: KeyboardEvent): void => {
    const item = (e.target as Element).closest<HTMLElement>('[data-index]');
    if (!item || e.altKey || e.ctrlKey || e.metaKey) return;
    const index = Number(item.dataset.index);
    const { horizontal } = this.context();
    if (e.key === 'Enter' || e.key === ' ') {
      if ((e.target as Element) !== item) return;
      e.preventDefault();
      this.select(index);
      if (horizontal) {
        void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#panel-${index}`)?.focus());
      }
      return;
    }
    const rtl = readsRightToLeft(this.host);
    const target = targetIndex(e.key, index, this.host.events.length, horizontal ? 'horizontal' : 'vertical', rtl);
    if (target === undefined) return;
    e.preventDefault();
    this.select(target, { focus: true });
  };

  readonly click = (e: MouseEvent): void => {
    const item = (e.target as Element).closest<HTMLElement>('[data-index]');
    if (item) this.select(Number(item.dataset.index));
  };

  /** The previous/next buttons and a swipe. */
  readonly step = (delta: number): void => {
    const { current, selected } = this.context();
    const index = Math.min(this.host.events.length - 1, Math.max(0, current + delta));
    if (index !== current || selected === -1) this.select(index, { announce: true });
  };

  /**
   * In-page search (Ctrl+F) found text in a hidden panel: show that event. Its
   * card replaces the panel's plain words, so the browser's highlight may go
   * with them: the panel is brought into view instead.
   */
  readonly beforeMatch = (e: Event): void => {
    const panel = (e.target as Element).closest<HTMLElement>('[data-panel]');
    if (!panel) return;
    this.select(Number(panel.dataset.panel));
    this.revealPanelAfter = true;
  };

  /** Jumps from a problem in the editor panel to the event it names. */
  readonly showProblem = (index: number): void => {
    this.select(index, { focus: true });
    this.revealAfter = true;
  };

  /** After a render: focus and scrolling asked for before it. */
  afterRender(): void {
    const root = this.host.renderRoot;
    const { current } = this.context();
    // A step button that just reached the end is disabled, and focus would fall to the page: keep it on the other one.
    const active = (root as ShadowRoot).activeElement;
    if (active instanceof HTMLButtonElement && active.disabled && active.classList.contains('step')) {
      root.querySelector<HTMLButtonElement>('.step:not([disabled])')?.focus();
    }
    const item = () => root.querySelector<HTMLElement>(`[data-index="${current}"]`);
    if (this.focusAfter) {
      this.focusAfter = false;
      item()?.focus();
    }
    if (this.revealAfter) {
      this.revealAfter = false;
      item()?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    if (this.revealPanelAfter) {
      this.revealPanelAfter = false;
      root.querySelector(`#panel-${current}`)?.scrollIntoView({ block: 'nearest' });
    }
  }
}
