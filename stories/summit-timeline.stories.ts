import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CONTENTS, renderTimeline, type TimelineArgs } from './render.js';

const meta: Meta<TimelineArgs> = {
  title: 'Elements/summit-timeline',
  component: 'summit-timeline',
  render: renderTimeline,
  argTypes: {
    content: { control: 'select', options: CONTENTS },
    layout: { control: 'inline-radio', options: ['auto', 'vertical', 'horizontal'] },
    scale: { control: 'inline-radio', options: ['time', 'sequence'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['en', 'ru', 'uk', 'ko', 'he'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
    synthetic: { control: { type: 'number', min: 1, max: 10000 } },
    gapYears: { control: { type: 'number', min: 1 } },
  },
};
export default meta;

type Story = StoryObj<TimelineArgs>;
const DESKTOP = '1040px';
const PHONE = '360px';

/** The embedded default in an article column: Russia–North Korea ties up to the Vostochny summit. */
export const SummitChronology: Story = { name: 'Summit chronology' };
export const SummitOnAPhone: Story = { name: 'Summit chronology, phone', args: { width: PHONE } };
/** A breakout graphic on a desktop: 1953–2006 and 2006–2022 become marked breaks. */
export const DesktopAxis: Story = { name: 'Desktop axis, true time', args: { width: DESKTOP } };
export const EvenSpacing: Story = { name: 'Desktop axis, even spacing', args: { width: DESKTOP, scale: 'sequence' } };
export const TabletAxis: Story = {
  name: 'Tablet axis, opened on the invasion',
  args: { width: '760px', layout: 'horizontal', selected: 'invasion-of-ukraine' },
};
export const ForcedVertical: Story = { name: 'List on a wide page', args: { width: DESKTOP, layout: 'vertical' } };
export const DenseDecade: Story = { name: 'Dense decade, 100 events', args: { width: DESKTOP, content: 'synthetic', synthetic: 100 } };
export const DenseDecadePhone: Story = { name: 'Dense decade, phone', args: { width: PHONE, content: 'synthetic', synthetic: 100 } };
export const DenseSequence: Story = {
  name: 'Dense decade, even spacing',
  args: { width: DESKTOP, content: 'synthetic', synthetic: 100, scale: 'sequence' },
};

export const DarkPage: Story = { name: 'Dark page', args: { theme: 'dark', width: DESKTOP } };
export const DarkPhone: Story = { name: 'Dark page, phone', args: { theme: 'dark', width: PHONE } };
export const FollowsReader: Story = { name: 'Follows the reader’s colour scheme', args: { theme: 'auto' } };

export const Russian: Story = { args: { lang: 'ru', width: DESKTOP } };
export const RussianPhone: Story = { name: 'Russian, phone', args: { lang: 'ru', width: PHONE } };
export const Ukrainian: Story = { args: { lang: 'uk' } };
export const Korean: Story = { args: { lang: 'ko', width: DESKTOP } };
export const RightToLeft: Story = { name: 'RTL page', args: { dir: 'rtl', lang: 'he', width: DESKTOP, selected: 'invasion-of-ukraine' } };
export const RightToLeftPhone: Story = { name: 'RTL page, phone', args: { dir: 'rtl', lang: 'he', width: PHONE } };

export const EditorMode: Story = {
  name: 'Editor mode with problems',
  args: { content: 'with-problems', editor: true, layout: 'vertical' },
};
export const ReaderViewOfProblems: Story = {
  name: 'Bad rows, as readers see them',
  args: { content: 'with-problems', layout: 'vertical' },
};

export const Children: Story = { name: 'Written as HTML children (CMS fallback)', args: { content: 'children' } };
export const InlineJson: Story = { name: 'Inline JSON', args: { content: 'inline-json' } };
export const InlineCsv: Story = { name: 'Inline CSV', args: { content: 'inline-csv' } };
export const SrcJson: Story = { name: 'JSON from src', args: { content: 'src-json', width: DESKTOP } };
export const TimelineJs: Story = { name: 'TimelineJS3 file', args: { content: 'timelinejs' } };

export const BrokenSrc: Story = { name: 'Broken src keeps the fallback', args: { content: 'broken-src' } };
export const Empty: Story = { name: 'Empty document', args: { content: 'empty', editor: true } };
export const NoHeader: Story = { name: 'No header (the page has its own)', args: { noHeader: true } };
