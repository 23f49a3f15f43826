/**
 * Everything that turns an author's input into a document, as one chunk for
 * the data controller: the format readers, the validator and the reader of
 * light-DOM children. Pages with the default timeline never load it.
 */
export { readOwn } from './read-own.js';
