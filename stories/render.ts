// The one render helper every story uses, so stories differ only in their args.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface TimelineArgs {
  src?: string;
  lang?: string;
  width?: string;
  noHeader?: boolean;
  gapYears?: number;
}

export function renderTimeline(args: TimelineArgs) {
  return html`<div lang=${ifDefined(args.lang)} style="max-width: ${args.width ?? '680px'}">
    <summit-timeline
      src=${ifDefined(args.src)}
      ?no-header=${args.noHeader ?? false}
      gap-years=${args.gapYears ?? nothing}
    ></summit-timeline>
  </div>`;
}
