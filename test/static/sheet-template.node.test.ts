// make.html's spreadsheet template (issue 32, finding 7): TimelineJS3's columns, in
// its order, and rows that read with no problem into a title, an era and events.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { sheetTemplate } from '../../src/make/sheet-template.js';
import { readSourceText } from '../../src/data/read-source.js';

describe('the spreadsheet template', () => {
  it('reads with no problem: its title, its era and three events, one of each kind of date', async () => {
    const csv = sheetTemplate();
    expect(csv.split('\n')[0]).to.equal(
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,Alt Text',
    );
    const { doc, problems } = await readSourceText(csv, { field: 'data', format: 'csv' });
    expect(problems.map((p) => p.message)).to.deep.equal([]);
    expect(doc.title).to.equal('Your timeline’s title');
    expect(doc.eras.map((era) => era.label)).to.deep.equal(['An era: its name here']);
    expect(doc.events.map((event) => event.headline)).to.deep.equal([
      'A dated event',
      'An event over two months',
      'A date the reporting gives only roughly',
    ]);
    expect(doc.events[0].media).to.include({ kind: 'image', credit: 'Photographer / Agency', caption: 'What the photo shows.' });
    expect(doc.events[2].displayDate).to.equal('Around 1960');
  });
});
