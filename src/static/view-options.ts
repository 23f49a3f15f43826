/**
 * How a timeline shows, as one set of options every path carries alike (issue
 * 32): the static render's element, publish's pages and its frame's address, and
 * the codes make.html hands out. Pure, for the CLI and the make page alike.
 */
import type { LayoutChoice, Theme } from '../components/summit-timeline/options.js';
import type { Scale } from '../layout/axis.js';

export interface ViewOptions {
  readonly lang?: string;
  readonly theme?: Theme;
  readonly layout?: LayoutChoice;
  readonly scale?: Scale;
  readonly headingLevel?: number;
  readonly noHeader?: boolean;
  /** The event shown first (its id): the axis opens on it. */
  readonly selected?: string;
}

/** The same options as the embed page's parameters (src/embed/embed.ts sets each on its element). */
export function viewParameters(view: ViewOptions): Array<[string, string]> {
  const pairs: Array<[string, string | undefined]> = [
    ['theme', view.theme],
    ['lang', view.lang],
    ['layout', view.layout],
    ['scale', view.scale],
    ['heading-level', view.headingLevel === undefined ? undefined : String(view.headingLevel)],
    ['no-header', view.noHeader ? '' : undefined],
    ['selected', view.selected],
  ];
  return pairs.filter((pair): pair is [string, string] => pair[1] !== undefined);
}
