/**
 * Why this exists: the horizontal layout's whole geometry — marker positions,
 * breaks sized to their labels, era bands, year ticks, and which date label
 * goes in which lane at which width — as plain data the element only renders.
 * It lives apart from ./view.ts so that it ships in the horizontal chunk that
 * phones and narrow columns never download.
 *
 * Text widths come from `measure`, which the element backs with canvas
 * measureText in the labels' computed fonts; tests pass a fake one.
 * Pure: no DOM.
 */
import { layoutAxis, type AxisTick, type Scale } from './axis.js';
import { labelBox, placeLabels, type MeasureText, type PlacedLabel } from './labels.js';
import type { EraView, EventView, TimelineView } from './view.js';

/** The kinds of text on the axis that are measured, each in its own font. */
export const AXIS_TEXTS = ['date', 'break', 'era'] as const;
export type AxisText = (typeof AXIS_TEXTS)[number];

export interface AxisViewOptions {
  /** Width available, in px; the axis scrolls when markers need more. */
  readonly width: number;
  readonly scale: Scale;
  /** Width in px of `text` in the font that kind of label renders in. */
  readonly measure: (text: string, kind: AxisText) => number;
}

export interface MarkerView {
  readonly x: number;
  readonly view: EventView;
  /** Where the date label sits, and whether it shows the full date or the year; absent when hidden. */
  readonly label?: PlacedLabel & { readonly content: string };
  /**
   * What a screen reader hears with the marker, not apart from it: the break just
   * before it and the eras it falls in, with their dates ("gap of 53 years, 1953 to
   * 2006", "Era: Korean War · 1950–53"). The bars and breaks are not heard on their own.
   */
  readonly description?: string;
}

export interface BreakView {
  readonly x: number;
  readonly width: number;
  /** "53 years" */
  readonly label: string;
  /** What a screen reader hears, with the marker after it: "gap of 53 years, 1953 to 2006". */
  readonly name: string;
  /** The index of the marker before it. */
  readonly after: number;
}

export interface AxisEraView {
  readonly era: EraView;
  readonly x1: number;
  readonly x2: number;
  /**
   * Where its name stands: over its bar when it fits there; else wider than the bar,
   * whole, kept inside the axis; else (another era's name in the way) in the bar,
   * shortened, with the full name as its title. Never cut at its start.
   */
  readonly name: { readonly x: number; readonly width: number; readonly whole: boolean };
}

/** Padding either side of an era's name (horizontal.styles.ts: 0.5rem at a 16 px root). */
const ERA_NAME_PADDING = 16;

/** Each era's name placed as AxisEraView says, lane by lane, in axis order. */
function placeEraNames(
  eras: readonly { x1: number; x2: number; lane: number; label: string }[],
  width: number,
  measure: (text: string) => number,
) {
  const lastEnd = new Map<number, number>();
  const order = eras.map((_, i) => i).sort((a, b) => eras[a].x1 - eras[b].x1);
  const names: AxisEraView['name'][] = [];
  for (const i of order) {
    const { x1, x2, lane, label } = eras[i];
    const wanted = Math.ceil(measure(label)) + ERA_NAME_PADDING;
    const x = Math.max(0, Math.min(x1, width - wanted));
    const next = eras.filter((other) => other.lane === lane && other.x1 > x1).reduce((min, other) => Math.min(min, other.x1), Infinity);
    const fitsBar = wanted <= x2 - x1;
    const free = x >= (lastEnd.get(lane) ?? 0) && x + wanted <= next;
    names[i] = fitsBar || !free ? { x: x1, width: x2 - x1, whole: fitsBar } : { x, width: wanted, whole: true };
    lastEnd.set(lane, names[i].x + names[i].width);
  }
  return names;
}

export interface TickView extends AxisTick {
  /** The year as readers count it ("750 B.C."). */
  readonly label: string;
}

export interface AxisView {
  /** Content width in px: the available width, or more when markers need it. */
  readonly width: number;
  /** The axis is wider than the space it has, so it scrolls. */
  readonly scrolls: boolean;
  readonly markers: readonly MarkerView[];
  readonly breaks: readonly BreakView[];
  readonly eras: readonly AxisEraView[];
  readonly ticks: readonly TickView[];
  /** The drawn stretches of the axis line: everything but the breaks. */
  readonly line: readonly (readonly [number, number])[];
  readonly eraLanes: number;
  /** Lanes the date labels use (at least one). */
  readonly labelLanes: number;
}

