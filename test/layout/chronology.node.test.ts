import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validateDocument } from '../../src/data/validate.js';
import { layoutChronology, type EventRow } from '../../src/layout/chronology.js';
import { defaultDoc } from '../helpers.js';

const eventRows = (rows: ReturnType<typeof layoutChronology>['rows']) => rows.filter((row): row is EventRow => row.kind === 'event');

describe('layoutChronology', () => {
  const layout = layoutChronology(defaultDoc);
  const rows = eventRows(layout.rows);

  it('puts the default events in chronological order', () => {
    expect(rows.map((r) => r.event.id)).to.deep.equal([
      'stalin-kim-il-sung',
      'korean-war',
      'un-sanctions',
      'invasion-of-ukraine',
      'vostochny-summit',
    ]);
  });

  it('measures each gap from the end of the previous event and marks the long ones', () => {
    expect(rows.map((r) => r.gap && [r.gap.elapsed.unit, r.gap.elapsed.count, r.gap.long])).to.deep.equal([
      undefined,
      ['year', 5, false],
      ['year', 53, true],
      ['year', 15, true],
      ['month', 18, false],
    ]);
  });

  it('brackets the Korean War and the war in Ukraine around their events', () => {
    const eras = rows.map((r) => r.eras.map((m) => `${m.era.id}${m.first ? '<' : ''}${m.last ? '>' : ''}`).join(' '));
    expect(eras).to.deep.equal(['', 'korean-war<>', '', 'war-in-ukraine<', 'war-in-ukraine>']);
    expect(layout.lanes).to.equal(1);
  });

  it('keeps authors’ order for equal dates and is deterministic', () => {
    const { doc } = validateDocument({
      events: [
        { id: 'b', date: '2000', headline: 'B' },
        { id: 'a', date: '2000', headline: 'A' },
        { id: 'c', date: '1999', headline: 'C' },
      ],
    });
    const first = eventRows(layoutChronology(doc).rows).map((r) => r.event.id);
    expect(first).to.deep.equal(['c', 'b', 'a']);
    expect(eventRows(layoutChronology(doc).rows).map((r) => r.event.id)).to.deep.equal(first);
  });

  it('gives no "later" label to an event inside a longer one', () => {
    const { doc } = validateDocument({
      events: [
        { id: 'war', date: '1950/1953', headline: 'War' },
        { id: 'battle', date: '1951-04', headline: 'Battle' },
        { id: 'after', date: '1955', headline: 'After' },
      ],
    });
    const gaps = eventRows(layoutChronology(doc).rows).map((r) => r.gap?.elapsed.count);
    expect(gaps).to.deep.equal([undefined, undefined, 2]);
  });

  it('puts overlapping eras in separate lanes and shows an era with no events at its place', () => {
    const { doc } = validateDocument({
      events: [
        { id: 'a', date: '1950', headline: 'A' },
        { id: 'b', date: '1970', headline: 'B' },
      ],
      eras: [
        { id: 'long', date: '1945/1991', label: 'Cold War' },
        { id: 'short', date: '1950/1953', label: 'Korean War' },
        { id: 'empty', date: '1960/1962', label: 'Quiet years' },
      ],
    });
    const result = layoutChronology(doc);
    expect(result.lanes).to.equal(2);
    expect(result.rows.map((r) => (r.kind === 'event' ? r.event.id : `era:${r.mark.era.id}`))).to.deep.equal(['a', 'era:empty', 'b']);
    const first = result.rows[0] as EventRow;
    expect(first.eras.map((m) => [m.era.id, m.lane])).to.deep.equal([
      ['long', 0],
      ['short', 1],
    ]);
  });

  it('respects the long-gap threshold', () => {
    const strict = eventRows(layoutChronology(defaultDoc, { longGapYears: 60 }).rows);
    expect(strict.filter((r) => r.gap?.long)).to.have.length(0);
  });
});
