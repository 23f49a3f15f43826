// A whole WordPress for the tests (issue 33): Debian's `wordpress` package, copied
// into a temporary folder with a configuration of its own, on a private mariadbd
// (its own data directory and socket, no network) and PHP's built-in server, with
// the embed kit on an HTTPS "CDN" on another loopback address. Nothing here
// touches a system service; stop() ends every process it started.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROLES = ['author', 'editor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

const WORDPRESS = '/usr/share/wordpress';
const SITE_FILES = fileURLToPath(new URL('./site/', import.meta.url));
const CDN_HOST = '127.0.0.2';
const WP_HOST = '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'text/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

const onPath = (command: string) => spawnSync('/bin/sh', ['-c', `command -v ${command}`]).status === 0;

/** Why a whole WordPress cannot run here, or undefined when it can. */
export function siteMissing(): string | undefined {
  const packages =
    'apt-get install wordpress wordpress-theme-twentytwentythree mariadb-server php-mysql php-curl; npm test installs them as root';
  if (!onPath('php')) return `PHP is not installed (${packages})`;
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) return `Debian's wordpress package is not installed (${packages})`;
  if (!existsSync(`${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`))
    return `the Twenty Twenty-Three theme is not installed (${packages})`;
  if (!onPath('mariadbd') && !existsSync('/usr/sbin/mariadbd')) return `MariaDB is not installed (${packages})`;
  if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) return `PHP has no mysqli (${packages})`;
  if (!onPath('openssl')) return 'openssl is not installed (apt-get install openssl), for the test CDN’s certificate';
  return undefined;
}

export interface SiteUser {
  readonly id: number;
  readonly login: string;
  readonly password: string;
  readonly application: string;
  readonly unfiltered_html: boolean;
}

export interface Post {
  readonly id: number;
  readonly link: string;
  /** What WordPress stored (after KSES for users without unfiltered_html). */
  readonly raw: string;
}

export interface Site {
  /** WordPress's own address, http://127.0.0.1:port */
  readonly url: string;
  /** The HTTPS CDN's address, ending in "/": lib/ is the built dist/, and each mounted folder under its name. */
  readonly cdn: string;
  /** The CDN's certificate, for a browser that should trust it. */
  readonly certificate: string;
  readonly version: string;
  readonly theme: string;
  readonly users: Readonly<Record<Role, SiteUser>>;
  /** A post published through the REST API as `role`, with its application password. */
  publish(role: Role, title: string, content: string): Promise<Post>;
  /** A post's stored content, read back through the REST API. */
  read(id: number): Promise<Post>;
  /** WordPress's debug log and the database's, for a failing test's message. */
  logs(): string;
  stop(): Promise<void>;
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(what: string, test: () => boolean | Promise<boolean>, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (
      await Promise.resolve()
        .then(test)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The CDN: `lib/` from dist/, every other first path segment from its mounted folder; CORS on everything, as CDNs send it. */
function startCdn(folders: Record<string, string>, key: string, cert: string): Promise<Server> {
  const server = createHttpsServer({ key, cert }, (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'https://x').pathname);
    const [, mount, ...rest] = path.split('/');
    const folder = folders[mount ?? ''];
    response.setHeader('access-control-allow-origin', '*');
    if (folder) {
      let file = normalize(join(folder, ...rest));
      if (file.startsWith(folder) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (file.startsWith(folder) && existsSync(file))
        return void response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve) => server.listen(0, CDN_HOST, () => resolve(server)));
}

/**
 * Stops a server and everything it started: each is spawned in a process group of its
 * own, and the group is signalled, because `php -S` with PHP_CLI_SERVER_WORKERS forks
 * workers that outlive a signal to their parent alone.
 */
function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid) return Promise.resolve();
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group has already gone.
    }
  };
  const exited = child.exitCode !== null || child.signalCode !== null;
  return new Promise((resolve) => {
    const timer = setTimeout(() => signal('SIGKILL'), 10_000);
    const done = () => {
      clearTimeout(timer);
      // The workers may outlive their parent by a moment: the group is told again.
      signal('SIGKILL');
      resolve();
    };
    if (exited) return done();
    child.once('exit', done);
    signal('SIGTERM');
  });
}

/**
 * Starts the site. `folders` are mounted on the CDN by name (e.g. { kit: '/tmp/kit' }
 * serves https://127.0.0.2:port/kit/); `lib` is always the built dist/.
 */
