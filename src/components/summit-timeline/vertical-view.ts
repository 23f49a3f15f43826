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

function renderGap(gap: GapView, id: string) {
  return html`<span class="gap-line ${gap.long ? 'long' : ''}" aria-hidden="true"></span><p part="gap" class="gap ${gap.long ? 'long' : ''}" id=${id} dir="auto">${gap.label}</p>`;
}

function renderEraBand(mark: EraView) {
  return html`<span
    class="band ${mark.first ? 'first' : ''} ${mark.last ? 'last' : ''}"
    style=${cssVars({ '--lane': String(mark.lane) })}
    aria-hidden="true"
  ></span>`;
}

function renderEraLabel(era: EraView, ctx: VerticalContext, id?: string) {
  return html`<p part="era" class="era-label" id=${ifDefined(id)}><span class="visually-hidden">${ctx.language.ui.era}: </span><span lang=${ifDefined(ctx.contentLang)}>${era.label}</span><span class="era-dates"><bdi>${era.dates}</bdi></span></p>`;
}

/**
 * One event of the list. Its gap, era bands and era labels are one list
 * binding, and the markup has no white space between elements: Lit marks each
 * binding with a comment node, and a long timeline has thousands of items.
 */
function renderListItem(row: EventView, isFirst: boolean, isLast: boolean, ctx: VerticalContext) {
  const { event, order } = row;
  const current = order === ctx.current;
  const selected = order === ctx.selected;
  // Named "date: headline" when focused, the date said once; the gap and the era that begins here describe it.
  const starting = row.eras.filter((mark) => mark.first);
  const described = [...(row.gap ? [`gap-${order}`] : []), ...starting.map((_, k) => `era-${order}-${k}`)];
  const before = [
    ...(row.gap ? [renderGap(row.gap, `gap-${order}`)] : []),
    ...row.eras.map(renderEraBand),
    ...starting.map((mark, k) => renderEraLabel(mark, ctx, `era-${order}-${k}`)),
  ];
  return html`<li
    part="event"
    class="event ${isFirst ? 'first' : ''} ${isLast ? 'last' : ''} ${selected ? 'selected' : ''}"
    data-id=${event.id}
    data-index=${order}
    tabindex=${current ? 0 : -1}
    aria-current=${ifDefined(selected ? 'true' : undefined)}
    aria-label=${row.name}
    aria-describedby=${ifDefined(described.length ? described.join(' ') : undefined)}
  >${single(before)}<span class="line" aria-hidden="true"></span><span class="dot" aria-hidden="true"></span>${ctx.renderCard(row)}</li>`;
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
