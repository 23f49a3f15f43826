import { defineElement } from '../define.js';
import { SummitEraElement } from './summit-era.js';

defineElement('summit-era', SummitEraElement);
