// The horizontal layout's view model, through the functions the element calls:
// buildView (labels, gaps) then buildAxisView (geometry, label lanes), with a
// fake measure standing in for the canvas.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { firstDay } from '../../src/dates/edtf.js';
import { validateDocument } from '../../src/data/validate.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import type { Scale } from '../../src/layout/axis.js';
import { buildAxisView, markerSpan, type AxisView } from '../../src/layout/axis-view.js';
import { estimateTextWidth, placeLabels } from '../../src/layout/labels.js';
import { buildView } from '../../src/layout/view.js';
import { defaultDoc, defaultJson } from '../helpers.js';
import { syntheticTimeline } from '../synthetic.js';

const WIDTHS = Array.from({ length: 32 }, (_, i) => 360 + i * 40); // 360 … 1600
const SCALES: Scale[] = ['time', 'sequence'];
const docs = {
  default: defaultDoc,
  'synthetic 30': validateDocument(syntheticTimeline(30)).doc,
  'synthetic 100': validateDocument(syntheticTimeline(100)).doc,
};
/** A 12 px bold face, about as wide as the demo's. */
const measure = (text: string) => estimateTextWidth(text, 12);

function axisFor(doc: typeof defaultDoc, width: number, scale: Scale, language = en, measureWith = measure) {
  return buildAxisView(buildView(doc, { language }), { width, scale, measure: measureWith });
}

function overlaps(axis: AxisView) {
  const found: string[] = [];
  const labels = axis.markers.flatMap((m) => (m.label ? [m.label] : []));
  for (const lane of new Set(labels.map((l) => l.lane))) {
    const sorted = labels.filter((l) => l.lane === lane).sort((a, b) => a.left - b.left);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].left < sorted[i - 1].left + sorted[i - 1].width) found.push(`lane ${lane} at ${sorted[i].left}`);
    }
  }
  return found;
}

