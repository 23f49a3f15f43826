/**
 * Why this exists: date labels on a horizontal axis collide as soon as events
 * cluster (18 months of a 78-year story) or the column is a phone's. Labels are
 * placed greedily, left to right: in the lowest free lane with their full text,
 * else with their short text, else not at all — the marker's accessible name
 * always carries the full date and headline, so hiding loses nothing for
 * screen readers. Widths come from `measure`, which the element backs with
 * canvas measureText in the label's own computed font, so a box is exactly as
 * wide as its text: a label that has room is shown whole, and boxes that do not
 * overlap here never overlap on screen.
 */

/** Width in px of a label's text in the font it renders in. */
export type MeasureText = (text: string) => number;

export interface LabelInput {
  readonly x: number;
  readonly full: string;
  readonly short: string;
}

export interface PlacedLabel {
  /** 0 is the lane next to the axis; -1 means the label is hidden. */
  readonly lane: number;
  readonly text: 'full' | 'short' | 'none';
  readonly left: number;
  readonly width: number;
}

export interface LabelOptions {
  /** Width of the axis content, in px; labels stay inside it. */
  readonly width: number;
  readonly measure: MeasureText;
  readonly lanes?: number;
  /** Horizontal padding inside a label, each side, in px. */
  readonly padding?: number;
  /** Least space between two labels in one lane, in px. */
  readonly gap?: number;
}

export const LABEL_PADDING = 4;

/** Hangul, CJK and full-width forms: about an em wide, where Latin averages 0.6 em. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * A generous guess at a text's width in a bold face of `size` px, for when no
 * font can be measured (no canvas). Real layouts pass a measured width.
 */
export function estimateTextWidth(text: string, size = 12): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1.05 : 0.62;
  return ems * size;
}

/** The box a label needs: its text, rounded up, and padding on both sides. */
export const labelBox = (text: string, measure: MeasureText, padding = LABEL_PADDING) => Math.ceil(measure(text)) + 1 + 2 * padding;

export function placeLabels(items: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  const lanes = options.lanes ?? 3;
  const gap = options.gap ?? 6;
  const laneEnds = new Array<number>(lanes).fill(-Infinity);
  const box = (x: number, width: number) => Math.min(Math.max(0, x - width / 2), Math.max(0, options.width - width));

  return items.map(({ x, full, short }) => {
    for (const [kind, text] of [
      ['full', full],
      ['short', short],
    ] as const) {
      const width = labelBox(text, options.measure, options.padding);
      const left = box(x, width);
      const lane = laneEnds.findIndex((end) => left >= end + gap);
      if (lane !== -1) {
        laneEnds[lane] = left + width;
        return { lane, text: kind, left, width };
      }
    }
    return { lane: -1, text: 'none', left: x, width: 0 };
  });
}
