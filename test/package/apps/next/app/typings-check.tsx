// Type-checked by `next build` and never rendered: <SummitTimeline>'s props are the element's.
import { SummitTimeline } from 'summit-timeline/react';

// @ts-expect-error 'sideways' is not one of auto, vertical, horizontal
export const wrongLayout = <SummitTimeline layout="sideways" />;
// @ts-expect-error the handler gets a SummitSelectEvent, whose detail has no `name`
export const wrongHandler = <SummitTimeline onSummitSelect={(event) => event.detail.name} />;