describe('buildAxisView', () => {
  it('compresses the default chronology’s two long gaps into labelled breaks', () => {
    const axis = axisFor(defaultDoc, 1280, 'time');
    expect(axis.breaks.map((b) => b.label)).to.deep.equal(['53 years', '15 years']);
    const x = (id: string) => axis.markers.find((m) => m.view.event.id === id)!.x;
    expect(axis.breaks[0].x).to.be.within(x('korean-war'), x('un-sanctions'));
    expect(axis.breaks[1].x).to.be.within(x('un-sanctions'), x('invasion-of-ukraine'));
  });

  it('gives the last 18 months real room instead of a sliver', () => {
    const [invasion, summit] = axisFor(defaultDoc, 1280, 'time')
      .markers.slice(-2)
      .map((m) => m.x);
    expect(summit - invasion).to.be.greaterThan(100);
  });

  it('keeps true time inside a run of events', () => {
    const { doc } = validateDocument({ events: ['2000', '2001', '2004'].map((date, i) => ({ id: `e${i}`, date, headline: 'h' })) });
    const [a, b, c] = axisFor(doc, 1000, 'time').markers.map((m) => m.x);
    expect((c - b) / (b - a)).to.be.closeTo(3, 0.05);
  });

  it('spaces events evenly on the sequence scale', () => {
    const axis = axisFor(
      validateDocument({ events: [0, 1, 2, 3].map((i) => ({ id: `e${i}`, date: `${2000 + i * i}`, headline: 'h' })) }).doc,
      800,
      'sequence',
    );
    const steps = axis.markers.slice(1).map((m, i) => m.x - axis.markers[i].x);
    expect(Math.max(...steps) - Math.min(...steps)).to.be.lessThan(0.001);
  });

  for (const [name, doc] of Object.entries(docs)) {
    for (const scale of SCALES) {
      it(`${name}, ${scale} scale: monotonic, spaced, breaks where gaps are long, labels never overlap (360–1600 px)`, () => {
        const longGaps = buildView(doc, { language: en }).events.filter((e) => e.gap?.long).length;
        for (const width of WIDTHS) {
          const axis = axisFor(doc, width, scale);
          const xs = axis.markers.map((m) => m.x);
          const days = axis.markers.map((m) => firstDay(m.view.event.span.start));
          for (let i = 1; i < xs.length; i++) {
            expect(days[i] >= days[i - 1], `sorted at ${width}`).to.equal(true);
            expect(xs[i] - xs[i - 1], `spacing at ${width}, marker ${i}`).to.be.at.least(31.999);
          }
          expect(axis.width).to.be.at.least(width);
          expect(axis.scrolls).to.equal(axis.width > width + 1);
          expect(xs[0]).to.be.at.least(0);
          expect(xs[xs.length - 1]).to.be.at.most(axis.width);
          expect(axis.breaks, `breaks at ${width}`).to.have.length(longGaps);
          expect(overlaps(axis), `label overlaps at ${width}`).to.deep.equal([]);
          for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i].x - axis.ticks[i - 1].x).to.be.at.least(56);
          for (const tick of axis.ticks) {
            for (const b of axis.breaks)
              expect(tick.x < b.x - 28 || tick.x > b.x + b.width + 28, `tick ${tick.label} in a break`).to.equal(true);
          }
        }
      });
    }
  }

  it('depends only on its inputs: a copy of the data gives the same view', () => {
    const copy = validateDocument(JSON.parse(JSON.stringify(syntheticTimeline(100)))).doc;
    const strip = (axis: AxisView) =>
      JSON.stringify({ markers: axis.markers.map((m) => [m.x, m.label]), breaks: axis.breaks, ticks: axis.ticks });
    expect(strip(axisFor(copy, 777, 'time'))).to.equal(strip(axisFor(docs['synthetic 100'], 777, 'time')));
  });

  it('spans an era across its events, and an open era to the end', () => {
    const axis = axisFor(defaultDoc, 1280, 'time');
    const korean = axis.eras.find((e) => e.era.era.id === 'korean-war')!;
    const war = axis.markers.find((m) => m.view.event.id === 'korean-war')!;
    expect(korean.x1).to.be.lessThan(war.x);
    expect(korean.x2).to.be.greaterThan(war.x);
    const ukraine = axis.eras.find((e) => e.era.era.id === 'war-in-ukraine')!;
    expect(ukraine.x2).to.be.greaterThan(axis.markers[axis.markers.length - 1].x);
  });

  it('shows every default date label in full at desktop width, as text a reader can check', () => {
    const labels = axisFor(defaultDoc, 1280, 'time').markers.map((m) => m.label?.content);
    expect(labels).to.deep.equal(['c. 1945', '1950–53', 'Oct. 14, 2006', 'Feb. 24, 2022', 'Sept. 13, 2023']);
  });

  it('sizes label boxes by the measured text, so a wider face takes more room', () => {
    const narrow = axisFor(defaultDoc, 1280, 'time', en, (text) => text.length * 5);
    const wide = axisFor(defaultDoc, 1280, 'time', en, (text) => text.length * 9);
    const summit = (axis: AxisView) => axis.markers.at(-1)!.label!;
    expect(summit(narrow).width).to.equal(Math.ceil('Sept. 13, 2023'.length * 5) + 1 + 8);
    expect(summit(wide).width).to.be.greaterThan(summit(narrow).width);
  });

  it('falls back to the year, then hides, as the measured text stops fitting — never clipping a date', () => {
    const squeezed = axisFor(defaultDoc, 720, 'time', en, (text) => text.length * 14);
    for (const marker of squeezed.markers) {
      if (marker.label) expect([marker.view.date, marker.view.year]).to.include(marker.label.content);
    }
    expect(squeezed.markers.some((m) => !m.label || m.label.content === m.view.year)).to.equal(true);
  });

  it('labels ticks as readers count years, B.C. included', () => {
    const { doc } = validateDocument({ events: ['-0752', '-0748', '-0745'].map((date, i) => ({ id: `e${i}`, date, headline: 'h' })) });
    const ticks = axisFor(doc, 1200, 'time').ticks.map((t) => t.label);
    expect(ticks.length).to.be.greaterThan(2);
    for (const tick of ticks) expect(tick).to.match(/^\d+ B\.C\.$/);
  });

  it('ticks a dense axis at one round step, never at odd years the spacing left', () => {
    for (const sign of ['', '-']) {
      const years = Array.from({ length: 113 }, (_, i) => `${sign}${String(sign ? 999 - i * 8 : 1000 + i * 8).padStart(4, '0')}`);
      const { doc } = validateDocument({ events: years.map((date, i) => ({ id: `e${i}`, date, headline: 'h' })) });
      const ticks = axisFor(doc, 1200, 'time').ticks.map((t) => Number(t.label.split(' ')[0]));
      expect(ticks.length).to.be.greaterThan(10);
      const step = Math.abs(ticks[1] - ticks[0]);
      expect([1, 2, 5, 10, 20, 25, 50, 100]).to.include(step);
      // Every tick a multiple of that one step, as readers count years (980 B.C., not 981 B.C.).
      expect(
        ticks.every((year) => year % step === 0),
        ticks.slice(0, 6).join(', '),
      ).to.equal(true);
    }
  });

  it('formats break and date labels in the reader’s language', () => {
    const axis = axisFor(defaultDoc, 1280, 'time', ko);
    expect(axis.breaks.map((b) => b.label)).to.deep.equal(['53년', '15년']);
    // What a screen reader hears of a break: the range in CLDR's Korean form (issue 31, finding 1).
    expect(axis.breaks.map((b) => b.name)).to.deep.equal(['1953년 ~ 2006년, 53년 공백', '2006년 ~ 2022년, 15년 공백']);
    expect(axis.markers.at(-1)!.label!.content).to.equal('2023년 9월 13일');
  });

  it('hides rather than overlaps when there is no room', () => {
    const labels = placeLabels(
      [0, 1, 2, 3, 4].map((i) => ({ x: 100 + i, full: 'Sept. 13, 2023', short: '2023' })),
      { width: 400, lanes: 2, measure },
    );
    expect(labels.map((l) => l.text)).to.deep.equal(['full', 'full', 'none', 'none', 'none']);
  });
});

