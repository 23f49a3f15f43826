// Serves the bench's pages and data from memory, and dist/ and the peers' files
// from disk, on a local port. Shared by the bench (run.mjs) and the profiler
// (profile.mjs), so both load exactly the same pages.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chronology, IMAGE_PATH } from './events.mjs';
import { benchImage, dataFor, pagesFor, reactChronoBundle } from './pages.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png' };

/**
 * Pages are at `/${variant}-${layout}-${n}.html` for every size and layout asked for.
 * `generated` maps a path to what is served from memory (the bench sizes its JS from it).
 */
export async function serveBench(root, sizes, layouts) {
  const { renderStatic } = await import(join(root, 'dist/static/render-static.js'));
  // make.html's own element code, from its source (npm run bench runs under tsx), for
  // the library at /dist/ on this server: written for an absolute address, then made relative.
  const { embedCodes } = await import(join(root, 'src/make/embed-codes.ts'));
  const { en } = await import(join(root, 'src/i18n/en.ts'));
  const { validateDocument } = await import(join(root, 'src/data/validate.ts'));
  // make.html's controls as the page starts, as the tests of its codes use them.
  const { MAKE_DEFAULTS } = await import(join(root, 'test/static/make-options.ts'));
  const HERE = 'https://bench.invalid';
  const elementCode = (doc, layout, dataUrl) =>
    embedCodes(validateDocument(doc).doc, doc, en, {
      ...MAKE_DEFAULTS,
      id: '',
      layout,
      library: `${HERE}/dist/`,
      dataUrl: `${HERE}${dataUrl}`,
    })
      .find((code) => code.key === 'element')
      .code.replaceAll(HERE, '');
  const generated = new Map([
    [IMAGE_PATH, benchImage()],
    ['/bench/react-chrono.js', await reactChronoBundle()],
  ]);
  for (const n of new Set(sizes)) {
    const doc = chronology(n);
    for (const [path, body] of Object.entries(dataFor(doc))) generated.set(path, body);
    for (const layout of layouts) {
      const pages = await pagesFor(doc, layout, renderStatic, elementCode);
      for (const [variant, html] of Object.entries(pages)) generated.set(`/${variant}-${layout}-${n}.html`, html);
    }
  }
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname);
    const body = generated.get(path) ?? (await readFile(join(root, path)).catch(() => undefined));
    if (body === undefined) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, generated, close: () => server.close() };
}
