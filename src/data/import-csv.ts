/**
 * Reads CSV into our format: the TimelineJS / Google Sheets template (Year,
 * Month, Day, Time, End Year, …, Headline, Text, Media, Media Credit, Media
 * Caption, Media Thumbnail, Type, Group, Background), or our simpler layout
 * (date, end, display date, headline, body, id, group, media, media alt, media
 * caption, media credit, source). Column names are matched case- and
 * space-insensitively. Parsing is d3-dsv's (quoted fields, embedded commas and
 * newlines, CRLF); this module is loaded only when a timeline uses CSV.
 *
 * A producer types a sheet by hand, so every cell this reader does not take as
 * written is a problem naming its sheet row and column, the way a spreadsheet
 * user finds it ("Row 11, column Year"): a header it does not know (with the
 * nearest one it does), a column it does not use, a year of one to three digits
 * among four-digit ones ("69": 1969 or A.D. 69?), a blank headline, spaces
 * around a date or id, a row that repeats an earlier one. Problems the validator
 * finds later are placed the same way (./sheet-places.ts).
 */
import { csvParseRows } from 'd3-dsv';
import { present } from './guards.js';
import { problemText, type ProblemCode, type ProblemValues } from '../problems.js';
import { slugFromHeadline } from './slug.js';
import { importMedia } from './html-media.js';
import { readTimelineJsYear } from './timelinejs-year.js';
import type { DataProblem } from './types.js';
import { type SheetPlaces, nearestColumn, columnKey, knownColumn, languageColumn, SHEET_COLUMNS } from './sheet-columns.js';

type Row = Record<string, string>;

interface SheetRow {
  /** The row's number in the spreadsheet: the header is row 1. */
  readonly number: number;
  readonly cells: Row;
  /** The cells as written, spaces kept, for the checks that look at them. */
  readonly written: Row;
}

function readSheet(text: string): { header: string[]; written: string[]; rows: SheetRow[] } {
  const all = csvParseRows(text.replace(/^\uFEFF/, ''));
  const written = (all[0] ?? []).map((name) => name.trim());
  const header = written.map(columnKey);
  const rows: SheetRow[] = [];
  all.forEach((cells, i) => {
    if (i === 0 || !cells.some((cell) => cell.trim() !== '')) return;
    const row = (clean: boolean) => Object.fromEntries(header.map((name, j) => [name, clean ? (cells[j] ?? '').trim() : (cells[j] ?? '')]));
    rows.push({ number: i + 1, cells: row(true), written: row(false) });
  });
  return { header, written, rows };
}

const pad = (value: string, width: number) => value.padStart(width, '0');

/**
 * A Time cell as producers and Google Sheets write it ("1:29 AM", "1:29:00 PM",
 * "13:05", "9 p.m."), as EDTF's hh:mm; undefined when it is not a time of day.
 */
export function readClock(text: string): string | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'noon') return '12:00';
  if (word === 'midnight') return '00:00';
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[4]?.toLowerCase();
  if (minute > 59 || (half ? hour < 1 || hour > 12 : hour > 23) || (!half && match[2] === undefined)) return undefined;
  if (half) hour = (hour % 12) + (half === 'p' ? 12 : 0);
  return `${pad(String(hour), 2)}:${pad(String(minute), 2)}`;
}

