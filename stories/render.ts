// The one render helper every story uses, so stories differ only in their args.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import timelineJs from '../test/fixtures/import/korean-war.timelinejs.json' with { type: 'json' };
import editorDemo from '../test/fixtures/editor-demo.json' with { type: 'json' };
import { syntheticTimeline } from '../test/synthetic.js';
import { STORY_FONT_FAMILY } from './fonts.js';

export const CONTENTS = [
  'default',
  'children',
  'inline-json',
  'inline-csv',
  'src-json',
  'timelinejs',
  'synthetic',
  'with-problems',
  'broken-src',
  'empty',
] as const;
export type Content = (typeof CONTENTS)[number];

export interface TimelineArgs {
  /** Where the data comes from; see CONTENTS. */
  content?: Content;
  /** Number of synthetic events, for content "synthetic". */
  synthetic?: number;
  layout?: 'auto' | 'vertical' | 'horizontal';
  scale?: 'time' | 'sequence';
  theme?: 'light' | 'dark' | 'auto';
  selected?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  editor?: boolean;
  /** Width of the column the timeline sits in. */
  width?: string;
  noHeader?: boolean;
  gapYears?: number;
}

const dataUrl = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;

const INLINE_JSON = JSON.stringify({
  title: 'Putin and Kim, 18 months apart',
  events: [
    { id: 'invasion', date: '2022-02-24', headline: 'Russia invades Ukraine' },
    { id: 'summit', date: '2023-09-13', headline: 'Putin and Kim meet at the Vostochny cosmodrome' },
  ],
});

const INLINE_CSV = `date,headline,body
1950/1953,The Korean War,North Korea fights with Soviet support.
2023-09-13,Putin and Kim meet at Vostochny,Nearly five hours of talks.`;

const children = html`<summit-era date="1950/1953">Korean War</summit-era>
  <ol>
    <li>
      <summit-event id="korean-war" date="1950/1953">
        <time datetime="1950">1950–53</time>
        <h3>The Korean War, with Soviet support</h3>
        <p>North Korea comes to rely on Soviet-designed weapons.</p>
        <blockquote>North Korea has relied on Soviet-designed weapons since the 1950-53 Korean War</blockquote>
      </summit-event>
    </li>
    <li>
      <summit-event id="summit" date="2023-09-13">
        <time datetime="2023-09-13">Sept. 13, 2023</time>
        <h3>Putin and Kim meet at the Vostochny cosmodrome</h3>
        <p>Nearly five hours of talks at Russia’s Far East spaceport.</p>
      </summit-event>
    </li>
  </ol>`;

function source(args: TimelineArgs): { src?: string; format?: string; light?: unknown } {
  switch (args.content ?? 'default') {
    case 'children':
      return { light: children };
    case 'inline-json':
      return { light: html`<script type="application/json">${INLINE_JSON}</script>` };
    case 'inline-csv':
      return { light: html`<script type="text/csv">${INLINE_CSV}</script>` };
    case 'src-json':
      return { src: dataUrl(syntheticTimeline(12)) };
    case 'timelinejs':
      return { src: dataUrl(timelineJs) };
    case 'synthetic':
      return { src: dataUrl(syntheticTimeline(args.synthetic ?? 100)) };
    case 'with-problems':
      return { src: dataUrl(editorDemo) };
    case 'broken-src':
      return { src: '/no-such-timeline.json', light: children };
    case 'empty':
      return { src: dataUrl({ events: [] }) };
    default:
      return {};
  }
}

export function renderTimeline(args: TimelineArgs) {
  const { src, format, light } = source(args);
  return html`<div lang=${ifDefined(args.lang)} dir=${ifDefined(args.dir)} style="max-width: ${args.width ?? '680px'}; font-family: ${STORY_FONT_FAMILY}">
    <summit-timeline
      src=${ifDefined(src)}
      format=${ifDefined(format)}
      layout=${args.layout ?? 'auto'}
      scale=${args.scale ?? 'time'}
      theme=${args.theme ?? 'light'}
      selected=${ifDefined(args.selected)}
      ?editor=${args.editor ?? false}
      ?no-header=${args.noHeader ?? false}
      gap-years=${args.gapYears ?? nothing}
      >${light ?? nothing}</summit-timeline
    >
  </div>`;
}
