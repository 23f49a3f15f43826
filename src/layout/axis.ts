/**
 * Why this exists: the summit chronology spans 78 years with most of the story
 * in its last 18 months. A linear axis spends nearly all its width on empty
 * decades (TimelineJS3 #394); even spacing (react-chrono) misstates time. This
 * axis keeps true time inside each run of events and compresses every long gap
 * into a fixed, visibly marked break that states the time it stands for.
 * `scale: 'sequence'` spaces events evenly instead, with the same breaks.
 *
 * Pure geometry in CSS pixels: positions are monotonic in time, neighbouring
 * markers are at least `minSpacing` apart (the axis grows and scrolls rather
 * than overlap them), and the result depends only on the inputs.
 * Cost: linear after the chronology's sort.
 */
import { civilDate, dayNumber, firstDay, spanEndDay } from '../dates/edtf.js';
import type { Elapsed } from '../dates/elapsed.js';
import type { TimelineEra, TimelineEvent } from '../data/types.js';
import type { ChronologyLayout } from './chronology.js';

export const SCALES = ['time', 'sequence'] as const;
export type Scale = (typeof SCALES)[number];

export interface AxisOptions {
  readonly scale?: Scale;
  /** Width available, in px. The axis is never narrower. */
  readonly width: number;
  /** Least distance between neighbouring markers, in px (a touch target). */
  readonly minSpacing?: number;
  /** Space kept free at each end, in px. */
  readonly inset?: number;
  /** Width of a break, in px, before its label is fitted; see `breakWidths`. */
  readonly breakWidth?: number;
  /** Width each break needs for its label (index = break number), e.g. from labelWidth(). */
  readonly breakWidths?: readonly number[];
  /** Least distance between year ticks, in px. */
  readonly tickSpacing?: number;
}

export interface AxisMarker {
  readonly event: TimelineEvent;
  readonly x: number;
}

export interface AxisBreak {
  /** Left edge and width of the compressed span. */
  readonly x: number;
  readonly width: number;
  readonly elapsed: Elapsed;
  /** The break comes after this marker. */
  readonly after: number;
}

export interface AxisEra {
  readonly era: TimelineEra;
  readonly x1: number;
  readonly x2: number;
  readonly lane: number;
}

export interface AxisTick {
  readonly x: number;
  readonly year: number;
}

export interface AxisLayout {
  /** Content width in px: the available width, or more when markers need it. */
  readonly width: number;
  readonly markers: readonly AxisMarker[];
  readonly breaks: readonly AxisBreak[];
  readonly eras: readonly AxisEra[];
  /** Year ticks, only on the time scale. */
  readonly ticks: readonly AxisTick[];
  /** The drawn stretches of the axis line: everything but the breaks. */
  readonly line: readonly (readonly [number, number])[];
  readonly eraLanes: number;
}

const DAYS_PER_YEAR = 365.2425;
// Round steps up to deep time's billions (a segment may span 13.8 billion years): 1, 2, 5 × 10ⁿ beyond 1000.
const TICK_STEPS = [
  1,
  2,
  5,
  10,
  20,
  25,
  50,
  100,
  200,
  500,
  ...Array.from({ length: 9 }, (_, n) => [1, 2, 5].map((m) => m * 10 ** (n + 3))).flat(),
];

/** A time → x mapping through known points, linear between them, clamped at the ends. */
function interpolate(knots: readonly (readonly [number, number])[], day: number): number {
  if (day <= knots[0][0]) return knots[0][1];
  for (let i = 1; i < knots.length; i++) {
    const [d1, x1] = knots[i];
    if (day <= d1) {
      const [d0, x0] = knots[i - 1];
      return d1 === d0 ? x1 : x0 + ((day - d0) / (d1 - d0)) * (x1 - x0);
    }
  }
  return knots[knots.length - 1][1];
}

