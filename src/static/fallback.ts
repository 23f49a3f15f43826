/**
 * Why this exists: in email, RSS, Apple News, and CMSs that strip scripts or
 * unknown tags, the light DOM is all a reader gets. This writes it as a plain
 * chronology — heading, ordered list of <time> + headline + text + quote — that
 * reads correctly on its own and, where <summit-event> survives, is also data
 * the element can read (src/components/summit-timeline/light-dom-children.ts).
 * Event and era ids are written as `data-id`, not `id`: an era and an event may
 * share a name, and two timelines may share a page, and an id must be unique.
 */
import type { TimelineDoc } from '../data/types.js';
import { spanDatetime, toIso } from '../dates/edtf.js';
import { formatDate, formatSpan } from '../dates/format.js';
import { datesFor } from '../layout/view.js';
import { sortEvents } from '../layout/chronology.js';
import type { Language } from '../i18n/strings.js';
import { escapeHtml as e } from './escape.js';

export function fallbackHtml(doc: TimelineDoc, language: Language, headingLevel = 2): string {
  const { ui } = language;
  const dates = datesFor(doc, language);
  const h = Math.min(6, Math.max(1, headingLevel));
  const attr = (name: string, value: string | undefined) => (value ? ` ${name}="${e(value)}"` : '');
  const parts: string[] = [];
  if (doc.title) parts.push(`<h${h}>${e(doc.title)}</h${h}>`);
  // data-* survive CMS filters (KSES), so the element can read the summary and credit back.
  if (doc.description) parts.push(`<p data-description>${e(doc.description)}</p>`);
  for (const era of doc.eras) {
    parts.push(
      `<p><summit-era${attr('data-id', era.id)} date="${e(era.dateText)}">${e(era.label)}</summit-era>: ${e(formatSpan(era.span, dates))}</p>`,
    );
  }
  parts.push('<ol>');
  // In the order the interactive timeline shows: chronological, ties in the sheet's order.
  for (const event of sortEvents(doc.events)) {
    const label = event.displayDate ?? formatSpan(event.span, dates);
    const lines = [
      `<time${attr('datetime', spanDatetime(event.span))}>${e(label)}</time>`,
      ...(event.headline ? [`<h${h + 1}>${e(event.headline)}</h${h + 1}>`] : []),
      ...(event.body ?? '')
        .split(/\n{2,}/)
        .filter(Boolean)
        // A list's items stand a line each ("• …"), as richTextToPlain writes them.
        .map(
          (p) =>
            `<p>${p
              .split('\n')
              .map((line) => e(line.trim()))
              .filter(Boolean)
              .join('<br>')}</p>`,
        ),
      ...(event.outside
        ? [
            `<p data-outside><strong>${e(ui.outsideArticle)}:</strong> <span data-note>${e(event.outside.note)}</span> ${e(ui.citation)}: <cite>${e(event.outside.citation)}</cite></p>`,
          ]
        : []),
      // The working for a relative date ("nearly eight decades"), for readers without script too.
      ...(event.relative
        ? [
            `<p data-relative><strong>${e(ui.howDated)}:</strong> ${e(ui.articleSays)}: “<span data-wording>${e(event.relative.wording)}</span>”. <span data-arithmetic>${e(event.relative.arithmetic)}</span></p>`,
          ]
        : []),
      // The article's words in its language; the desk's translation beside them, labelled, never quoted.
      ...(event.source?.quote ?? []).map((q) => `<blockquote${attr('lang', event.source?.lang)}>${e(q)}</blockquote>`),
      ...(event.source?.translation?.length
        ? [`<p data-translation><strong>${e(ui.deskTranslation)}:</strong> ${e(event.source.translation.join(' '))}</p>`]
        : []),
    ];
    parts.push(
      `<li><summit-event${attr('data-id', event.id)} date="${e(event.dateText)}"${attr('display-date', event.displayDate)}>\n${lines.join('\n')}\n</summit-event></li>`,
    );
  }
  parts.push('</ol>');
  if (doc.article) {
    const { title, publisher, date } = doc.article;
    const label = ui.basedOn(title, publisher, date ? formatDate(date, dates) : undefined);
    const data = `${attr('data-title', title)}${attr('data-publisher', publisher)}${attr('data-date', date ? toIso(date) : undefined)}`;
    parts.push(`<p data-article${data}><small>${e(label)}</small></p>`);
  }
  return parts.join('\n');
}
