/**
 * Everything that turns an author's input into a document, as one chunk for
 * the data controller: the format readers, the validator, the URL check for
 * `src`, and the reader of light-DOM children. Pages with the default timeline
 * never load it.
 */
export { readSourceText, readSourceValue } from '../../data/read-source.js';
export { validateDocument } from '../../data/validate.js';
export { safeUrl } from '../../data/urls.js';
export { readChildren } from './light-dom-children.js';
