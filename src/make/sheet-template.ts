/**
 * The spreadsheet a producer starts from: TimelineJS3's column layout (the
 * columns its Google Sheets template has, in its order), with a title row, an
 * era and two events showing a full date, a range and an approximate year, so
 * every column is seen filled once. It reads with no problem (a node test holds it).
 */
const COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  // Read by TimelineJS3 (ConfigFactory.js) and by us: what a screen reader says for the photo.
  'Alt Text',
];

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const ROWS: readonly Row[] = [
  { Headline: 'Your timeline’s title', Text: 'One sentence on what it shows.', Type: 'title' },
  { Year: '1950', 'End Year': '1953', Headline: 'An era: its name here', Type: 'era' },
  {
    Year: '1950',
    Month: '6',
    Day: '25',
    Headline: 'A dated event',
    Text: 'A sentence or two, as the article reports it. <a href="https://example.com/story">Links</a> and <em>emphasis</em> are kept.',
    Media: 'https://example.com/photo.jpg',
    'Media Credit': 'Photographer / Agency',
    'Media Caption': 'What the photo shows.',
    'Alt Text': 'What a reader who cannot see the photo needs to know of it.',
  },
  { Year: '1953', Month: '7', 'End Year': '1953', 'End Month': '8', Headline: 'An event over two months' },
  { Year: '1960', 'Display Date': 'Around 1960', Headline: 'A date the reporting gives only roughly' },
];

const cell = (value = '') => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The template as CSV, ready to import into Google Sheets or Excel. */
export function sheetTemplate(): string {
  return `${[COLUMNS, ...ROWS.map((row) => COLUMNS.map((column) => row[column] ?? ''))].map((line) => line.map(cell).join(',')).join('\n')}\n`;
}
