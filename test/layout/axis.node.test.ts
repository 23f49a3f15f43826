import { describe, it } from 'node:test';
import { expect } from 'chai';
import { firstDay } from '../../src/dates/edtf.js';
import { formatDate, formatSpan } from '../../src/dates/format.js';
import { validateDocument } from '../../src/data/validate.js';
import { en } from '../../src/i18n/en.js';
import { layoutAxis, type AxisLayout, type Scale } from '../../src/layout/axis.js';
import { layoutChronology } from '../../src/layout/chronology.js';
import { labelWidth, placeLabels, type PlacedLabel } from '../../src/layout/labels.js';
import { defaultDoc } from '../helpers.js';
import { syntheticTimeline } from '../synthetic.js';

const WIDTHS = Array.from({ length: 32 }, (_, i) => 360 + i * 40); // 360 … 1600
const SCALES: Scale[] = ['time', 'sequence'];
const docs = {
  default: defaultDoc,
  'synthetic 30': validateDocument(syntheticTimeline(30)).doc,
  'synthetic 100': validateDocument(syntheticTimeline(100)).doc,
};

function axisFor(doc: typeof defaultDoc, width: number, scale: Scale) {
  const chronology = layoutChronology(doc);
  const breakLabels = chronology.rows.flatMap((r) => (r.kind === 'event' && r.gap?.long ? [en.dates.duration(r.gap.elapsed)] : []));
  return layoutAxis(chronology, { width, scale, breakWidths: breakLabels.map((t) => labelWidth(t) + 12) });
}

function labelsFor(axis: AxisLayout) {
  return placeLabels(
    axis.markers.map((m) => ({
      x: m.x,
      full: formatSpan(m.event.span, en.dates),
      short: formatDate({ ...m.event.span.start, precision: 'year', month: undefined, day: undefined }, en.dates),
    })),
    { width: axis.width },
  );
}

function overlaps(labels: readonly PlacedLabel[]) {
  const byLane = new Map<number, PlacedLabel[]>();
  for (const label of labels.filter((l) => l.lane >= 0)) byLane.set(label.lane, [...(byLane.get(label.lane) ?? []), label]);
  const found: string[] = [];
  for (const [lane, list] of byLane) {
    const sorted = [...list].sort((a, b) => a.left - b.left);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].left < sorted[i - 1].left + sorted[i - 1].width) found.push(`lane ${lane} at ${sorted[i].left}`);
    }
  }
  return found;
}

