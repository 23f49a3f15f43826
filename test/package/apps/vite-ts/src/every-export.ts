// Every entry of the package's `exports` a browser app can load, each resolved
// by Vite (a chunk apiece) and typed by tsc; the page loads them all and says
// which failed. summit-timeline/static is Node's (the static renderer): only its
// types are checked here. summit-timeline/react is checked by the React and Next apps.
import type { renderStatic } from 'summit-timeline/static';
import type {} from 'summit-timeline/summit-timeline.js';
import type {} from 'summit-timeline/summit-event.js';
import type {} from 'summit-timeline/summit-era.js';
import type { SummitSelectEvent } from 'summit-timeline/summit-timeline.min.js';
import type { SummitTimelineElement as Hydrating } from 'summit-timeline/hydrate.js';

export type Typed = [typeof renderStatic, SummitSelectEvent, Hydrating];

export const ENTRIES: Record<string, () => Promise<unknown>> = {
  '.': () => import('summit-timeline'),
  './summit-timeline.js': () => import('summit-timeline/summit-timeline.js'),
  './summit-event.js': () => import('summit-timeline/summit-event.js'),
  './summit-era.js': () => import('summit-timeline/summit-era.js'),
  './summit-timeline.min.js': () => import('summit-timeline/summit-timeline.min.js'),
  './summit-timeline.hydrate.min.js': () => import('summit-timeline/summit-timeline.hydrate.min.js'),
  './hydrate.js': () => import('summit-timeline/hydrate.js'),
  './data/summit-2023.json': () => import('summit-timeline/data/summit-2023.json'),
  './data/timeline.schema.json': () => import('summit-timeline/data/timeline.schema.json'),
  './custom-elements.json': () => import('summit-timeline/custom-elements.json'),
  './package.json': () => import('summit-timeline/package.json'),
};
