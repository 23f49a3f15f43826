/**
 * The entry for pages that carry server-rendered timelines (renderStatic, the
 * CLI): Lit's hydration support must load before Lit itself, so that the
 * declarative shadow DOM the server wrote is adopted in place, not rendered
 * again. Pages without static HTML use the plain entry and save its 2 KB.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './library.js';
