// `npm start`: the demo article page, served from source (no build needed).
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  port: 8000,
  rootDir: '.',
  nodeResolve: true,
  watch: false,
  middleware: [
    // The demo lives in demo/; serve it at the root so the printed URL is the page.
    (context, next) => {
      const [path, query = ''] = context.url.split('?');
      if (path === '/' || path === '/index.html') context.url = `/demo/index.html${query ? `?${query}` : ''}`;
      // The producer's page: preview a spreadsheet or file and get the embed code.
      if (path === '/make.html') context.url = `/demo/make.html${query ? `?${query}` : ''}`;
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
};
