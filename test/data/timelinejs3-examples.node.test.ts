// TimelineJS3's own example files (test/fixtures/timelinejs3/README.md says where
// each comes from): every event in each file is shown, and what is reported is
// counted. The closing note of issue 30 lists the same table.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { csvParseRows } from 'd3-dsv';
import { readSourceText } from '../../src/data/read-source.js';
import { formatSpan } from '../../src/dates/format.js';
import { datesFor } from '../../src/layout/view.js';
import { en } from '../../src/i18n/en.js';

const text = (name: string) => readFileSync(new URL(`../fixtures/timelinejs3/${name}`, import.meta.url), 'utf8');

/** Events as the file has them: TimelineJS3's events, TimelineJS 2's dates, a sheet's rows that are not the title or an era. */
function eventsInFile(name: string): number {
  if (name.endsWith('.csv')) {
    const [header, ...rows] = csvParseRows(text(name));
    const type = header.indexOf('Type');
    return rows.filter((row) => !['title', 'era'].includes((row[type] ?? '').toLowerCase())).length;
  }
  const json = JSON.parse(text(name));
  return (json.events ?? json.timeline?.date ?? []).length;
}

// file: [events in the file, shown, problems reported]
const EXPECTED: Readonly<Record<string, readonly [number, number, number]>> = {
  'all-media-types.json': [41, 41, 13],
  'cosmo.json': [7, 7, 2],
  'cosmo-mixed.json': [11, 11, 9],
  'eras.json': [20, 20, 0],
  'houston-timeline2.json': [18, 18, 2],
  'houston-timeline3.json': [18, 18, 2],
  'republican-timeline3.json': [13, 13, 6],
  'shit-people-say-timeline2.json': [20, 20, 0],
  'twain-marktwain.json': [17, 17, 11],
  'user-interface-timeline2.json': [22, 22, 14],
  'user-interface-timeline3.json': [22, 22, 14],
  'women_in_computing.csv': [10, 10, 4],
  'women_in_computing.json': [10, 10, 3],
};

describe('TimelineJS3’s own example files', () => {
  for (const [name, [inFile, shown, reported]] of Object.entries(EXPECTED)) {
    it(`${name}: ${shown} of ${inFile} events shown, ${reported} problems reported`, async () => {
      const result = await readSourceText(text(name), { field: 'src', url: name });
      expect(eventsInFile(name), 'events in the file').to.equal(inFile);
      expect(result.doc.events.length, 'shown').to.equal(shown);
      expect(result.problems.length, result.problems.map((p) => p.message).join('\n')).to.equal(reported);
    });
  }

  it('cosmo.json: all seven events, labelled as a science desk would print them', async () => {
    const { doc } = await readSourceText(text('cosmo.json'), { field: 'src' });
    expect(doc.events.map((event) => `${formatSpan(event.span, datesFor(doc, en))}: ${event.headline}`)).to.deep.equal([
      '13.8 billion years ago: The Big Bang',
      '13.79963 billion years ago: The Dark Ages and large-scale structure emergence',
      '12.8 billion years ago: The universe as it appears today',
      '4.6 billion years ago: The formation of the Solar System',
      '538.8 million years ago – 251.902 million years ago: Paleozoic era',
      '315,000 years ago: approximate date of appearance of Homo sapiens',
      '3500 B.C.: oldest known depiction of a wheeled vehicle',
    ]);
  });
});
