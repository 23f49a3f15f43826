/**
 * Turns fetched or inline text into a validated document, whatever its format:
 * our JSON, TimelineJS3 JSON (detected, or forced with format="timelinejs"), or
 * CSV (format="csv", a text/csv response, or a URL ending in .csv or asking a
 * published Google Sheet for output=csv). The TimelineJS and CSV readers are
 * separate chunks, loaded only when used.
 */
import { isObject } from './guards.js';
import { membersBeforeEvents } from './json-heading.js';
import { problemText } from '../problems.js';
import type { DataProblem, ReadResult, TimelineDoc } from './types.js';
import { EMPTY_DOC } from './types.js';
import { validateDocument } from './validate.js';
import { MAX_DEPTH, MAX_TEXT_CHARS, MAX_TEXT_MB, jsonDepth, megabytes } from './limits.js';

export const FORMATS = ['auto', 'json', 'timelinejs', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface SourceHints {
  readonly format?: Format;
  readonly contentType?: string | null;
  readonly url?: string;
  /** Field named in problems: "src" or "script". */
  readonly field: string;
}

export function looksLikeCsv(hints: SourceHints): boolean {
  if (hints.format === 'csv') return true;
  if (hints.format && hints.format !== 'auto') return false;
  if (hints.contentType && /\btext\/(csv|comma-separated-values)\b/i.test(hints.contentType)) return true;
  return Boolean(hints.url && (/\.csv([?#]|$)/i.test(hints.url) || /[?&](output|format)=csv\b/i.test(hints.url)));
}

/** From this many events, reading them takes long enough to show the document's heading first. */
export const PREVIEW_FROM = 1000;
/**
 * From this much JSON text, parsing it takes long enough (tens of ms; about
 * 190 ms for 10,000 events) to show the heading, read from the text before
 * its events, before the parse.
 */
export const PREVIEW_TEXT_FROM = 512 * 1024;

/**
 * Shown the heading of a long document (its title, description and language,
 * no events) before the events are read; reading goes on when it resolves.
 */
export type Preview = (heading: TimelineDoc) => Promise<void>;

/** The heading, from a document's members other than its events (ours, not TimelineJS3's). */
async function showHeading(members: Record<string, unknown>, preview: Preview): Promise<void> {
  await preview(validateDocument({ ...members, events: [], eras: [] }).doc);
}

async function previewed(raw: unknown, preview: Preview | undefined): Promise<void> {
  if (preview && isObject(raw) && Array.isArray(raw.events) && raw.events.length >= PREVIEW_FROM) await showHeading(raw, preview);
}

/** Shows the heading once, however many times it is offered. */
function once(preview: Preview | undefined): Preview | undefined {
  let shown = false;
  return preview && ((heading) => (shown ? Promise.resolve() : ((shown = true), preview(heading))));
}

/** True when the value looks like a TimelineJS3 document rather than ours. */
/** TimelineJS 2 wraps its document in "timeline" (./import-timelinejs.ts reads it). */
const hasTimelineKey = (raw: unknown) => isObject(raw) && isObject(raw.timeline) && !('events' in raw);

export function isTimelineJs(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  if (isObject(raw.title) && ('text' in raw.title || 'media' in raw.title)) return true;
  return Array.isArray(raw.events) && raw.events.some((e) => isObject(e) && isObject(e.start_date));
}

/**
 * Validates a converted document. An importer that already reported why an
 * item's date could not be read (a BCE year, a bad Year cell) has said enough:
 * the validator's "date is missing" for that item is not repeated.
 */
function validateConverted(raw: unknown, before: readonly DataProblem[]): ReadResult {
  const result = validateDocument(raw);
  const explained = new Set(before.filter((p) => p.index !== undefined).map((p) => `${p.subject}:${p.index}`));
  const problems = result.problems.filter((p) => !(p.field === 'date' && explained.has(`${p.subject}:${p.index}`)));
  return { doc: result.doc, problems: [...before, ...problems] };
}

/** Our format from any supported value, before validation (for the server renderer). */
export async function toNative(raw: unknown, format: Format = 'auto'): Promise<{ raw: unknown; problems: DataProblem[] }> {
  if (format === 'timelinejs' || (format === 'auto' && (isTimelineJs(raw) || hasTimelineKey(raw)))) {
    const { fromTimelineJs, fromTimelineJs2, isTimelineJs2 } = await import('./import-timelinejs.js');
    return isTimelineJs2(raw) ? fromTimelineJs2(raw) : fromTimelineJs(raw);
  }
  return { raw, problems: [] };
}

/**
 * A problem when the text is past a stated limit (./limits.ts), found before any
 * work: a reader's tab must not parse 100 MB, or JSON nested 10⁵ levels deep.
 */
function textLimit(text: string, field: string, json: boolean): DataProblem | undefined {
  const at = { subject: 'document' as const, field, skipped: true };
  if (text.length > MAX_TEXT_CHARS) return { ...at, ...problemText('tooLarge', { detail: megabytes(text.length), limit: MAX_TEXT_MB }) };
  const depth = json ? jsonDepth(text) : 0;
  if (depth > MAX_DEPTH) return { ...at, ...problemText('tooDeep', { count: depth, limit: MAX_DEPTH }) };
  return undefined;
}

export async function readSourceText(text: string, hints: SourceHints, preview?: Preview): Promise<ReadResult> {
  const limit = textLimit(text, hints.field, !looksLikeCsv(hints));
  if (limit) return { doc: EMPTY_DOC, problems: [limit] };
  if (looksLikeCsv(hints)) {
    const [{ fromCsv }, { placeInSheet }] = await Promise.all([import('./import-csv.js'), import('./sheet-places.js')]);
    const { raw, problems, places } = fromCsv(text);
    await previewed(raw, preview);
    const result = validateConverted(raw, problems);
    // In the sheet's order, as the producer reads it top to bottom; problems of the whole sheet first.
    const placed = result.problems.map((problem) => placeInSheet(problem, places));
    return { ...result, problems: placed.map((problem, i) => [problem, i] as const).sort(([a, i], [b, j]) => (a.row ?? 0) - (b.row ?? 0) || i - j).map(([problem]) => problem) };
  }
  // From the text and then from the parsed document, the heading is offered twice: shown once.
  const heading = once(preview);
  if (heading && text.length >= PREVIEW_TEXT_FROM) {
    // Only a heading with a title of ours (TimelineJS3's is an object), so nothing blank is shown first.
    const members = membersBeforeEvents(text);
    if (typeof members?.title === 'string') await showHeading(members, heading);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      doc: EMPTY_DOC,
      problems: [{ subject: 'document', field: hints.field, ...problemText('notJson', { detail: (error as Error).message }), skipped: true }],
    };
  }
  return readSourceValue(raw, hints.format, heading);
}

/** A parsed value: ours, or TimelineJS3 when detected or forced. */
export async function readSourceValue(raw: unknown, format: Format = 'auto', preview?: Preview): Promise<ReadResult> {
  const native = await toNative(raw, format);
  await previewed(native.raw, preview);
  return validateConverted(native.raw, native.problems);
}