export function layoutAxis(chronology: ChronologyLayout, options: AxisOptions): AxisLayout {
  const scale = options.scale ?? 'time';
  const minSpacing = options.minSpacing ?? 32;
  const inset = options.inset ?? 24;
  const events = chronology.events;
  const gaps = chronology.rows.flatMap((row) => (row.kind === 'event' ? [row.gap] : []));

  // Runs of events between long gaps.
  const segments: number[][] = [];
  events.forEach((_, i) => {
    if (i === 0 || gaps[i]?.long) segments.push([]);
    segments[segments.length - 1].push(i);
  });
  const breakWidth = (k: number) => Math.max(options.breakWidth ?? 48, options.breakWidths?.[k] ?? 0);

  // Where each event sits in "scale units": days on the time scale, its rank in sequence.
  const unit = (i: number) => (scale === 'time' ? firstDay(events[i].span.start) : i);
  const spans = segments.map((seg) => {
    const start = unit(seg[0]);
    const end = scale === 'time' ? Math.max(...seg.map((i) => spanEndDay(events[i].span))) : unit(seg[seg.length - 1]);
    return { start, end, length: end - start };
  });
  const totalLength = spans.reduce((sum, s) => sum + s.length, 0);
  const breaksTotal = segments.slice(1).reduce((sum, _, k) => sum + breakWidth(k), 0);
  const free = Math.max(0, options.width - 2 * inset - breaksTotal - segments.length * minSpacing);

  // Lay segments out left to right; then push markers apart where closer than minSpacing.
  const xs: number[] = [];
  const segmentEdges: Array<[number, number]> = [];
  let left = inset;
  let shift = 0;
  segments.forEach((seg, k) => {
    const { start, length } = spans[k];
    const width = minSpacing + (totalLength > 0 ? (free * length) / totalLength : free / segments.length);
    const segLeft = left + shift;
    for (const i of seg) {
      let x = segLeft + minSpacing / 2 + (length > 0 ? ((unit(i) - start) / length) * (width - minSpacing) : (width - minSpacing) / 2);
      if (xs.length && x < xs[xs.length - 1] + minSpacing && !(seg[0] === i && k > 0)) {
        const pushed = xs[xs.length - 1] + minSpacing;
        shift += pushed - x;
        x = pushed;
      }
      xs.push(x);
    }
    const segRight = Math.max(left + width + shift, xs[xs.length - 1] + minSpacing / 2);
    shift = segRight - (left + width);
    segmentEdges.push([segLeft, segRight]);
    left += width + (k < segments.length - 1 ? breakWidth(k) : 0);
  });
  const contentWidth = Math.max(options.width, (segmentEdges.at(-1)?.[1] ?? 0) + inset);

  const breaks: AxisBreak[] = segments.slice(1).map((seg, k) => ({
    x: segmentEdges[k][1],
    width: segmentEdges[k + 1][0] - segmentEdges[k][1],
    elapsed: gaps[seg[0]]!.elapsed,
    after: seg[0] - 1,
  }));

  // Knots for placing any day: every marker, plus where each segment's time ends.
  const knots: Array<[number, number]> = [];
  segments.forEach((seg, k) => {
    for (const i of seg) knots.push([firstDay(events[i].span.start), xs[i]]);
    if (scale === 'time') {
      const endDay = spans[k].end;
      if (endDay > knots[knots.length - 1][0]) knots.push([endDay, segmentEdges[k][1] - minSpacing / 2]);
    }
  });
  knots.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const eras: AxisEra[] = [];
  const seen = new Set<TimelineEra>();
  const marks = chronology.rows.flatMap((row) => (row.kind === 'event' ? row.eras : [row.mark]));
  for (const mark of marks) {
    if (seen.has(mark.era) || knots.length === 0) continue;
    seen.add(mark.era);
    const { span } = mark.era;
    const x1 = interpolate(knots, firstDay(span.start)) - minSpacing / 2;
    const x2 = span.openEnd ? contentWidth - inset / 2 : interpolate(knots, spanEndDay(span)) + minSpacing / 2;
    eras.push({ era: mark.era, x1: Math.max(0, x1), x2: Math.min(contentWidth, Math.max(x2, x1 + minSpacing)), lane: mark.lane });
  }

  const ticks = scale === 'time' ? placeTicks(segments, spans, segmentEdges, knots, breaks, options.tickSpacing ?? 56) : [];
  const cuts = [0, ...breaks.flatMap((b) => [b.x, b.x + b.width]), contentWidth];
  const line = cuts.flatMap((x, i) => (i % 2 === 0 ? [[x, cuts[i + 1]] as const] : []));
  return {
    width: contentWidth,
    markers: events.map((event, i) => ({ event, x: xs[i] })),
    breaks,
    eras,
    ticks,
    line,
    eraLanes: chronology.lanes,
  };
}

/**
 * Year ticks inside each segment, at one round step, kept clear of breaks and of
 * each other. Time inside a segment is not linear (its knots give a cluster of
 * events more room than a quiet stretch), so the step the average suggests may put
 * two ticks too close somewhere: then the next round step is tried. Skipping the
 * close ones instead left ticks at 1014, 1029, 1044.
 */
function placeTicks(
  segments: readonly number[][],
  spans: readonly { start: number; end: number; length: number }[],
  edges: readonly (readonly [number, number])[],
  knots: readonly (readonly [number, number])[],
  breaks: readonly AxisBreak[],
  spacing: number,
): AxisTick[] {
  const ticks: AxisTick[] = [];
  segments.forEach((_, k) => {
    const { start, end, length } = spans[k];
    if (length <= 0) return;
    const pxPerYear = ((edges[k][1] - edges[k][0]) / length) * DAYS_PER_YEAR;
    const from = TICK_STEPS.findIndex((s) => s * pxPerYear >= spacing);
    for (const step of TICK_STEPS.slice(from === -1 ? TICK_STEPS.length - 1 : from)) {
      const found = ticksAt(step, start, end, edges[k], knots, breaks, spacing);
      const last = ticks.at(-1);
      const apart = found.every((tick, i) => (i === 0 ? !last || tick.x - last.x >= spacing : tick.x - found[i - 1].x >= spacing));
      if (apart) {
        ticks.push(...found);
        return;
      }
    }
  });
  return ticks;
}

/** The ticks of one round step in one segment, clear of breaks. */
function ticksAt(
  step: number,
  start: number,
  end: number,
  [left, right]: readonly [number, number],
  knots: readonly (readonly [number, number])[],
  breaks: readonly AxisBreak[],
  spacing: number,
): AxisTick[] {
  const found: AxisTick[] = [];
  const first = Math.ceil(civilDate(start).year / step) * step;
  for (let round = first; ; round += step) {
    // Round as readers count years: before the era, 100 B.C. is year -99 (and 400 million
    // years ago is -399,999,999), so a round count there is one year later in astronomical years.
    const year = round <= 0 ? round + 1 : round;
    const day = dayNumber(year, 1, 1);
    if (day > end) break;
    if (day < start) continue;
    const x = interpolate(knots, day);
    const clearOfBreaks = breaks.every((b) => x < b.x - spacing / 2 || x > b.x + b.width + spacing / 2);
    if (clearOfBreaks && x >= left && x <= right) found.push({ x, year });
  }
  return found;
}
