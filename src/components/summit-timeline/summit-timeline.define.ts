// Must load before Lit: lets a timeline rendered on a server (declarative
// shadow DOM, see renderStatic) hydrate in place instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../summit-event/summit-event.define.js';
import '../summit-era/summit-era.define.js';
import { defineElement } from '../define.js';
import { SummitTimelineElement } from './summit-timeline.js';

defineElement('summit-timeline', SummitTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimelineElement;
  }
}
