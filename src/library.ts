/**
 * The library as the script-tag bundle carries it: registers the elements and
 * exports them with their events. It is what every reader of an embed
 * downloads, so it holds only what the default timeline draws with: the
 * readers and validator, the problems' English messages and each layout past
 * the first are chunks the element loads when a page needs them. The pure
 * pipeline (read → layout, and the dates library beneath) is exported by the
 * package entry, ./index.ts, for tools and apps with their own bundler.
 */
import './components/summit-timeline/summit-timeline.define.js';

export * from './embed-api.js';
