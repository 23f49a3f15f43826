import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTimeline, type TimelineArgs } from './render.js';

const meta: Meta<TimelineArgs> = {
  title: 'Elements/summit-timeline',
  component: 'summit-timeline',
  render: renderTimeline,
  argTypes: {
    lang: { control: 'select', options: ['en', 'ru', 'uk', 'ko'] },
    width: { control: 'text' },
    gapYears: { control: { type: 'number', min: 1 } },
  },
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The embedded default: Russia–North Korea ties up to the Vostochny summit. */
export const SummitChronology: Story = { name: 'Summit chronology' };

export const PhoneWidth: Story = { name: 'Phone width', args: { width: '360px' } };

export const Russian: Story = { args: { lang: 'ru' } };