describe('buildView', () => {
  it('gives every label the list shows, once, in the reader’s language', () => {
    const view = buildView(defaultDoc, { language: en });
    expect(view.events.map((e) => e.date)).to.deep.equal(['c. 1945', '1950–53', 'Oct. 14, 2006', 'Feb. 24, 2022', 'Sept. 13, 2023']);
    expect(view.events.map((e) => e.gap?.label)).to.deep.equal([
      undefined,
      'about 5 years later',
      '53 years later',
      '15 years later',
      '18 months later',
    ]);
    expect(view.events.map((e) => e.datetime)).to.deep.equal(['1945', '1950', '2006-10-14', '2022-02-24', '2023-09-13']);
    expect(view.events[1].name).to.equal('1950–53: The Korean War, with Soviet support');
    expect(view.credit).to.equal(`Dates and quotes from “${defaultJson.article.title}”, The Associated Press, Sept. 13, 2023.`);
    const eras = view.rows.flatMap((row) => (row.kind === 'event' ? row.view.eras.filter((e) => e.first) : [row.era]));
    expect(eras.map((e) => `${e.label} ${e.dates}`)).to.deep.equal(['Korean War 1950–53', 'Russia’s war in Ukraine since Feb. 24, 2022']);
  });

  it('keeps an editor’s display date as the label, and leaves datetime out before 1 A.D.', () => {
    const { doc } = validateDocument({
      events: [{ id: 'rome', date: '-0752', headline: 'Rome is founded', displayDate: 'By legend, 753 B.C.' }],
    });
    const [rome] = buildView(doc, { language: en }).events;
    expect(rome.date).to.equal('By legend, 753 B.C.');
    expect(rome.year).to.equal('753 B.C.');
    expect(rome.datetime).to.equal(undefined);
  });
});

describe('a run of markers in a box of its own', () => {
  // The element draws each block of markers in such a box, which contains its paint:
  // a dot, focus ring or label outside it would be cut off.
  it('holds every marker with its ring and every label, inside the axis, from a whole pixel', () => {
    // Labels wider than the room kept around a marker, so a box that left them out would show.
    const wide = (text: string) => estimateTextWidth(text, 24);
    const within = (axis: AxisView, low: number, high: number) => [Math.max(0, low), Math.min(axis.width, high)];
    for (const [name, doc] of Object.entries(docs)) {
      for (const width of [360, 800, 1280]) {
        for (const scale of SCALES) {
          const axis = axisFor(doc, width, scale, en, wide);
          for (let start = 0; start < axis.markers.length; start += 7) {
            const run = axis.markers.slice(start, start + 7);
            const { left, width: boxWidth } = markerSpan(run, axis.width);
            const where = `${name}, ${width} px, ${scale}, markers from ${start}`;
            expect(Number.isInteger(left), where).to.equal(true);
            expect(left, where).to.be.at.least(0);
            expect(left + boxWidth, where).to.be.at.most(axis.width);
            for (const { x, label } of run) {
              // Half the 1.75rem marker, its current ring and its focus outline, at 20 px a rem.
              const [from, to] = within(axis, x - 24, x + 24);
              expect(from, where).to.be.at.least(left);
              expect(to, where).to.be.at.most(left + boxWidth);
              if (!label) continue;
              const [labelFrom, labelTo] = within(axis, label.left, label.left + label.width);
              expect(labelFrom, `${where}: label ${label.content}`).to.be.at.least(left);
              expect(labelTo, `${where}: label ${label.content}`).to.be.at.most(left + boxWidth);
            }
          }
        }
      }
    }
  });
});
