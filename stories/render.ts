// The one render helper every story uses, so stories differ only in their args.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { syntheticTimeline } from '../test/synthetic.js';

export interface TimelineArgs {
  /** URL of timeline JSON. */
  src?: string;
  /** Number of synthetic events to show instead of the default chronology. */
  synthetic?: number;
  layout?: 'auto' | 'vertical' | 'horizontal';
  scale?: 'time' | 'sequence';
  selected?: string;
  lang?: string;
  /** Width of the column the timeline sits in. */
  width?: string;
  noHeader?: boolean;
  gapYears?: number;
}

const syntheticSrc = (count: number) =>
  `data:application/json,${encodeURIComponent(JSON.stringify(syntheticTimeline(count)))}`;

export function renderTimeline(args: TimelineArgs) {
  const src = args.synthetic ? syntheticSrc(args.synthetic) : args.src;
  return html`<div lang=${ifDefined(args.lang)} style="max-width: ${args.width ?? '680px'}">
    <summit-timeline
      src=${ifDefined(src)}
      layout=${args.layout ?? 'auto'}
      scale=${args.scale ?? 'time'}
      selected=${ifDefined(args.selected)}
      ?no-header=${args.noHeader ?? false}
      gap-years=${args.gapYears ?? nothing}
    ></summit-timeline>
  </div>`;
}
