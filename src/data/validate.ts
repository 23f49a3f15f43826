/**
 * Why this exists: timelines arrive from CMS fields, spreadsheets and hand-edited
 * JSON. One bad item must not blank the graphic, so validation works item by
 * item: an item that cannot be placed or named is skipped, a bad optional field
 * is dropped, and each decision is reported as a DataProblem naming the item and
 * the field. It never throws. The rules mirror data/timeline.schema.json.
 */
import { parseDate, parseSpan } from '../dates/edtf-parse.js';
import { isObject, valueOf, type Raw } from './guards.js';
import { problemText, type ProblemCode, type ProblemValues } from '../problems.js';
import { parseInline, parseParagraphs, richTextToPlain, type RichNode } from './rich-text.js';
import { checkUrl, safeUrl, type SafeUrl } from './urls.js';
import type {
  ArticleRef, DataProblem, EventMedia, EventSource, OutsideFact, ProblemSubject, ReadResult,
  RelativeDating, TimelineDoc, TimelineEra, TimelineEvent,
} from './types.js';
import { EMPTY_DOC } from './types.js';
import { MAX_EVENTS } from './limits.js';
import { readTranslations } from './read-translations.js';



const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DOC_FIELDS = ['$schema', 'id', 'title', 'description', 'lang', 'article', 'eras', 'events', 'translations'];
const EVENT_FIELDS = ['id', 'date', 'end', 'displayDate', 'headline', 'body', 'group', 'media', 'source', 'relative', 'outside'];
const IMAGE_PATH = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;
const ERA_FIELDS = ['id', 'date', 'end', 'label'];

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Collects problems for one item so helpers need not repeat who it is. */
class ItemReport {
  constructor(
    private readonly problems: DataProblem[],
    private readonly subject: ProblemSubject,
    private readonly index: number | undefined,
    public id: string | undefined,
  ) {}

  /** Reports that the item is left out; returns undefined so callers can `return report.skip(...)`. */
  skip(field: string, code: ProblemCode, values?: ProblemValues): undefined {
    this.add(field, code, values, true);
    return undefined;
  }

  /** Reports that only the field is left out. */
  drop(field: string, code: ProblemCode, values?: ProblemValues): void {
    this.add(field, code, values, false);
  }

  private add(field: string, code: ProblemCode, values: ProblemValues = {}, skipped: boolean) {
    this.problems.push({
      subject: this.subject,
      ...(this.index === undefined ? {} : { index: this.index }),
      ...(this.id === undefined ? {} : { id: this.id }),
      field,
      ...problemText(code, values),
      skipped,
    });
  }

  unknownFields(raw: Raw, known: readonly string[]) {
    for (const key of Object.keys(raw)) {
      if (!known.includes(key)) this.drop(key, 'unknownField');
    }
  }

  /** An optional text field: absent is fine, anything but a string is dropped. */
  optionalText(raw: Raw, field: string): string | undefined {
    const value = raw[field];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value.trim() === '' ? undefined : value;
    this.drop(field, 'notText', { got: valueOf(value) });
    return undefined;
  }
}

function readId(raw: Raw, report: ItemReport, fallback: string, seen: Set<string>, required: boolean): string {
  let id: string = fallback;
  if (raw.id === undefined) {
    if (required) report.drop('id', 'idMissing', { fallback });
  } else if (typeof raw.id !== 'string' || !ID_SHAPE.test(raw.id)) {
    report.drop('id', 'idUnusable', { got: valueOf(raw.id), fallback });
  } else {
    id = raw.id;
  }
  if (seen.has(id)) {
    let n = 2;
    while (seen.has(`${id}-${n}`)) n++;
    report.drop('id', 'idDuplicate', { id, renamed: `${id}-${n}` });
    id = `${id}-${n}`;
  }
  seen.add(id);
  report.id = id;
  return id;
}

function readSpan(raw: Raw, report: ItemReport, allowOpenEnd: boolean) {
  if (!isText(raw.date)) return raw.date === undefined ? report.skip('date', 'missing') : report.skip('date', 'notDate', { got: valueOf(raw.date) });
  if (raw.end !== undefined && typeof raw.end !== 'string') return report.skip('end', 'notDate', { got: valueOf(raw.end) });
  const span = parseSpan(raw.date, raw.end as string | undefined, { allowOpenEnd });
  if (!span.ok) return report.skip(span.part === 'end' && raw.end !== undefined ? 'end' : 'date', span.code, span.values);
  return span.value;
}

/** The author's date as one string, an interval when the end was given apart. */
const dateText = (raw: Raw) => (typeof raw.end === 'string' ? `${raw.date as string}/${raw.end}` : (raw.date as string));

function readSource(raw: Raw, report: ItemReport): EventSource | undefined {
  if (raw.source === undefined) return undefined;
  const quote = isObject(raw.source) ? raw.source.quote : undefined;
  if (!Array.isArray(quote) || quote.length === 0) {
    report.drop('source', 'badSource');
    return undefined;
  }
  const kept = quote.filter((q, i) => isText(q) || report.drop(`source.quote[${i}]`, 'notText', { got: valueOf(q) }));
  return kept.length ? { quote: kept as string[] } : undefined;
}

