/**
 * Reads a TimelineJS3 document into our format, so a newsroom's existing
 * timelines work unchanged. Field by field (docs/authoring.md has the table):
 * title slide → title/description; events[].start_date/end_date → date/end at
 * the precision given (year, month, day; times are dropped: the format has no
 * time of day); display_date → displayDate; text.headline/text.text → headline/body
 * (markup kept for the rich-text allowlist); media → media; group → group;
 * unique_id → id (an empty one is no id: the headline's slug is used); eras →
 * eras (label from text.headline); markup in media.url → a quotation or a link
 * (./html-media.ts). Slides without a headline are kept: they show their date,
 * text and media, as in TimelineJS.
 * Years before A.D. 1 are converted as ./timelinejs-year.ts says (-753 → -0752);
 * years beyond 9999 B.C. (the "cosmological" scale's) are left out, each with a
 * message, and the rest shown.
 */
import { slugFromHeadline } from './slug.js';
import { isObject, type Raw } from './guards.js';
import { importMedia } from './html-media.js';
import { readTimelineJsYear } from './timelinejs-year.js';
import { problemText } from '../problems.js';
import type { DataProblem } from './types.js';

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

interface Converted {
  readonly raw: Raw;
  readonly problems: DataProblem[];
}

function isoDate(value: unknown, where: { subject: 'event' | 'era'; index: number; id?: string; field: string }, problems: DataProblem[]): string | undefined {
  if (!isObject(value)) return undefined;
  // An unreadable start leaves the item out; an unreadable end only loses the end.
  const skipped = where.field === 'start_date';
  const reading = readTimelineJsYear(str(value.year));
  if (!reading.ok) {
    problems.push({ ...where, ...problemText(reading.code, reading.values), skipped });
    return undefined;
  }
  const pad = (n: string | undefined, width: number) => (n ? n.trim().padStart(width, '0') : undefined);
  const month = pad(str(value.month), 2);
  const day = pad(str(value.day), 2);
  let iso = reading.year;
  if (reading.deep) return iso;
  if (month) iso += `-${month}`;
  if (month && day) iso += `-${day}`;
  // A time of day, when TimelineJS has one (hour, minute), on a date with a day.
  const hour = Number(str(value.hour));
  const minute = str(value.minute) === undefined ? 0 : Number(str(value.minute));
  if (month && day && str(value.hour) !== undefined && Number.isInteger(hour) && hour >= 0 && hour <= 23 && Number.isInteger(minute) && minute >= 0 && minute <= 59)
    iso += `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return iso;
}

function media(value: unknown, where: { subject: 'event'; index: number; id?: string }, problems: DataProblem[]): Raw | undefined {
  if (!isObject(value)) return undefined;
  const fields = Object.fromEntries(['url', 'caption', 'credit', 'thumbnail', 'alt'].map((name) => [name, str(value[name])]));
  return importMedia(fields, (code, values) => problems.push({ ...where, field: 'media.url', ...problemText(code, values), skipped: false }));
}

export function fromTimelineJs(source: unknown): Converted {
  const problems: DataProblem[] = [];
  const raw: Raw = { events: [], eras: [] };
  if (!isObject(source)) return { raw, problems };
  if (isObject(source.title) && isObject(source.title.text)) {
    const text = source.title.text;
    if (str(text.headline)) raw.title = str(text.headline);
    if (str(text.text)) raw.description = str(text.text);
  }
  // The cosmological scale's years are read as deep time (./timelinejs-year.ts); any other scale is unknown.
  if (source.scale !== undefined && source.scale !== 'human' && source.scale !== 'cosmological') {
    problems.push({ subject: 'document', field: 'scale', ...problemText('scaleUnsupported', { text: String(source.scale) }), skipped: false });
  }
  const events = Array.isArray(source.events) ? source.events : [];
  raw.events = events.map((event, index) => {
    if (!isObject(event)) return event;
    const text = isObject(event.text) ? event.text : {};
    // No id given: one from the headline (or, for a slide without one, its text) stays stable when slides move.
    const id = str(event.unique_id)?.trim() || slugFromHeadline(str(text.headline)?.trim() || text.text);
    const where = (field: string) => ({ subject: 'event' as const, index, ...(id ? { id } : {}), field });
    const date = isoDate(event.start_date, where('start_date'), problems);
    const end = isoDate(event.end_date, where('end_date'), problems);
    const display = str(event.display_date) ?? (isObject(event.start_date) ? str(event.start_date.display_date) : undefined);
    const out: Raw = {
      ...(id ? { id } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(end ? { end } : {}),
      ...(display ? { displayDate: display } : {}),
      ...(str(text.headline) ? { headline: str(text.headline) } : {}),
      ...(str(text.text) ? { body: str(text.text) } : {}),
      ...(str(event.group) ? { group: str(event.group) } : {}),
    };
    const m = media(event.media, { subject: 'event', index, ...(id ? { id } : {}) }, problems);
    if (m) out.media = m;
    return out;
  });
  const eras = Array.isArray(source.eras) ? source.eras : [];
  raw.eras = eras.map((era, index) => {
    if (!isObject(era)) return era;
    const where = (field: string) => ({ subject: 'era' as const, index, field });
    const date = isoDate(era.start_date, where('start_date'), problems);
    const end = isoDate(era.end_date, where('end_date'), problems);
    const text = isObject(era.text) ? era.text : {};
    return {
      ...(str(era.unique_id)?.trim() ? { id: str(era.unique_id)!.trim() } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(end ? { end } : {}),
      ...(str(text.headline) ? { label: str(text.headline) } : {}),
    };
  });
  return { raw, problems };
}

/**
 * TimelineJS 2's format (`{"timeline": {"headline", "text", "asset", "date": […],
 * "era": […]}}`, dates as "1950,6,25"), still in newsroom archives: read by
 * rewriting it as TimelineJS3's document, which fromTimelineJs then reads.
 */
export function isTimelineJs2(raw: unknown): boolean {
  return isObject(raw) && isObject(raw.timeline) && (Array.isArray(raw.timeline.date) || Array.isArray(raw.timeline.era));
}

/** "1950,6,25" (or "1950,6,25,14,30", or a bare year) as TimelineJS3's date object. */
function tl2Date(value: unknown): Raw | undefined {
  const text = str(value)?.trim();
  if (!text) return undefined;
  const [year, month, day] = text.split(',').map((part) => part.trim());
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function tl2Slide(slide: Raw): Raw {
  const asset = isObject(slide.asset) ? slide.asset : {};
  const start = tl2Date(slide.startDate);
  const end = tl2Date(slide.endDate);
  return {
    ...(start ? { start_date: start } : {}),
    // TimelineJS 2 writes a single day as startDate = endDate; that is one date, not a range.
    ...(end && str(slide.endDate) !== str(slide.startDate) ? { end_date: end } : {}),
    text: { headline: str(slide.headline) ?? '', text: str(slide.text) ?? '' },
    ...(str(asset.media) ? { media: { url: str(asset.media), caption: str(asset.caption), credit: str(asset.credit), thumbnail: str(asset.thumbnail) } } : {}),
    ...(str(slide.tag) ? { group: str(slide.tag) } : {}),
  };
}

export function fromTimelineJs2(source: unknown): Converted {
  const timeline = isObject(source) && isObject(source.timeline) ? source.timeline : {};
  const slides = (list: unknown) => (Array.isArray(list) ? list : []).map((slide) => (isObject(slide) ? tl2Slide(slide) : slide));
  return fromTimelineJs({
    title: { text: { headline: str(timeline.headline) ?? '', text: str(timeline.text) ?? '' } },
    events: slides(timeline.date),
    eras: slides(timeline.era),
  });
}
