import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTimeline, type TimelineArgs } from './render.js';

const meta: Meta<TimelineArgs> = {
  title: 'Elements/summit-timeline',
  component: 'summit-timeline',
  render: renderTimeline,
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'vertical', 'horizontal'] },
    scale: { control: 'inline-radio', options: ['time', 'sequence'] },
    lang: { control: 'select', options: ['en', 'ru', 'uk', 'ko'] },
    width: { control: 'text' },
    synthetic: { control: { type: 'number', min: 1, max: 10000 } },
    gapYears: { control: { type: 'number', min: 1 } },
  },
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The embedded default in an article column: Russia–North Korea ties up to the Vostochny summit. */
export const SummitChronology: Story = { name: 'Summit chronology' };

/** A breakout graphic on a desktop: the axis compresses 1953–2006 and 2006–2022 into marked breaks. */
export const DesktopAxis: Story = { name: 'Desktop axis', args: { width: '1040px' } };

/** The same axis spaced evenly, for readers who step through the story. */
export const EvenSpacing: Story = { name: 'Even spacing', args: { width: '1040px', scale: 'sequence' } };

/** The axis forced into a tablet-width column, opened on the invasion. */
export const TabletAxis: Story = {
  name: 'Tablet axis, opened on the invasion',
  args: { width: '760px', layout: 'horizontal', selected: 'invasion-of-ukraine' },
};

export const PhoneWidth: Story = { name: 'Phone width', args: { width: '360px' } };

/** 100 events in four dense clusters: labels stack, shorten or hide; the axis scrolls. */
export const DenseDecade: Story = { name: 'Dense decade', args: { width: '1040px', synthetic: 100 } };

export const DenseDecadePhone: Story = { name: 'Dense decade, phone', args: { width: '360px', synthetic: 100 } };

export const Russian: Story = { args: { lang: 'ru', width: '1040px' } };
