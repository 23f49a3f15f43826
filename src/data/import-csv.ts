/**
 * Reads CSV into our format: the TimelineJS / Google Sheets template (Year,
 * Month, Day, Time, End Year, …, Headline, Text, Media, Media Credit, Media
 * Caption, Media Thumbnail, Type, Group, Background), or our simpler layout
 * (date, end, display date, headline, body, id, group, media, media alt, media
 * caption, media credit, source). Column names are matched case- and
 * space-insensitively. Parsing is d3-dsv's (quoted fields, embedded commas and
 * newlines, CRLF); this module is loaded only when a timeline uses CSV.
 */
import { csvParseRows } from 'd3-dsv';
import { present } from './guards.js';
import { problemText } from '../problems.js';
import { slugFromHeadline } from './slug.js';
import { importMedia } from './html-media.js';
import { readTimelineJsYear } from './timelinejs-year.js';
import type { DataProblem } from './types.js';

type Row = Record<string, string>;
const key = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

function rows(text: string): { header: string[]; rows: Row[] } {
  const all = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = (all[0] ?? []).map(key);
  const body = all.slice(1).filter((cells) => cells.some((cell) => cell.trim() !== ''));
  return {
    header,
    rows: body.map((cells) => Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()]))),
  };
}

const pad = (value: string, width: number) => value.padStart(width, '0');

/** Year/Month/Day columns to an ISO date at the precision given; '' when unreadable (reported by the validator). */
function sheetDate(row: Row, prefix: '' | 'end', problems: DataProblem[], subject: 'event' | 'era', index: number): string | undefined {
  const year = row[`${prefix}year`];
  if (!year) return undefined;
  const reading = readTimelineJsYear(year);
  if (!reading.ok) {
    const field = prefix ? 'End Year' : 'Year';
    problems.push({ subject, index, field, ...problemText(reading.code === 'yearMissing' ? 'csvYear' : reading.code, reading.code === 'yearMissing' ? { text: year } : reading.values), skipped: !prefix });
    return undefined;
  }
  const month = row[`${prefix}month`];
  const day = row[`${prefix}day`];
  let iso = reading.year;
  if (month) iso += `-${pad(month, 2)}`;
  if (month && day) iso += `-${pad(day, 2)}`;
  return iso;
}

function mediaOf(row: Row, index: number, problems: DataProblem[]) {
  const fields = { url: row.media, alt: row.mediaalt || row.alttext, caption: row.mediacaption, credit: row.mediacredit, thumbnail: row.mediathumbnail };
  return importMedia(fields, (code, values) => problems.push({ subject: 'event', index, field: 'Media', ...problemText(code, values), skipped: false }));
}

export function fromCsv(text: string): { raw: Record<string, unknown>; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const { header, rows: table } = rows(text);
  const sheets = header.includes('year') && header.includes('headline');
  const simple = header.includes('date') && header.includes('headline');
  if (!sheets && !simple) {
    problems.push({
      subject: 'document',
      field: 'csv',
      ...problemText('csvNoLayout'),
      skipped: true,
    });
    return { raw: { events: [] }, problems };
  }
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) {
    problems.push({
      subject: 'document',
      field: 'csv',
      ...problemText('csvQuote'),
      skipped: false,
    });
  }
  const raw: Record<string, unknown> & { events: unknown[]; eras: unknown[] } = { events: [], eras: [] };
  table.forEach((row) => {
    const type = (row.type ?? '').toLowerCase();
    if (sheets && type === 'title') {
      if (row.headline) raw.title = row.headline;
      if (row.text) raw.description = row.text;
      return;
    }
    const subject = type === 'era' ? 'era' : 'event';
    // Problems name the item by its place among events (or eras), as the validator does.
    const position = subject === 'era' ? raw.eras.length : raw.events.length;
    const date = sheets ? sheetDate(row, '', problems, subject, position) : row.date;
    const end = sheets ? sheetDate(row, 'end', problems, subject, position) : row.end;
    if (type === 'era') {
      raw.eras.push(present({ id: row.id, date, end, label: row.headline }));
      return;
    }
    raw.events.push(
      present({
        id: row.id?.trim() || row.uniqueid?.trim() || slugFromHeadline(row.headline || row.text || row.body),
        date,
        end,
        displayDate: row.displaydate,
        headline: row.headline,
        body: sheets ? row.text : row.body,
        group: row.group,
        media: mediaOf(row, position, problems),
        source: row.source ? { quote: [row.source] } : undefined,
      }),
    );
  });
  return { raw, problems };
}