describe('layoutAxis', () => {
  it('compresses the default chronology’s two long gaps into labelled breaks', () => {
    const axis = axisFor(defaultDoc, 1280, 'time');
    expect(axis.breaks.map((b) => [axis.markers[b.after].event.id, en.dates.duration(b.elapsed)])).to.deep.equal([
      ['korean-war', '53 years'],
      ['un-sanctions', '15 years'],
    ]);
    for (const b of axis.breaks) {
      expect(b.x).to.be.greaterThan(axis.markers[b.after].x);
      expect(b.x + b.width).to.be.lessThan(axis.markers[b.after + 1].x);
    }
  });

  it('gives the last 18 months real room instead of a sliver', () => {
    const axis = axisFor(defaultDoc, 1280, 'time');
    const [invasion, summit] = axis.markers.slice(-2).map((m) => m.x);
    expect(summit - invasion).to.be.greaterThan(100);
  });

  it('keeps true time inside a run of events', () => {
    const { doc } = validateDocument({
      events: [
        { id: 'a', date: '2000', headline: 'A' },
        { id: 'b', date: '2001', headline: 'B' },
        { id: 'c', date: '2004', headline: 'C' },
      ],
    });
    const [a, b, c] = layoutAxis(layoutChronology(doc), { width: 1000, scale: 'time' }).markers.map((m) => m.x);
    expect((c - b) / (b - a)).to.be.closeTo(3, 0.05);
  });

  it('spaces events evenly on the sequence scale', () => {
    const axis = axisFor(validateDocument({ events: [0, 1, 2, 3].map((i) => ({ id: `e${i}`, date: `${2000 + i * i}`, headline: 'h' })) }).doc, 800, 'sequence');
    const steps = axis.markers.slice(1).map((m, i) => m.x - axis.markers[i].x);
    expect(Math.max(...steps) - Math.min(...steps)).to.be.lessThan(0.001);
  });

  for (const [name, doc] of Object.entries(docs)) {
    for (const scale of SCALES) {
      it(`${name}, ${scale} scale: monotonic, spaced, breaks where gaps are long, labels never overlap (360–1600 px)`, () => {
        const chronology = layoutChronology(doc);
        const longGaps = chronology.rows.filter((r) => r.kind === 'event' && r.gap?.long).length;
        for (const width of WIDTHS) {
          const axis = axisFor(doc, width, scale);
          const xs = axis.markers.map((m) => m.x);
          const days = axis.markers.map((m) => firstDay(m.event.span.start));
          for (let i = 1; i < xs.length; i++) {
            expect(days[i] >= days[i - 1], `sorted at ${width}`).to.equal(true);
            expect(xs[i] - xs[i - 1], `spacing at ${width}, marker ${i}`).to.be.at.least(31.999);
          }
          expect(axis.width).to.be.at.least(width);
          expect(xs[0]).to.be.at.least(0);
          expect(xs[xs.length - 1]).to.be.at.most(axis.width);
          expect(axis.breaks, `breaks at ${width}`).to.have.length(longGaps);
          expect(overlaps(labelsFor(axis)), `label overlaps at ${width}`).to.deep.equal([]);
          for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i].x - axis.ticks[i - 1].x).to.be.at.least(56);
          for (const tick of axis.ticks) {
            for (const b of axis.breaks) expect(tick.x < b.x - 28 || tick.x > b.x + b.width + 28, `tick ${tick.year} in a break`).to.equal(true);
          }
        }
      });
    }
  }

  it('is deterministic', () => {
    const doc = docs['synthetic 100'];
    expect(JSON.stringify(axisFor(doc, 777, 'time'))).to.equal(JSON.stringify(axisFor(doc, 777, 'time')));
  });

  it('spans an era across its events, and an open era to the end', () => {
    const axis = axisFor(defaultDoc, 1280, 'time');
    const korean = axis.eras.find((e) => e.era.id === 'korean-war')!;
    const war = axis.markers.find((m) => m.event.id === 'korean-war')!;
    expect(korean.x1).to.be.lessThan(war.x);
    expect(korean.x2).to.be.greaterThan(war.x);
    const ukraine = axis.eras.find((e) => e.era.id === 'war-in-ukraine')!;
    expect(ukraine.x2).to.be.greaterThan(axis.markers[axis.markers.length - 1].x);
  });

  it('shows every default date label in full at desktop width', () => {
    const labels = labelsFor(axisFor(defaultDoc, 1280, 'time'));
    expect(labels.map((l) => l.text)).to.deep.equal(['full', 'full', 'full', 'full', 'full']);
  });

  it('measures Korean labels as the wide glyphs they are', () => {
    expect(labelWidth('2023년 9월 13일')).to.be.greaterThan(labelWidth('Sept. 13, 2023'));
    expect(labelWidth('2023년')).to.equal(labelWidth('20230') + Math.ceil(0.75 * 7.4));
  });

  it('hides rather than overlaps when there is no room, keeping the marker', () => {
    const labels = placeLabels(
      [0, 1, 2, 3, 4].map((i) => ({ x: 100 + i, full: 'Sept. 13, 2023', short: '2023' })),
      { width: 400, lanes: 2 },
    );
    expect(labels.map((l) => l.text)).to.deep.equal(['full', 'full', 'none', 'none', 'none']);
  });
});