export function fromCsv(text: string): { raw: Record<string, unknown>; problems: DataProblem[]; places: SheetPlaces } {
  const problems: DataProblem[] = [];
  const { header, written, rows: table } = readSheet(text);
  const columnOf = (key: string) => written[header.indexOf(key)] ?? SHEET_COLUMNS[key] ?? key;
  const places: SheetPlaces = { event: [], era: [], columns: Object.fromEntries(header.map((key, i) => [key, written[i]])) };
  const sheets = header.includes('year') && header.includes('headline');
  const simple = header.includes('date') && header.includes('headline');
  const report = (
    at: { row?: number; column?: string; subject?: DataProblem['subject']; index?: number },
    code: ProblemCode,
    values: ProblemValues,
    skipped: boolean,
  ) =>
    problems.push({
      subject: at.subject ?? 'document',
      ...(at.index !== undefined ? { index: at.index } : {}),
      field: at.column ?? 'csv',
      ...(at.row !== undefined ? { row: at.row } : {}),
      ...(at.column ? { column: at.column } : {}),
      ...problemText(code, values),
      skipped,
    });
  if (!sheets && !simple) {
    report({}, 'csvNoLayout', {}, true);
    return { raw: { events: [] }, problems, places };
  }
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) report({}, 'csvQuote', {}, false);

  // Headers: a misspelt one would lose its whole column without a word.
  header.forEach((key, i) => {
    const column = written[i];
    if (!column) return;
    if (languageColumn(key)) return;
    const filled = table.filter((row) => row.cells[key]).length;
    if (!knownColumn(key, sheets)) {
      const nearest = nearestColumn(key, sheets);
      report({ row: 1, column }, 'csvUnknownColumn', { text: column, ...(nearest ? { fallback: nearest } : {}), count: filled }, false);
    } else if (sheets && key === 'background' && filled) {
      // A card has no background of its own: said, not dropped silently.
      report({ row: 1, column }, 'csvUnusedColumn', { text: column, count: filled }, false);
    }
  });

  // Years of one to three digits among four-digit ones: "69" is 1969 far more often than A.D. 69.
  const years = sheets ? table.map((row) => Number(row.cells.year)).filter((year) => Number.isInteger(year) && year >= 1000) : [];
  const modern = years.length > 0;
  /** The year a short one would be in full: the latest century of the sheet that does not pass its latest year. */
  const inFull = (short: number) => {
    const latest = Math.max(...years);
    const guess = Math.floor(latest / 100) * 100 + short;
    return guess > latest ? guess - 100 : guess;
  };

  const seen = new Map<string, number>();
  const raw: Record<string, unknown> & { events: unknown[]; eras: unknown[] } = { events: [], eras: [] };
  const translations = new Translations(header);
  for (const row of table) {
    const { cells } = row;
    const type = (cells.type ?? '').toLowerCase();
    if (sheets && type === 'title') {
      if (cells.headline) raw.title = cells.headline;
      if (cells.text) raw.description = cells.text;
      translations.title(cells);
      continue;
    }
    const subject: 'era' | 'event' = type === 'era' ? 'era' : 'event';
    // Problems name the item by its place among events (or eras), as the validator does, and by its row.
    const index = subject === 'era' ? raw.eras.length : raw.events.length;
    // A row left out has no place among the events (the validator counts only those read), only its row.
    const at = (key: string, leftOut = false) => ({ row: row.number, column: columnOf(key), subject, ...(leftOut ? {} : { index }) });

    const signature = JSON.stringify(header.map((key) => cells[key]));
    const earlier = seen.get(signature);
    if (earlier !== undefined) {
      report({ row: row.number, subject }, 'csvDuplicateRow', { count: earlier }, true);
      continue;
    }
    seen.set(signature, row.number);

    let skip = false;
    const sheetDate = (prefix: '' | 'end'): string | undefined => {
      const year = cells[`${prefix}year`];
      if (!year) return undefined;
      const reading = readTimelineJsYear(year);
      if (!reading.ok) {
        const missing = reading.code === 'yearMissing';
        report(at(`${prefix}year`, !prefix), missing ? 'csvYear' : reading.code, missing ? { text: year } : reading.values, !prefix);
        if (!prefix) skip = true;
        return undefined;
      }
      if (modern && /^\d{1,3}$/.test(year)) {
        // Two digits are almost surely a year of this era typed short: left out until the producer says.
        // Three ("476") may well be meant; it is shown, and asked about.
        const short = year.length <= 2;
        report(at(`${prefix}year`, short && !prefix), 'csvShortYear', { text: year, ...(short ? { year: inFull(Number(year)) } : {}) }, short && !prefix);
        if (short) {
          if (!prefix) skip = true;
          return undefined;
        }
      }
      const month = cells[`${prefix}month`];
      const day = cells[`${prefix}day`];
      let iso = reading.year;
      if (reading.deep) return iso;
      if (month) iso += `-${pad(month, 2)}`;
      if (month && day) iso += `-${pad(day, 2)}`;
      const time = cells[`${prefix}time`];
      if (time) {
        const clock = readClock(time);
        if (!clock || !(month && day)) report(at(`${prefix}time`), 'csvTime', { text: time, ...(clock ? { detail: 'noDay' } : {}) }, false);
        else iso += `T${clock}`;
      }
      return iso;
    };
    const date = sheets ? sheetDate('') : cells.date;
    const end = sheets ? (skip ? undefined : sheetDate('end')) : cells.end;
    if (skip) continue;
    places[subject].push(row.number);
    for (const key of ['year', 'month', 'day', 'endyear', 'endmonth', 'endday', 'date', 'end', 'id', 'uniqueid']) {
      const value = row.written[key];
      if (value && value.trim() && value !== value.trim()) report(at(key), 'csvSpaces', { text: value, fallback: value.trim() }, false);
    }

    if (type === 'era') {
      // The validator's own id for an era without one, so its translations find it.
      translations.era(cells, cells.id || `era-${index + 1}`);
      raw.eras.push(present({ id: cells.id, date, end, label: cells.headline }));
      continue;
    }
    if (!cells.headline) report(at('headline'), 'headlineBlank', {}, false);
    const media = importMedia(
      { url: cells.media, alt: cells.mediaalt || cells.alttext, caption: cells.mediacaption, credit: cells.mediacredit, thumbnail: cells.mediathumbnail },
      (code, values) => report(at('media'), code, values ?? {}, false),
    );
    const id = cells.id?.trim() || cells.uniqueid?.trim() || slugFromHeadline(cells.headline || cells.text || cells.body);
    // Without an id or a headline to make one, the validator's positional one.
    translations.event(cells, id ?? `event-${index + 1}`);
    raw.events.push(
      present({
        id,
        date,
        end,
        displayDate: cells.displaydate,
        headline: cells.headline,
        body: sheets ? cells.text : cells.body,
        group: cells.group,
        media,
        source: cells.source ? { quote: [cells.source] } : undefined,
      }),
    );
  }
  const translated = translations.value();
  if (translated) raw.translations = translated;
  return { raw, problems, places };
}

