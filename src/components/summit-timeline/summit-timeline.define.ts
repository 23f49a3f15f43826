import '../summit-event/summit-event.define.js';
import '../summit-era/summit-era.define.js';
import { defineElement } from '../define.js';
import { SummitTimelineElement } from './summit-timeline.js';

defineElement('summit-timeline', SummitTimelineElement);
