import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTimeline, type TimelineArgs } from './render.js';

/**
 * <summit-event> and <summit-era> render nothing themselves: they are the
 * readable HTML a timeline is written in. These stories show them as readers
 * see them, inside a timeline and (for a CMS that runs no script) on their own.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Elements/summit-event and summit-era',
  component: 'summit-event',
  render: renderTimeline,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

export const EventsAsChildren: Story = { name: 'Events and an era written as children', args: { content: 'children' } };
export const EventsOnAPhone: Story = { name: 'Events as children, phone', args: { content: 'children', width: '360px' } };
export const EventsOnAWidePage: Story = { name: 'Events as children, wide page', args: { content: 'children', width: '1040px' } };