function readRelative(raw: Raw, report: ItemReport): RelativeDating | undefined {
  const value = raw.relative;
  if (value === undefined) return undefined;
  if (!isObject(value) || !isText(value.wording) || !isText(value.arithmetic)) {
    report.drop('relative', 'badRelative');
    return undefined;
  }
  return { wording: value.wording, arithmetic: value.arithmetic };
}

function readOutside(raw: Raw, report: ItemReport): OutsideFact | undefined {
  const value = raw.outside;
  if (value === undefined) return undefined;
  if (!isObject(value) || !isText(value.note) || !isText(value.citation)) {
    // Not dropped silently: an unlabelled outside fact would pass as the article's.
    report.skip('outside', 'badOutside');
    return undefined;
  }
  const url = citationUrl(value.url, report, 'outside.url');
  return { note: value.note, citation: value.citation, ...(url ? { url } : {}) };
}

function readMedia(raw: Raw, report: ItemReport): EventMedia | undefined {
  const value = raw.media;
  if (value === undefined) return undefined;
  const plain = (field: string) => (isObject(value) && isText(value[field]) ? richTextToPlain(parseInline(value[field] as string)).trim() || undefined : undefined);
  if (isObject(value) && value.type === 'quote') return readQuoteMedia(value, report, plain);
  if (!isObject(value) || !isText(value.url)) {
    report.drop('media', 'badMedia');
    return undefined;
  }
  const verdict = checkUrl(value.url, 'media');
  if (!verdict.ok) {
    report.drop('media.url', 'badMediaUrl', { got: valueOf(value.url) });
    return undefined;
  }
  const url = verdict.url;
  const kind = value.type === 'link' ? 'link' : value.type === 'image' || IMAGE_PATH.test(url) ? 'image' : 'link';
  const [caption, credit] = [plain('caption'), plain('credit')];
  let alt = plain('alt');
  // Shown, not dropped: files from TimelineJS rarely carry alt text. The caption
  // describes the image when there is one; without it the headline and text
  // beside the image already say what it is about, so it is marked decorative
  // rather than given words a screen reader would hear twice.
  if (kind === 'image' && !alt) {
    report.drop('media.alt', caption ? 'altFromCaption' : 'altDecorative');
    alt = caption ?? '';
  }
  const thumbnail = safeUrl(value.thumbnail, 'media');
  return { kind, url, ...(alt !== undefined ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}), ...(thumbnail ? { thumbnail } : {}) };
}

/** `{ "type": "quote", "quote": "…", "credit": "…", "url": "…" }`: a quotation as the medium. */
function readQuoteMedia(value: Raw, report: ItemReport, plain: (field: string) => string | undefined): EventMedia | undefined {
  const quote = isText(value.quote) ? parseParagraphs(value.quote) : [];
  if (quote.length === 0) {
    report.drop('media.quote', 'missing');
    return undefined;
  }
  const url = value.url === undefined ? undefined : safeUrl(value.url, 'link');
  if (value.url !== undefined && !url) report.drop('media.url', 'notWebLink', { got: valueOf(value.url) });
  const [caption, credit] = [plain('caption'), plain('credit')];
  return { kind: 'quote', quote, ...(url ? { url } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** Citations link out to the web; anything else is dropped and reported. */
function citationUrl(value: unknown, report: ItemReport, field: string): SafeUrl | undefined {
  if (value === undefined) return undefined;
  const url = safeUrl(value, 'citation');
  if (!url) report.drop(field, 'notWebLink', { got: valueOf(value) });
  return url;
}

function readEvent(raw: unknown, index: number, problems: DataProblem[], seen: Set<string>): TimelineEvent | undefined {
  const report = new ItemReport(problems, 'event', index, undefined);
  if (!isObject(raw)) return report.skip('', 'notObject', { got: valueOf(raw) });
  if (typeof raw.id === 'string') report.id = raw.id;
  const span = readSpan(raw, report, false);
  let headlineRich: RichNode[] = [];
  // A slide with text or media but no headline is shown (TimelineJS shows them): date, text, media.
  const untitled = raw.headline === undefined && (isText(raw.body) || raw.media !== undefined);
  if (!isText(raw.headline)) {
    if (raw.headline === undefined) {
      if (!untitled) report.skip('headline', 'missing');
    } else report.skip('headline', 'notText', { got: valueOf(raw.headline) });
  } else {
    headlineRich = parseInline(raw.headline);
    if (!richTextToPlain(headlineRich).trim()) report.skip('headline', 'emptyHeadline');
  }
  const headline = richTextToPlain(headlineRich).replace(/\s+/g, ' ').trim();
  if (!span || (!headline && !untitled)) return undefined;
  const id = readId(raw, report, `event-${index + 1}`, seen, true);
  report.unknownFields(raw, EVENT_FIELDS);
  const outsideGiven = raw.outside !== undefined;
  const outside = readOutside(raw, report);
  if (outsideGiven && !outside) return undefined;
  const bodyText = report.optionalText(raw, 'body');
  const bodyRich = bodyText ? parseParagraphs(bodyText) : [];
  const body = bodyRich.map(richTextToPlain).join('\n\n');
  const displayDate = report.optionalText(raw, 'displayDate');
  const group = report.optionalText(raw, 'group');
  const media = readMedia(raw, report);
  const source = readSource(raw, report);
  const relative = readRelative(raw, report);
  return {
    id, span, dateText: dateText(raw), headline, headlineRich,
    ...(body ? { body, bodyRich } : {}), ...(displayDate ? { displayDate } : {}),
    ...(group ? { group } : {}), ...(media ? { media } : {}),
    ...(source ? { source } : {}), ...(relative ? { relative } : {}), ...(outside ? { outside } : {}),
  };
}

function readEra(raw: unknown, index: number, problems: DataProblem[], seen: Set<string>): TimelineEra | undefined {
  const report = new ItemReport(problems, 'era', index, undefined);
  if (!isObject(raw)) return report.skip('', 'notObject', { got: valueOf(raw) });
  if (typeof raw.id === 'string') report.id = raw.id;
  const span = readSpan(raw, report, true);
  if (!isText(raw.label)) {
    if (raw.label === undefined) report.skip('label', 'missing');
    else report.skip('label', 'notText', { got: valueOf(raw.label) });
  }
  if (!span || !isText(raw.label)) return undefined;
  // Eras are never linked to, so a missing id is not worth an editor's time.
  const id = readId(raw, report, `era-${index + 1}`, seen, false);
  report.unknownFields(raw, ERA_FIELDS);
  return { id, span, dateText: dateText(raw), label: raw.label.trim() };
}

function readArticle(raw: unknown, report: ItemReport): ArticleRef | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw) || !isText(raw.title)) {
    report.drop('article', 'badArticle');
    return undefined;
  }
  let date;
  if (raw.date !== undefined) {
    const parsed = typeof raw.date === 'string' ? parseDate(raw.date) : undefined;
    if (parsed?.ok) date = parsed.value;
    else if (parsed) report.drop('article.date', parsed.code, parsed.values);
    else report.drop('article.date', 'notDate', { got: valueOf(raw.date) });
  }
  const publisher = report.optionalText(raw, 'publisher');
  const url = citationUrl(raw.url, report, 'article.url');
  return { title: raw.title, ...(publisher ? { publisher } : {}), ...(date ? { date } : {}), ...(url ? { url } : {}) };
}

