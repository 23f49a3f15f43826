/**
 * The vertical layout: one list item per event with its gap label, era bands
 * and card beside a rail. Renders the view model (src/layout/view.ts) only. A
 * chunk of its own with its styles, like the horizontal layout: a page loads the
 * one its width asks for.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import type { TimelineEvent } from '../../data/types.js';
import type { Language } from '../../i18n/strings.js';
import type { EraView, EventView, GapView, TimelineView } from '../../layout/view.js';
import { renderSources } from './event-card.js';
import { renderRich, single } from './render-rich.js';

import { MAX_LANE } from './vertical.styles.js';

export { verticalStyles } from './vertical.styles.js';

/** From this many rows the list lets the browser skip rendering cards off screen. */
const MANY_EVENTS = 50;

export interface VerticalContext {
  readonly language: Language;
  readonly contentLang: string | undefined;
  /** Accessible name of the list. */
  readonly label: string;
  /** The event that holds the list's one tab stop, and the one a reader selected (-1 for none). */
  readonly current: number;
  readonly selected: number;
  /** Events drawn so far (a long list is drawn a batch at a time); the rest follow. */
  readonly limit: number;
  readonly renderCard: (event: EventView) => TemplateResult;
  /** An event's headline, as the card draws it (at the page's heading level). */
  readonly heading: (content: unknown) => TemplateResult;
  /** Open every disclosure, for print. */
  readonly expanded: boolean;
  /**
   * Everything an item shows besides its own event and the selection (the language, the
   * heading level, print…): a group of items is drawn again only when one of these changed.
   */
  readonly itemInputs: readonly unknown[];
}

/**
 * An era band's lane is a class (lane-1 … lane-8), not a style attribute: the server
 * writes this markup as text, and a page whose CSP has no 'unsafe-inline' for styles
 * drops style attributes, which would stack every overlapping era in one lane. Nine
 * or more eras open at one time share the last lane; the list would be unreadable
 * long before that.
 */
const bandClass = (mark: EraView) =>
  `band ${mark.first ? 'first' : ''} ${mark.last ? 'last' : ''} ${mark.lane > 0 ? `lane-${Math.min(mark.lane, MAX_LANE)}` : ''}`;

/** The gap before an event, with the era band beside it when there is one: one template, not a list of two. */
function renderGap(gap: GapView, id: string, band?: EraView) {
  const long = gap.long ? 'long' : '';
  return band
    ? html`<span class="gap-line ${long}" aria-hidden="true"></span><p part="gap" class="gap ${long}" id=${id} dir="auto">${gap.label}</p><span class=${bandClass(band)} aria-hidden="true"></span>`
    : html`<span class="gap-line ${long}" aria-hidden="true"></span><p part="gap" class="gap ${long}" id=${id} dir="auto">${gap.label}</p>`;
}

function renderEraBand(mark: EraView) {
  return html`<span class=${bandClass(mark)} aria-hidden="true"></span>`;
}

function renderEraLabel(era: EraView, ctx: VerticalContext, id?: string) {
  return html`<p part="era" class="era-label" id=${ifDefined(id)}><span class="visually-hidden">${ctx.language.ui.era}: </span><span lang=${ifDefined(ctx.contentLang)}>${era.label}</span><span class="era-dates"><bdi>${era.dates}</bdi></span></p>`;
}

/**
 * The one paragraph of a card of the common shape — a headline and a paragraph
 * of plain text, no kicker or image — or undefined for any other card, which
 * the shared card template draws.
 */
function plainBody({ headline, bodyRich, group, media }: TimelineEvent): string | undefined {
  const body = bodyRich?.length === 1 && bodyRich[0].length === 1 ? bodyRich[0][0] : undefined;
  return headline && !group && !media && typeof body === 'string' ? body : undefined;
}

/**
 * One event of the list. Lit marks each binding with a comment node, and each
 * item of a list with two, and a long timeline has thousands of items: so the
 * markup has no white space between elements, and what comes before the card
 * (gap, era bands, era labels) is one binding, one template in the common case.
 * A card of the common shape is written out in the item's own template (the
 * same elements, attributes and words as the shared card in ./event-card.ts,
 * which has a binding for each optional part): hence two templates of the item.
 */