/**
 * A sheet's columns in other languages ("Headline (ru)", "Text (ru)") as the
 * document's `translations` (./read-translations.ts), item by item.
 */
class Translations {
  private readonly columns: { key: string; field: string; lang: string }[];
  // Keyed by what the sheet says (a Unique ID may read "__proto__"): objects with no prototype to reach.
  private readonly byLang: Record<string, { title?: string; description?: string; events: Record<string, Record<string, unknown>>; eras: Record<string, { label: string }> }> =
    Object.create(null);

  constructor(header: readonly string[]) {
    this.columns = header.flatMap((key) => {
      const column = languageColumn(key);
      return column ? [{ key, ...column }] : [];
    });
  }

  private lang(tag: string) {
    return (this.byLang[tag] ??= { events: Object.create(null), eras: Object.create(null) });
  }

  title(cells: Row): void {
    for (const { key, field, lang } of this.columns) {
      if (!cells[key]) continue;
      if (field === 'headline') this.lang(lang).title = cells[key];
      if (field === 'body') this.lang(lang).description = cells[key];
    }
  }

  era(cells: Row, id: string): void {
    for (const { key, field, lang } of this.columns) if (cells[key] && field === 'headline') this.lang(lang).eras[id] = { label: cells[key] };
  }

  event(cells: Row, id: string): void {
    for (const { key, field, lang } of this.columns) {
      if (!cells[key]) continue;
      const item = (this.lang(lang).events[id] ??= Object.create(null));
      item[field] = field === 'quote' ? [cells[key]] : cells[key];
    }
  }

  value(): Record<string, unknown> | undefined {
    return Object.keys(this.byLang).length ? this.byLang : undefined;
  }
}
