import { defineElement } from '../define.js';
import { SummitEventElement } from './summit-event.js';

defineElement('summit-event', SummitEventElement);