function renderListItem(row: EventView, isFirst: boolean, isLast: boolean, ctx: VerticalContext) {
  const { event, order } = row;
  const current = order === ctx.current;
  const selected = order === ctx.selected;
  // Named "date: headline" when focused, the date said once; the gap and the era that begins here describe it.
  const starting = row.eras.filter((mark) => mark.first);
  const gapId = `gap-${order}`;
  const described = [...(row.gap ? [gapId] : []), ...starting.map((_, k) => `era-${order}-${k}`)];
  // Most items: a gap, and at most one era band that runs on past it.
  const before =
    row.gap && !starting.length && row.eras.length < 2
      ? renderGap(row.gap, gapId, row.eras[0])
      : single([
          ...(row.gap ? [renderGap(row.gap, gapId)] : []),
          ...row.eras.map(renderEraBand),
          ...starting.map((mark, k) => renderEraLabel(mark, ctx, `era-${order}-${k}`)),
        ]);
  const className = `event ${isFirst ? 'first' : ''} ${isLast ? 'last' : ''} ${selected ? 'selected' : ''}`;
  const tabindex = current ? 0 : -1;
  const ariaCurrent = ifDefined(selected ? 'true' : undefined);
  const describedBy = ifDefined(described.length ? described.join(' ') : undefined);
  const body = plainBody(event);
  if (body === undefined) {
    return html`<li part="event" class=${className} data-id=${event.id} data-index=${order} tabindex=${tabindex} aria-current=${ariaCurrent} aria-label=${row.name} aria-describedby=${describedBy}>${before}${ctx.renderCard(row)}</li>`;
  }
  const lang = ifDefined(ctx.contentLang);
  const sources = renderSources(event, { ...ctx, tabbable: current });
  return html`<li part="event" class=${className} data-id=${event.id} data-index=${order} tabindex=${tabindex} aria-current=${ariaCurrent} aria-label=${row.name} aria-describedby=${describedBy}>${before}<div part="card" class="card"><time part="date" datetime=${ifDefined(row.datetime)}><bdi>${row.date}</bdi></time>${ctx.heading(renderRich(event.headlineRich))}<div part="body" class="body" lang=${lang} dir="auto"><p>${body}</p></div>${sources}</div></li>`;
}

/**
 * Sixteen items as one template of sixteen bindings. Lit marks each item of a
 * list with two comment nodes, and each binding with one: a list of these
 * groups takes 1⅛ markers an item where a list of items takes 2. The last
 * group's unused bindings render nothing.
 */
const GROUP = 16;
const group = (items: readonly unknown[]) =>
  html`${items[0]}${items[1]}${items[2]}${items[3]}${items[4]}${items[5]}${items[6]}${items[7]}${items[8]}${items[9]}${items[10]}${items[11]}${items[12]}${items[13]}${items[14]}${items[15]}`;

export function renderVertical(view: TimelineView, ctx: VerticalContext) {
  const last = view.rows.length - 1;
  const many = view.rows.length > MANY_EVENTS;
  // The rows up to the first event not yet drawn (an era that starts later waits with its events).
  const cut = ctx.limit >= view.events.length ? -1 : view.rows.findIndex((row) => row.kind === 'event' && row.view.order >= ctx.limit);
  const rows = cut === -1 ? view.rows : view.rows.slice(0, cut);
  const rowOf = (order: number) => view.rows.findIndex((row) => row.kind === 'event' && row.view.order === order);
  const current = rowOf(ctx.current);
  const selected = rowOf(ctx.selected);
  // Each group is drawn again only when something it shows changed: a batch that adds
  // rows to a long list, or a new selection, leaves the other groups alone.
  const groups = Array.from({ length: Math.ceil(rows.length / GROUP) }, (_, k) => {
    const start = k * GROUP;
    const end = Math.min(start + GROUP, rows.length);
    const here = (row: number) => (row >= start && row < end ? row : -1);
    return guard([view, end, here(current), here(selected), ...ctx.itemInputs], () =>
      group(
        rows
          .slice(start, end)
          .map((row, j) =>
            row.kind === 'event'
              ? renderListItem(row.view, start + j === 0, start + j === last, ctx)
              : html`<li part="event" class="era-only">${renderEraBand(row.era)}${renderEraLabel(row.era, ctx)}</li>`,
          ),
      ),
    );
  });
  return html`<ol part="list" class="chronology ${many ? 'many' : ''}" aria-label=${ctx.label}>${single(groups)}</ol>`;
}
