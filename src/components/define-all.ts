/**
 * Registers the three elements, children first, so that a timeline upgrades
 * with its events and eras already defined. The script-tag bundle does this on
 * load (summit-timeline.define.ts); the hydrate entry once the page has painted.
 */
import { defineElement } from './define.js';
import { SummitEraElement } from './summit-era/summit-era.js';
import { SummitEventElement } from './summit-event/summit-event.js';
import { SummitTimelineElement } from './summit-timeline/summit-timeline.js';

export function defineAll(): void {
  defineElement('summit-event', SummitEventElement);
  defineElement('summit-era', SummitEraElement);
  defineElement('summit-timeline', SummitTimelineElement);
}
