/**
 * Reads a document's `translations`: its text in other languages, keyed by
 * language tag, then by event and era id —
 *
 *   "translations": { "ru": { "title": "…", "events": { "korean-war": { "headline": "…",
 *     "body": "…", "quote": ["the desk's translation of each source quote"] } },
 *     "eras": { "korean-war": { "label": "…" } } } }
 *
 * Only words are translated: dates are formatted for the language, ids, links and
 * citations stay as published, and a source quote is never replaced (./translations.ts).
 * Every gap is a problem an editor sees: an item a language leaves untranslated is
 * named with the fields it lacks, and a translation of an item that does not exist
 * is named too.
 */
import { isObject, valueOf, type Raw } from './guards.js';
import { problemText, type ProblemCode, type ProblemValues } from '../problems.js';
import { parseInline, parseParagraphs, richTextToPlain } from './rich-text.js';
import type { DataProblem, DocTranslation, EventTranslation, TimelineDoc, TimelineEvent } from './types.js';
import { own } from '../own.js';

const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const EVENT_TEXT = ['headline', 'body', 'displayDate', 'group', 'caption', 'alt', 'credit', 'note', 'wording', 'arithmetic'] as const;

type Report = (subject: DataProblem['subject'], where: { index?: number; id?: string }, field: string, code: ProblemCode, values?: ProblemValues) => void;

const plain = (text: string) => richTextToPlain(parseInline(text)).replace(/\s+/g, ' ').trim();

function text(raw: Raw, field: string, path: string, report: Report): string | undefined {
  const value = raw[field];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim()) return value;
  report('document', {}, `${path}.${field}`, 'notText', { got: valueOf(value) });
  return undefined;
}

function readEvent(raw: Raw, path: string, report: Report): EventTranslation {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (!(EVENT_TEXT as readonly string[]).includes(key) && key !== 'quote') report('document', {}, `${path}.${key}`, 'unknownField');
  for (const field of EVENT_TEXT) {
    const value = text(raw, field, path, report);
    if (value === undefined) continue;
    if (field === 'headline') Object.assign(out, { headline: plain(value), headlineRich: parseInline(value) });
    else if (field === 'body') {
      const bodyRich = parseParagraphs(value);
      Object.assign(out, { body: bodyRich.map(richTextToPlain).join('\n\n'), bodyRich });
    } else out[field] = plain(value);
  }
  if (Array.isArray(raw.quote) && raw.quote.every((q) => typeof q === 'string')) out.quote = raw.quote as string[];
  else if (raw.quote !== undefined) report('document', {}, `${path}.quote`, 'notList', { got: valueOf(raw.quote) });
  return out as EventTranslation;
}

/** The fields an event has that a translation should carry, and which of them it lacks. */
function missingFields(event: TimelineEvent, t: EventTranslation | undefined): string[] {
  const media = event.media?.kind === 'image' || event.media?.kind === 'link' ? event.media : undefined;
  const wanted: [string, unknown, unknown][] = [
    ['headline', event.headline, t?.headline],
    ['body', event.body, t?.body],
    ['displayDate', event.displayDate, t?.displayDate],
    ['group', event.group, t?.group],
    ['caption', media?.caption, t?.caption],
    ['alt', media?.alt, t?.alt],
    ['note', event.outside?.note, t?.note],
    ['wording', event.relative?.wording, t?.wording],
    ['arithmetic', event.relative?.arithmetic, t?.arithmetic],
    ['quote', event.source?.quote.length, t?.quote?.length === event.source?.quote.length ? true : undefined],
  ];
  return wanted.filter(([, original, translated]) => original && !translated).map(([field]) => field);
}

export function readTranslations(raw: unknown, doc: TimelineDoc, problems: DataProblem[]): Record<string, DocTranslation> | undefined {
  if (raw === undefined) return undefined;
  const report: Report = (subject, where, field, code, values = {}) =>
    problems.push({ subject, ...where, field, ...problemText(code, values), skipped: false });
  if (!isObject(raw)) {
    report('document', {}, 'translations', 'notObject');
    return undefined;
  }
  const result: Record<string, DocTranslation> = {};
  for (const [lang, value] of Object.entries(raw)) {
    const path = `translations.${lang}`;
    if (!TAG.test(lang) || !isObject(value)) {
      report('document', {}, path, TAG.test(lang) ? 'notObject' : 'translationTag', { text: lang });
      continue;
    }
    for (const key of Object.keys(value)) if (!['title', 'description', 'events', 'eras'].includes(key)) report('document', {}, `${path}.${key}`, 'unknownField');
    const events: Record<string, EventTranslation> = {};
    const eras: Record<string, { label: string }> = {};
    for (const [id, item] of Object.entries(isObject(value.events) ? value.events : {})) {
      if (!doc.events.some((event) => event.id === id)) report('document', {}, `${path}.events.${id}`, 'translationUnknownItem', { id, text: lang });
      else if (isObject(item)) events[id] = readEvent(item, `${path}.events.${id}`, report);
    }
    for (const [id, item] of Object.entries(isObject(value.eras) ? value.eras : {})) {
      const label = isObject(item) ? text(item, 'label', `${path}.eras.${id}`, report) : undefined;
      if (!doc.eras.some((era) => era.id === id)) report('document', {}, `${path}.eras.${id}`, 'translationUnknownItem', { id, text: lang });
      else if (label) eras[id] = { label: plain(label) };
    }
    const title = text(value, 'title', path, report);
    const descriptionText = text(value, 'description', path, report);
    const descriptionRich = descriptionText ? parseParagraphs(descriptionText) : undefined;
    result[lang] = {
      ...(title ? { title: plain(title) } : {}),
      ...(descriptionRich ? { description: descriptionRich.map(richTextToPlain).join('\n\n'), descriptionRich } : {}),
      events,
      eras,
    };
    // What this language leaves untranslated, item by item, so an editor can finish it.
    const lacks = [doc.title && !title ? 'title' : '', doc.description && !descriptionText ? 'description' : ''].filter(Boolean);
    if (lacks.length) report('document', {}, path, 'translationMissing', { text: lang, detail: lacks.join(', ') });
    doc.events.forEach((event, index) => {
      const missing = missingFields(event, own(events, event.id));
      if (missing.length) report('event', { index, id: event.id }, path, 'translationMissing', { text: lang, detail: missing.join(', ') });
    });
    doc.eras.forEach((era, index) => {
      if (!own(eras, era.id)) report('era', { index, id: era.id }, path, 'translationMissing', { text: lang, detail: 'label' });
    });
  }
  return result;
}