function readList<T>(
  raw: Raw, field: 'events' | 'eras', report: ItemReport,
  readItem: (item: unknown, index: number) => T | undefined,
): T[] {
  const list = raw[field];
  if (list === undefined) {
    if (field === 'events') report.drop('events', 'eventsMissing');
    return [];
  }
  if (!Array.isArray(list)) {
    report.drop(field, 'notList', { got: valueOf(list) });
    return [];
  }
  if (field === 'events' && list.length === 0) report.drop('events', 'eventsEmpty');
  // Past the limit (./limits.ts) the first MAX_EVENTS are read and shown, and the rest named as left out.
  const kept = field === 'events' && list.length > MAX_EVENTS ? list.slice(0, MAX_EVENTS) : list;
  if (kept !== list) report.drop('events', 'tooManyEvents', { count: list.length, limit: MAX_EVENTS });
  return kept.map(readItem).filter((item): item is T => item !== undefined);
}

/** Validates a parsed JSON value into a TimelineDoc plus everything wrong with it. */
export function validateDocument(raw: unknown): ReadResult {
  const problems: DataProblem[] = [];
  const report = new ItemReport(problems, 'document', undefined, undefined);
  if (!isObject(raw)) {
    report.skip('', 'notDocument', { got: valueOf(raw) });
    return { doc: EMPTY_DOC, problems };
  }
  report.unknownFields(raw, DOC_FIELDS);
  // Events and eras are addressed separately (deep links name events), so
  // their ids live in separate namespaces.
  const eventIds = new Set<string>();
  const eraIds = new Set<string>();
  const events = readList(raw, 'events', report, (item, i) => readEvent(item, i, problems, eventIds));
  const eras = readList(raw, 'eras', report, (item, i) => readEra(item, i, problems, eraIds));
  const article = readArticle(raw.article, report);
  const text = (field: string) => report.optionalText(raw, field);
  const [id, titleText, descriptionText, lang] = [text('id'), text('title'), text('description'), text('lang')];
  // The title and summary go through the same allowlist as bodies (TimelineJS title slides carry markup).
  const title = titleText ? richTextToPlain(parseInline(titleText)).replace(/\s+/g, ' ').trim() : undefined;
  const descriptionRich = descriptionText ? parseParagraphs(descriptionText) : [];
  const description = descriptionRich.map(richTextToPlain).join('\n\n');
  const doc: TimelineDoc = {
    ...(id ? { id } : {}), ...(title ? { title } : {}), ...(description ? { description, descriptionRich } : {}),
    ...(lang ? { lang } : {}), ...(article ? { article } : {}), eras, events,
  };
  const translations = readTranslations(raw.translations, doc, problems);
  return { doc: translations ? { ...doc, translations } : doc, problems };
}
