// `npm start` (issue 32, finding 5): make.html's codes point at this server's root,
// so each file they load answers there, readable from a page on another origin.
import { after, before, describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { startDevServer } from '@web/dev-server';
// @ts-expect-error -- the plain-JS config, read as `npm start` reads it
import config from '../../web-dev-server.config.mjs';

type Server = Awaited<ReturnType<typeof startDevServer>>;
let server: Server;
let root: string;

describe('npm start serves what make.html’s codes load', () => {
  before(async () => {
    server = await startDevServer({
      config: { ...config, port: 0, hostname: '127.0.0.1' } as never,
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    });
    const address = server.server!.address() as { port: number };
    root = `http://127.0.0.1:${address.port}`;
  });
  after(async () => {
    await server.stop();
    // The server watches each file it serves; a watch still being set up when it stopped
    // outlives the stop and keeps this process alive: close the watcher again once it has.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.fileWatcher.close();
    // The esbuild plugin's service process would keep this test's process alive for ever:
    // stopped as `npm start` stops it on exit (the plugin's own copy of esbuild).
    const plugin = createRequire(createRequire(import.meta.url).resolve('@web/dev-server-esbuild'));
    const esbuild = (await import(pathToFileURL(plugin.resolve('esbuild')).href)) as {
      stop?: () => void | Promise<void>;
      default?: { stop?: () => void };
    };
    await (esbuild.stop ?? esbuild.default?.stop)?.();
  });

  for (const [file, type] of [
    ['/summit-timeline.min.js', /javascript/],
    ['/summit-timeline.hydrate.min.js', /javascript/],
    ['/embed.html?src=/data/summit-2023.json&id=t', /html/],
  ] as const) {
    it(`${file} answers, for a page on another origin`, async () => {
      const response = await fetch(`${root}${file}`, { headers: { Origin: 'http://127.0.0.2:9999' } });
      expect(response.status, file).to.equal(200);
      expect(response.headers.get('content-type')).to.match(type);
      expect(response.headers.get('access-control-allow-origin')).to.equal('*');
      // The page the frame loads keeps its query (the data, the id).
      if (file.startsWith('/embed.html')) expect(response.url).to.contain('src=/data/summit-2023.json');
    });
  }

  it('serves the demo article and make.html at the root', async () => {
    expect((await fetch(`${root}/`)).status).to.equal(200);
    expect(await (await fetch(`${root}/make.html`)).text()).to.contain('id="lang"');
  });
});
