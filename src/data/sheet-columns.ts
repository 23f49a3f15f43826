/**
 * The columns a sheet may have, and where a problem sits in it. Headers are
 * matched case- and space-insensitively ("End Year", "end_year", "ENDYEAR"), so
 * a header is known by its key; an unknown one is reported with the nearest
 * known header, since a misspelt header loses its whole column.
 */

/** Every column this reader knows, by key, with the name the TimelineJS template (or our layout) writes. */
export const SHEET_COLUMNS: Readonly<Record<string, string>> = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Time',
  endyear: 'End Year',
  endmonth: 'End Month',
  endday: 'End Day',
  endtime: 'End Time',
  displaydate: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  mediacredit: 'Media Credit',
  mediacaption: 'Media Caption',
  mediathumbnail: 'Media Thumbnail',
  mediaalt: 'Media Alt',
  alttext: 'Alt Text',
  type: 'Type',
  group: 'Group',
  background: 'Background',
  uniqueid: 'Unique ID',
  id: 'id',
  date: 'date',
  end: 'end',
  body: 'body',
  source: 'source',
};

/** Columns of our own layout only; in a TimelineJS sheet they are misspellings or strays. */
const OURS = new Set(['date', 'end', 'body', 'source']);

export const columnKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

export const knownColumn = (key: string, timelineJsSheet: boolean) =>
  Object.hasOwn(SHEET_COLUMNS, key) && !(timelineJsSheet && OURS.has(key));

/** The text columns a sheet may carry in other languages, and the translation field each fills. */
const TRANSLATED: Readonly<Record<string, string>> = {
  headline: 'headline',
  text: 'body',
  body: 'body',
  displaydate: 'displayDate',
  group: 'group',
  mediacaption: 'caption',
  mediacredit: 'credit',
  mediaalt: 'alt',
  alttext: 'alt',
  source: 'quote',
};

/** "Headline (ru)": a text column in another language, as the field it translates and the language's tag. */
export function languageColumn(key: string): { readonly field: string; readonly lang: string } | undefined {
  const match = /^([a-z]+)\(([a-z]{2,3}(?:-[a-z0-9]+)*)\)$/.exec(key);
  const field = match ? TRANSLATED[match[1]] : undefined;
  return match && field ? { field, lang: match[2] } : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The known header nearest to an unknown one, when it is near enough to be a slip of the keyboard. */
export function nearestColumn(key: string, timelineJsSheet: boolean): string | undefined {
  if (key.length > 40) return undefined;
  let best: [number, string] | undefined;
  for (const candidate of Object.keys(SHEET_COLUMNS)) {
    if (!knownColumn(candidate, timelineJsSheet)) continue;
    const d = distance(key, candidate);
    if (!best || d < best[0]) best = [d, candidate];
  }
  return best && best[0] <= Math.max(2, Math.floor(best[1].length / 3)) ? SHEET_COLUMNS[best[1]] : undefined;
}

/** Where a sheet's items came from: the sheet row of each event and era, and each column's header as written. */
export interface SheetPlaces {
  readonly event: number[];
  readonly era: number[];
  readonly columns: Readonly<Record<string, string>>;
}
