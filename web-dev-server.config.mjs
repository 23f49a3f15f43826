// `npm start`: the demo article page, served from source (no build needed).
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * The files make.html's embed codes load from this server's root (the library's
 * host is the page's own), each answered from source: pasted into another page
 * under `npm start`, every code works as it will from a CDN (issue 32, finding 5).
 * A redirect, so the module's own imports resolve beside the source it came from.
 */
export const LIBRARY_FILES = {
  '/summit-timeline.min.js': '/src/library.ts',
  '/summit-timeline.hydrate.min.js': '/src/hydrate.ts',
  '/embed.html': '/src/embed/embed.html',
};

export default {
  port: 8000,
  rootDir: '.',
  nodeResolve: true,
  watch: false,
  middleware: [
    (context, next) => {
      const [path, query = ''] = context.url.split('?');
      const search = query ? `?${query}` : '';
      // The demo lives in demo/; serve it at the root so the printed URL is the page.
      if (path === '/' || path === '/index.html') context.url = `/demo/index.html${search}`;
      // The producer's page: preview a spreadsheet or file and get the embed code.
      if (path === '/make.html') context.url = `/demo/make.html${search}`;
      if (Object.hasOwn(LIBRARY_FILES, path)) {
        context.redirect(`${LIBRARY_FILES[path]}${search}`);
        return undefined;
      }
      return next();
    },
    // A code pasted into a page on another origin loads these as module scripts (CORS
    // mode): this development server lets any page read them, as the CDN does.
    async (context, next) => {
      await next();
      context.set('Access-Control-Allow-Origin', '*');
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
};
