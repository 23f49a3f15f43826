/**
 * The vertical layout: one list item per event with its gap label, era bands
 * and card beside a rail. Renders the view model (src/layout/view.ts) only. A
 * chunk of its own with its styles, like the horizontal layout: a page loads the
 * one its width asks for.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Language } from '../../i18n/strings.js';
import type { EraView, EventView, GapView, TimelineView } from '../../layout/view.js';
import { cssVars } from './css-vars.js';
import { single } from './render-rich.js';

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
}

const bandClass = (mark: EraView) => `band ${mark.first ? 'first' : ''} ${mark.last ? 'last' : ''}`;
const lane = (mark: EraView) => cssVars({ '--lane': String(mark.lane) });

/** The gap before an event, with the era band beside it when there is one: one template, not a list of two. */
function renderGap(gap: GapView, id: string, band?: EraView) {
  const long = gap.long ? 'long' : '';
  return band
    ? html`<span class="gap-line ${long}" aria-hidden="true"></span><p part="gap" class="gap ${long}" id=${id} dir="auto">${gap.label}</p><span class=${bandClass(band)} style=${lane(band)} aria-hidden="true"></span>`
    : html`<span class="gap-line ${long}" aria-hidden="true"></span><p part="gap" class="gap ${long}" id=${id} dir="auto">${gap.label}</p>`;
}

function renderEraBand(mark: EraView) {
  return html`<span class=${bandClass(mark)} style=${lane(mark)} aria-hidden="true"></span>`;
}

function renderEraLabel(era: EraView, ctx: VerticalContext, id?: string) {
  return html`<p part="era" class="era-label" id=${ifDefined(id)}><span class="visually-hidden">${ctx.language.ui.era}: </span><span lang=${ifDefined(ctx.contentLang)}>${era.label}</span><span class="era-dates"><bdi>${era.dates}</bdi></span></p>`;
}

/**
 * One event of the list. Lit marks each binding with a comment node, and each
 * item of a list with two, and a long timeline has thousands of items: so the
 * markup has no white space between elements, and what comes before the card
 * (gap, era bands, era labels) is one binding, one template in the common case.
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
  return html`<li
    part="event"
    class="event ${isFirst ? 'first' : ''} ${isLast ? 'last' : ''} ${selected ? 'selected' : ''}"
    data-id=${event.id}
    data-index=${order}
    tabindex=${current ? 0 : -1}
    aria-current=${ifDefined(selected ? 'true' : undefined)}
    aria-label=${row.name}
    aria-describedby=${ifDefined(described.length ? described.join(' ') : undefined)}
  >${before}${ctx.renderCard(row)}</li>`;
}

export function renderVertical(view: TimelineView, ctx: VerticalContext) {
  const last = view.rows.length - 1;
  const many = view.rows.length > MANY_EVENTS;
  // The rows up to the first event not yet drawn (an era that starts later waits with its events).
  const cut = ctx.limit >= view.events.length ? -1 : view.rows.findIndex((row) => row.kind === 'event' && row.view.order >= ctx.limit);
  const rows = cut === -1 ? view.rows : view.rows.slice(0, cut);
  return html`<ol part="list" class="chronology ${many ? 'many' : ''}" aria-label=${ctx.label}>
    ${rows.map((row, i) =>
      row.kind === 'event'
        ? renderListItem(row.view, i === 0, i === last, ctx)
        : html`<li part="event" class="era-only">${renderEraBand(row.era)}${renderEraLabel(row.era, ctx)}</li>`,
    )}
  </ol>`;
}