/**
 * Room beyond a marker's centre for what it draws there: its dot, the current
 * dot's ring and the focus outline, at any likely font size (the marker is
 * 1.75rem wide).
 */
const MARKER_REACH = 48;

/**
 * The stretch of the axis a run of markers covers, their labels and that room
 * included, within the axis's own width: a component can give the run a box
 * of its own, which the browser need not style or lay out while it is
 * scrolled out of view. The left edge is a whole pixel, so a marker placed
 * from it lands where it would from the axis's start.
 */
export function markerSpan(markers: readonly MarkerView[], axisWidth: number): { readonly left: number; readonly width: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const { x, label } of markers) {
    low = Math.min(low, x, label?.left ?? x);
    high = Math.max(high, x, label ? label.left + label.width : x);
  }
  const left = Math.max(0, Math.floor(low - MARKER_REACH));
  return { left, width: Math.max(0, Math.min(axisWidth, high + MARKER_REACH) - left) };
}

/** Room a break's label needs beyond its text: the cut mark and some air. */
const BREAK_MARGIN = 12;

export function buildAxisView(view: TimelineView, options: AxisViewOptions): AxisView {
  const { dates } = view.language;
  const gaps = view.events.flatMap((event) => (event.gap?.long ? [event.gap.duration] : []));
  const measureBreak: MeasureText = (text) => options.measure(text, 'break');
  const axis = layoutAxis(view.chronology, {
    width: options.width,
    scale: options.scale,
    breakWidths: gaps.map((label) => labelBox(label, measureBreak) + BREAK_MARGIN),
  });
  const placed = placeLabels(
    axis.markers.map((marker, i) => ({ x: marker.x, full: view.events[i].date, short: view.events[i].year })),
    { width: axis.width, measure: (text) => options.measure(text, 'date') },
  );
  const eraViews = new Map(view.rows.flatMap((row) => (row.kind === 'era' ? [row.era] : row.view.eras)).map((era) => [era.era, era]));
  const breaks = axis.breaks.map((b) => {
    const label = dates.duration(b.elapsed);
    const before = view.events[b.after].event.span;
    const from = dates.date({ year: (before.end ?? before.start).year, precision: 'year', approximate: false, uncertain: false });
    return { x: b.x, width: b.width, label, name: view.language.ui.breakName(label, from, view.events[b.after + 1].year), after: b.after };
  });
  const eraNames = placeEraNames(
    axis.eras.map((era) => ({ ...era, label: eraViews.get(era.era)!.label })),
    axis.width,
    (text) => options.measure(text, 'era'),
  );
  return {
    width: axis.width,
    scrolls: axis.width > options.width + 1,
    markers: axis.markers.map((marker, i) => {
      const label = placed[i];
      const event = view.events[i];
      const gap = breaks.find((b) => b.after === i - 1);
      const eras = axis.eras.filter((era) => marker.x >= era.x1 - 0.5 && marker.x <= era.x2 + 0.5);
      const description = [
        gap?.name,
        ...eras.map((era) => `${view.language.ui.era}: ${eraViews.get(era.era)!.label} · ${eraViews.get(era.era)!.dates}`),
      ]
        .filter(Boolean)
        .join(' ');
      return {
        x: marker.x,
        view: event,
        ...(label.lane >= 0 ? { label: { ...label, content: label.text === 'short' ? event.year : event.date } } : {}),
        ...(description ? { description } : {}),
      };
    }),
    breaks,
    eras: axis.eras.map((era, i) => ({ era: eraViews.get(era.era)!, x1: era.x1, x2: era.x2, name: eraNames[i] })),
    ticks: axis.ticks.map((tick) => ({
      ...tick,
      label: dates.date({ year: tick.year, precision: 'year', approximate: false, uncertain: false }),
    })),
    line: axis.line,
    eraLanes: axis.eraLanes,
    labelLanes: Math.max(1, ...placed.map((label) => label.lane + 1)),
  };
}
