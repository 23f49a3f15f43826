/**
 * A timeline's document in another language (./content-language.ts chooses which).
 * A chunk of its own: only timelines whose data carries translations load it.
 *
 * A translated document keeps every date, id, link and citation, and keeps each
 * source quote as the article printed it: the quote stays in the original
 * language (`source.lang`) and the desk's translation stands beside it
 * (`source.translation`), labelled, never in quotation marks — a Russian rendering
 * of the AP's English rendering of what Putin said in Russian is not his words.
 */
import type { DocTranslation, EventTranslation, TimelineDoc, TimelineEvent } from './types.js';
import { own } from '../own.js';

function translateEvent(event: TimelineEvent, t: EventTranslation | undefined, original: string | undefined): TimelineEvent {
  // Untranslated, the event still shows in a translated timeline: its quote keeps its own language.
  if (!t) return event.source && original ? { ...event, source: { ...event.source, lang: original } } : event;
  const media =
    event.media && event.media.kind !== 'quote'
      ? { ...event.media, ...(t.caption ? { caption: t.caption } : {}), ...(t.alt ? { alt: t.alt } : {}), ...(t.credit ? { credit: t.credit } : {}) }
      : event.media;
  return {
    ...event,
    ...(t.headline ? { headline: t.headline, headlineRich: t.headlineRich ?? [t.headline] } : {}),
    ...(t.body ? { body: t.body, bodyRich: t.bodyRich ?? [[t.body]] } : {}),
    ...(t.displayDate ? { displayDate: t.displayDate } : {}),
    ...(t.group ? { group: t.group } : {}),
    ...(media ? { media } : {}),
    ...(event.outside && t.note ? { outside: { ...event.outside, note: t.note } } : {}),
    ...(event.relative
      ? {
          relative: {
            ...event.relative,
            ...(t.arithmetic ? { arithmetic: t.arithmetic } : {}),
            ...(original ? { lang: original } : {}),
            ...(t.wording ? { translation: t.wording } : {}),
          },
        }
      : {}),
    // The article's words stay; the translation stands beside them.
    ...(event.source
      ? { source: { ...event.source, ...(original ? { lang: original } : {}), ...(t.quote ? { translation: t.quote } : {}) } }
      : {}),
  };
}

/** The document in `lang` (a key of its translations), or the document itself for the original. */
export function translated(doc: TimelineDoc, lang: string | undefined): TimelineDoc {
  const t: DocTranslation | undefined = lang === undefined ? undefined : own(doc.translations ?? {}, lang);
  if (!t || lang === undefined) return doc;
  return {
    ...doc,
    lang,
    ...(t.title ? { title: t.title } : {}),
    ...(t.description ? { description: t.description, descriptionRich: t.descriptionRich ?? [[t.description]] } : {}),
    events: doc.events.map((event) => translateEvent(event, own(t.events, event.id), doc.lang)),
    eras: doc.eras.map((era) => ({ ...era, label: own(t.eras, era.id)?.label ?? era.label })),
  };
}
