import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { fromCsv } from '../../src/data/import-csv.js';
import { fromTimelineJs } from '../../src/data/import-timelinejs.js';
import { membersBeforeEvents } from '../../src/data/json-heading.js';
import { isTimelineJs, looksLikeCsv, PREVIEW_TEXT_FROM, readSourceText, readSourceValue } from '../../src/data/read-source.js';
import type { TimelineDoc } from '../../src/data/types.js';

const fixture = (name: string) => readFile(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** What a reader would see of each event, format-independent. */
const reading = (doc: TimelineDoc) =>
  doc.events.map((e) => ({
    date: e.dateText,
    displayDate: e.displayDate,
    headline: e.headline,
    body: e.body,
    group: e.group,
    media: e.media,
  }));

describe('format detection', () => {
  it('recognises TimelineJS3 documents and CSV sources', () => {
    expect(isTimelineJs({ title: { text: { headline: 'x' } }, events: [] })).to.equal(true);
    expect(isTimelineJs({ events: [{ start_date: { year: 1950 } }] })).to.equal(true);
    expect(isTimelineJs({ events: [{ date: '1950', headline: 'x' }] })).to.equal(false);
    expect(looksLikeCsv({ field: 'src', url: 'https://docs.google.com/spreadsheets/d/e/2PACX-x/pub?output=csv' })).to.equal(true);
    expect(looksLikeCsv({ field: 'src', url: '/data/timeline.csv' })).to.equal(true);
    expect(looksLikeCsv({ field: 'src', contentType: 'text/csv; charset=utf-8' })).to.equal(true);
    expect(looksLikeCsv({ field: 'src', url: '/data/timeline.json' })).to.equal(false);
    expect(looksLikeCsv({ field: 'src', url: '/x.csv', format: 'json' })).to.equal(false);
  });
});

describe('imports', () => {
  it('read the same events from native JSON, TimelineJS3 JSON, a Sheets CSV and our CSV', async () => {
    const native = await readSourceText(await fixture('korean-war.native.json'), { field: 'src' });
    const timelinejs = await readSourceText(await fixture('korean-war.timelinejs.json'), { field: 'src' });
    const sheets = await readSourceText(await fixture('korean-war.sheets.csv'), { field: 'src', format: 'csv' });
    const simple = await readSourceText(await fixture('korean-war.simple.csv'), { field: 'src', url: 'korean-war.simple.csv' });
    for (const [name, result] of Object.entries({ native, timelinejs, sheets, simple })) {
      expect(result.problems, name).to.deep.equal([]);
      expect(reading(result.doc), name).to.deep.equal(reading(native.doc));
    }
    expect(timelinejs.doc.title).to.equal('The Korean War');
    expect(sheets.doc.description).to.equal('Three years of fighting, from invasion to armistice.');
    expect(timelinejs.doc.eras.map((e) => [e.label, e.dateText])).to.deep.equal([['Fighting', '1950-06-25/1953-07-27']]);
    expect(sheets.doc.eras.map((e) => [e.label, e.dateText])).to.deep.equal([['Fighting', '1950-06-25/1953-07-27']]);
    expect(native.doc.events[1].headlineRich).to.deep.equal(['U.N. forces land at ', { tag: 'em', attrs: {}, children: ['Inchon'] }]);
  });

  it('place B.C. years from TimelineJS (no year zero there), refusing only year 0 with a clear message', async () => {
    const result = await readSourceValue({
      events: [
        { start_date: { year: -500 }, text: { headline: 'Early' } },
        { start_date: { year: 0 }, text: { headline: 'No year zero' } },
        { start_date: { year: 1950 }, text: { headline: 'Fine' } },
      ],
    });
    expect(result.doc.events.map((e) => [e.headline, e.dateText])).to.deep.equal([
      ['Early', '-0499'],
      ['Fine', '1950'],
    ]);
    expect(result.problems.map((p) => [p.index, p.field, p.message])).to.deep.equal([
      [1, 'start_date', 'is 0, which TimelineJS does not have: -1 is 1 B.C. and 1 is A.D. 1'],
    ]);
    expect(result.doc.events[1].id).to.equal('fine');
  });

  it('map TimelineJS precision, display dates and scale', () => {
    const { raw, problems } = fromTimelineJs({
      scale: 'cosmological',
      events: [{ unique_id: 'a', start_date: { year: '1950', month: '6' }, end_date: { year: 1953 }, display_date: 'Summer 1950', text: { headline: 'h' } }],
    });
    expect((raw.events as unknown[])[0]).to.deep.equal({ id: 'a', date: '1950-06', end: '1953', displayDate: 'Summer 1950', headline: 'h' });
    // The cosmological scale is read (its years as deep time); a scale TimelineJS does not have is reported.
    expect(problems).to.deep.equal([]);
    expect(fromTimelineJs({ scale: 'geological', events: [] }).problems[0]).to.include({ field: 'scale', skipped: false });
  });

  it('give rows without ids a stable one from the headline', async () => {
    const sheets = await readSourceText(await fixture('korean-war.sheets.csv'), { field: 'src', format: 'csv' });
    expect(sheets.doc.events.map((e) => e.id)).to.deep.equal(['north-korea-invades-the-south', 'u-n-forces-land-at-inchon', 'armistice-signed-at-panmunjom']);
  });

  it('parse CSV quoting, embedded newlines and commas, CRLF and a BOM', () => {
    const csv = '\uFEFFdate,headline,body\r\n2001,"Comma, inside","Two\r\nlines"\r\n2002,"Quote ""here""",\r\n\r\n';
    const { raw, problems } = fromCsv(csv);
    expect(problems).to.deep.equal([]);
    expect(raw.events).to.deep.equal([
      { id: 'comma-inside', date: '2001', headline: 'Comma, inside', body: 'Two\r\nlines' },
      { id: 'quote-here', date: '2002', headline: 'Quote "here"' },
    ]);
  });

  it('say which columns a CSV needs when it has neither layout', () => {
    const { problems } = fromCsv('when,what\n2001,x\n');
    expect(problems[0]).to.include({ subject: 'document', field: 'csv', skipped: true });
  });

  it('report a bad Year cell once, naming its sheet row', async () => {
    const result = await readSourceText('Year,Headline\n1950,Good\nabc,Bad\n', { field: 'src', format: 'csv' });
    expect(result.doc.events.map((e) => e.headline)).to.deep.equal(['Good']);
    expect(result.problems.filter((p) => p.skipped).map((p) => [p.row, p.column])).to.deep.equal([[3, 'Year']]);
  });
});

describe('the heading of a long document, first', () => {
  const long = (count: number) => ({
    title: 'A <em>long</em> chronology',
    description: 'Every event of it.',
    lang: 'en',
    events: Array.from({ length: count }, (_, i) => ({ id: `e${i}`, date: `${1900 + (i % 100)}`, headline: `Event ${i}` })),
  });
  const previews = async (read: (preview: (heading: TimelineDoc) => Promise<void>) => Promise<unknown>) => {
    const seen: TimelineDoc[] = [];
    const result = await read(async (heading) => {
      seen.push(heading);
    });
    return { seen, result };
  };

  it('is shown from a thousand events, then the whole document is read', async () => {
    const { seen, result } = await previews((preview) => readSourceValue(long(1000), 'auto', preview));
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.include({ title: 'A long chronology', description: 'Every event of it.', lang: 'en', events: [] });
    expect(result).to.deep.equal(await readSourceValue(long(1000)));
  });

  it('is not shown for a shorter document, whatever its format', async () => {
    const json = await previews((preview) => readSourceText(JSON.stringify(long(999)), { field: 'src' }, preview));
    expect(json.seen).to.have.length(0);
    const csv = ['Date,Headline', ...Array.from({ length: 999 }, (_, i) => `${1900 + (i % 100)},Event ${i}`)].join('\n');
    expect((await previews((preview) => readSourceText(csv, { format: 'csv', field: 'src' }, preview))).seen).to.have.length(0);
  });

  it('comes from the text before the parse when the file is long', async () => {
    // Cut after the heading and broken: only a heading read from the text itself can be shown.
    const text = `{"title": "Read \\"first\\"", "description": "Before the events.", "lang": "en", "events": [${'{"id": "x"},'.repeat(PREVIEW_TEXT_FROM / 10)}`;
    const { seen, result } = await previews((preview) => readSourceText(text, { field: 'src' }, preview));
    expect(seen.map((doc) => [doc.title, doc.description, doc.events.length])).to.deep.equal([['Read "first"', 'Before the events.', 0]]);
    expect((result as Awaited<ReturnType<typeof readSourceText>>).problems.map((p) => p.code)).to.deep.equal(['notJson']);
  });

  it('is shown once for a long file, and the document read is the same', async () => {
    const doc = { ...long(8000), description: 'x'.repeat(PREVIEW_TEXT_FROM) };
    const { seen, result } = await previews((preview) => readSourceText(JSON.stringify(doc), { field: 'src' }, preview));
    expect(seen).to.have.length(1);
    expect(result).to.deep.equal(await readSourceValue(doc));
  });

  it('comes from TimelineJS3 and CSV files too', async () => {
    const csv = ['Date,Headline', ...Array.from({ length: 1000 }, (_, i) => `${1900 + (i % 100)},Event ${i}`)].join('\n');
    expect((await previews((preview) => readSourceText(csv, { format: 'csv', field: 'src' }, preview))).seen).to.have.length(1);
    const tl = {
      title: { text: { headline: 'Imported' } },
      events: Array.from({ length: 1000 }, (_, i) => ({ start_date: { year: 1900 + (i % 100) }, text: { headline: `Event ${i}` } })),
    };
    const { seen } = await previews((preview) => readSourceValue(tl, 'auto', preview));
    expect(seen.map((doc) => doc.title)).to.deep.equal(['Imported']);
  });
});

describe('the members of a JSON document before its events', () => {
  it('are read from the text as JSON.parse would read them', () => {
    const head = { title: 'A "quoted" title, with {braces} and [brackets]', eras: [{ name: 'War', start: '1950' }], n: -1.5e3, ok: true, none: null };
    expect(membersBeforeEvents(`${JSON.stringify(head).slice(0, -1)}, "events": [{"id":`)).to.deep.equal(head);
    expect(membersBeforeEvents('\n { "title" : "T" ,\n "events" : ')).to.deep.equal({ title: 'T' });
  });

  it('keep a __proto__ member as data, as JSON.parse does', () => {
    const members = membersBeforeEvents('{"__proto__": {"polluted": true}, "events": []}');
    expect(Object.getPrototypeOf(members)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('are not given when the first "events" key is not the document’s own', () => {
    expect(membersBeforeEvents('{"meta": {"events": 1}, "title": "T", "events": []}')).to.equal(undefined);
    expect(membersBeforeEvents('{"say \\"events": 1, "title": "T", "events": []}')).to.equal(undefined);
    expect(membersBeforeEvents('{"note": "the \\"events\\": key", "title": "T", "events": []}')).to.deep.equal({
      note: 'the "events": key',
      title: 'T',
    });
  });

  it('are not given until the events are reached, nor from what is not a JSON object', () => {
    for (const text of ['{"title": "T", "descr', '{"title": "T"', '{"title": "T", "events"', '{"title": "T"}', '[{"events": []}]', '{"title": tru, "events": []}', '{"n": 12', '', 'null']) {
      expect(membersBeforeEvents(text), text).to.equal(undefined);
    }
  });
});
