/**
 * Why this exists: the vertical chronology is a reading order, not a scale, but
 * it still has geometry: which events an era brackets, in which lane eras sit
 * when they overlap, and where the time between two events is long enough to
 * mark as a break ("53 years later"). Computing that here, as plain data, keeps
 * the element a renderer and lets the rules be tested without a browser.
 * Cost: one sort, O(n log n), then linear passes.
 */
import type { DateSpan } from '../dates/edtf.js';
import { compareSpans, firstDay, spanEndDay } from '../dates/edtf.js';
import type { Elapsed } from '../dates/elapsed.js';
import { elapsedBetween } from '../dates/elapsed.js';
import type { TimelineDoc, TimelineEra, TimelineEvent } from '../data/types.js';

export interface Gap {
  readonly elapsed: Elapsed;
  /** Long enough to draw as a break in the line. */
  readonly long: boolean;
}

export interface EraMark {
  readonly era: TimelineEra;
  /** 0-based lane; overlapping eras sit side by side. */
  readonly lane: number;
  /** This row is where the era begins (its label goes here) / ends. */
  readonly first: boolean;
  readonly last: boolean;
}

export interface EventRow {
  readonly kind: 'event';
  readonly event: TimelineEvent;
  /** Position in chronological order, 0-based. */
  readonly order: number;
  /** Time since the previous event; absent for the first and for overlaps. */
  readonly gap?: Gap;
  readonly eras: readonly EraMark[];
}

/** An era no event falls in still appears, at its place in time. */
export interface EraRow {
  readonly kind: 'era';
  readonly mark: EraMark;
}

export type ChronologyRow = EventRow | EraRow;

export interface ChronologyLayout {
  readonly rows: readonly ChronologyRow[];
  /** Events in chronological order (what keyboard and deep links step through). */
  readonly events: readonly TimelineEvent[];
  readonly lanes: number;
}

export interface ChronologyOptions {
  /** Gaps of at least this many whole years are drawn as breaks. */
  readonly longGapYears?: number;
}

export const DEFAULT_LONG_GAP_YEARS = 10;

const eraEndDay = (span: DateSpan) => (span.openEnd ? Infinity : spanEndDay(span));

/** Greedy interval colouring: each era takes the lowest lane free at its start. */
function assignLanes(eras: readonly TimelineEra[]): Map<TimelineEra, number> {
  const laneEnds: number[] = [];
  const lanes = new Map<TimelineEra, number>();
  for (const era of [...eras].sort((a, b) => compareSpans(a.span, b.span))) {
    const start = firstDay(era.span.start);
    let lane = laneEnds.findIndex((end) => end < start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = eraEndDay(era.span);
    lanes.set(era, lane);
  }
  return lanes;
}

/** Stable chronological order; equal dates keep the author's order. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compareSpans(a.event.span, b.event.span) || a.index - b.index)
    .map(({ event }) => event);
}

export function layoutChronology(doc: TimelineDoc, options: ChronologyOptions = {}): ChronologyLayout {
  const longGapYears = options.longGapYears ?? DEFAULT_LONG_GAP_YEARS;
  const events = sortEvents(doc.events);
  const lanes = assignLanes(doc.eras);
  const starts = events.map((e) => firstDay(e.span.start));

  // Events of an era are those starting inside it: a contiguous run in sorted order.
  const runs = [...doc.eras]
    .sort((a, b) => compareSpans(a.span, b.span))
    .map((era) => {
      const from = firstDay(era.span.start);
      const to = eraEndDay(era.span);
      const first = starts.findIndex((day) => day >= from && day <= to);
      let last = first;
      while (last >= 0 && last + 1 < starts.length && starts[last + 1] <= to) last++;
      return { era, lane: lanes.get(era) ?? 0, first, last };
    });

  const rows: ChronologyRow[] = [];
  const emptyEras = runs.filter((run) => run.first === -1);
  let nextEmpty = 0;
  const pushEmptyErasUntil = (day: number) => {
    while (nextEmpty < emptyEras.length && firstDay(emptyEras[nextEmpty].era.span.start) <= day) {
      const { era, lane } = emptyEras[nextEmpty++];
      rows.push({ kind: 'era', mark: { era, lane, first: true, last: true } });
    }
  };

  // The gap is measured from whichever earlier event ended last, so an event
  // inside a long one gets no "later" label at all.
  let latest: TimelineEvent | undefined;
  events.forEach((event, order) => {
    pushEmptyErasUntil(starts[order]);
    let gap: Gap | undefined;
    if (latest && starts[order] > spanEndDay(latest.span)) {
      const elapsed = elapsedBetween(latest.span.end ?? latest.span.start, event.span.start);
      gap = { elapsed, long: elapsed.years >= longGapYears };
    }
    if (!latest || spanEndDay(event.span) > spanEndDay(latest.span)) latest = event;
    const eras = runs
      .filter((run) => run.first !== -1 && run.first <= order && order <= run.last)
      .map(({ era, lane, first, last }) => ({ era, lane, first: first === order, last: last === order }));
    rows.push({ kind: 'event', event, order, ...(gap ? { gap } : {}), eras });
  });
  pushEmptyErasUntil(Infinity);
  const laneCount = runs.reduce((max, run) => Math.max(max, run.lane + 1), 0);
  return { rows, events, lanes: laneCount };
}