export async function startSite(folders: Record<string, string>, dist: string): Promise<Site> {
  const work = mkdtempSync(join(tmpdir(), 'summit-wordpress-site-'));
  const processes: ChildProcess[] = [];
  let cdn: Server | undefined;
  const stop = async () => {
    await Promise.all(processes.map(stopProcess));
    await new Promise<void>((resolve) => (cdn ? cdn.close(() => resolve()) : resolve()));
    rmSync(work, { recursive: true, force: true });
  };
  try {
    // The CDN's certificate: self-signed for its loopback address, trusted by this site's mu-plugin and the test's browser only.
    const key = join(work, 'cdn.key');
    const certificate = join(work, 'cdn.crt');
    const openssl = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        certificate,
        '-days',
        '2',
        '-subj',
        `/CN=${CDN_HOST}`,
        '-addext',
        `subjectAltName=IP:${CDN_HOST}`,
      ],
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0) throw new Error(`openssl could not make the CDN's certificate: ${openssl.stderr}`);
    cdn = await startCdn({ ...folders, lib: dist }, readFileSync(key, 'utf8'), readFileSync(certificate, 'utf8'));
    const cdnPort = (cdn.address() as { port: number }).port;
    const cdnUrl = `https://${CDN_HOST}:${cdnPort}/`;

    // The database: a data directory and socket of its own.
    const data = join(work, 'db');
    const socket = join(work, 'db.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const install = spawnSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
    const mariadbd = spawn(
      existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(work, 'db.pid')}`,
        `--log-error=${join(work, 'db.log')}`,
        ...asRoot,
      ],
      { stdio: 'ignore', detached: true },
    );
    processes.push(mariadbd);
    const sql = (statement: string) =>
      spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', statement], { encoding: 'utf8' });
    await until('mariadbd', () => sql('SELECT 1').status === 0);
    const created = sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
    if (created.status !== 0) throw new Error(`could not create the database: ${created.stderr}`);

    // WordPress: Debian's files, copied so the configuration and mu-plugin are this site's alone.
    const root = join(work, 'wordpress');
    cpSync(WORDPRESS, root, { recursive: true, verbatimSymlinks: true });
    rmSync(join(root, '.htaccess'), { force: true });
    writeFileSync(join(root, 'wp-config.php'), readFileSync(join(SITE_FILES, 'wp-config.php')));
    mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(root, 'wp-content/mu-plugins/summit-local-cdn.php'), readFileSync(join(SITE_FILES, 'summit-local-cdn.php')));

    const port = await freePort(WP_HOST);
    const url = `http://${WP_HOST}:${port}`;
    const log = join(work, 'wordpress.log');
    const env = {
      ...process.env,
      SUMMIT_WP_ROOT: root,
      SUMMIT_WP_URL: url,
      SUMMIT_WP_DB_SOCKET: socket,
      SUMMIT_WP_LOG: log,
      SUMMIT_WP_CDN_HOST: CDN_HOST,
      SUMMIT_WP_CDN_PORT: String(cdnPort),
      SUMMIT_WP_CDN_CERT: certificate,
      // The block editor loads many files at once, and WordPress asks itself for some.
      PHP_CLI_SERVER_WORKERS: '4',
    };
    const php = spawn('php', ['-S', `${WP_HOST}:${port}`, '-t', root, join(SITE_FILES, 'router.php')], {
      env,
      stdio: 'ignore',
      detached: true,
    });
    processes.push(php);
    await until('PHP’s built-in server', async () => (await fetch(`${url}/readme.html`)).ok);

    const installed = spawnSync('php', [join(SITE_FILES, 'install.php')], { env, encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`installing WordPress failed: ${installed.stderr}${installed.stdout}`);
    const { users, version, theme } = JSON.parse(installed.stdout.slice(installed.stdout.indexOf('{'))) as {
      users: Record<Role, SiteUser>;
      version: string;
      theme: string;
    };

    const rest = async (role: Role, path: string, init: RequestInit = {}) => {
      const user = users[role];
      const response = await fetch(`${url}/wp-json/wp/v2/${path}`, {
        ...init,
        headers: {
          authorization: `Basic ${Buffer.from(`${user.login}:${user.application}`).toString('base64')}`,
          'content-type': 'application/json',
        },
      });
      const body = (await response.json()) as { id: number; link: string; content: { raw: string }; message?: string };
      if (!response.ok) throw new Error(`REST ${path} as ${role}: ${response.status} ${body.message ?? ''}`);
      return { id: body.id, link: body.link, raw: body.content.raw };
    };
    return {
      url,
      cdn: cdnUrl,
      certificate,
      version,
      theme,
      users,
      publish: (role, title, content) =>
        rest(role, 'posts', { method: 'POST', body: JSON.stringify({ title, content, status: 'publish' }) }),
      read: (id) => rest('administrator', `posts/${id}?context=edit`),
      logs: () =>
        [log, join(work, 'db.log')]
          .filter((file) => existsSync(file))
          .map((file) => readFileSync(file, 'utf8').slice(-4000))
          .join('\n'),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
