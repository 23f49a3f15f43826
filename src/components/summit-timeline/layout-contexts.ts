/**
 * What the element hands the layout it draws: one set of inputs, turned into
 * the card renderer and the vertical list's or the horizontal axis's context.
 * The layouts are chunks (./layout-parts.ts); this module only assembles.
 */
import type { AxisView } from '../../layout/axis-view.js';
import type { EventView, TimelineView } from '../../layout/view.js';
import type { Language } from '../../i18n/strings.js';
import { renderEventCard } from './event-card.js';
import { renderHeading } from './header-view.js';
import type { LayoutParts } from './layout-parts.js';
import type { ReaderActions, Selection } from './reader-actions.js';
import type { SwipeTracker } from './swipe.js';

export interface LayoutInputs {
  readonly language: Language;
  /** The data's language, set on its text so screen readers pronounce it right. */
  readonly contentLang: string | undefined;
  readonly headingLevel: number;
  /** The list's accessible name. */
  readonly label: string;
  readonly selection: Selection;
  /** Events to draw now (batches, print). */
  readonly limit: number;
  /** The page is printing: every disclosure opens. */
  readonly printing: boolean;
  /** The card animates in (the selection changed). */
  readonly animate: boolean;
  readonly reader: ReaderActions;
  /** The element's one swipe tracker, made with the horizontal chunk's class. */
  readonly swipe: (make: () => SwipeTracker) => SwipeTracker;
}

/** The layout drawn: the axis when there is one (its chunk has arrived), else the vertical list. */
export function renderLayout(parts: LayoutParts, axis: AxisView | undefined, view: TimelineView, input: LayoutInputs) {
  const { language, contentLang, selection, limit, printing: expanded, reader } = input;
  /** An event's headline, one level below the timeline's title. */
  const heading = (content: unknown) => renderHeading(input.headingLevel, 1, 'headline', content, contentLang);
  const renderCard = (event: EventView) =>
    renderEventCard(event, { language, contentLang, heading, tabbable: event.order === selection.current, expanded });
  const horizontal = parts.horizontal.module;
  if (axis && horizontal) {
    return horizontal.renderHorizontal(axis, {
      language,
      contentLang,
      events: view.events,
      current: selection.current,
      limit,
      animate: input.animate,
      expanded,
      renderCard,
      step: reader.step,
      swipe: input.swipe(() => new horizontal.SwipeTracker(reader.step)),
      onBeforeMatch: reader.beforeMatch,
    });
  }
  return parts.vertical.module!.renderVertical(view, {
    language,
    contentLang,
    label: input.label,
    current: selection.current,
    selected: selection.selected,
    limit,
    renderCard,
    heading,
    expanded,
    itemInputs: [language, contentLang, input.headingLevel, expanded],
  });
}
