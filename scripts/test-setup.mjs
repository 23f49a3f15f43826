// First step of `npm test`: make sure the browsers the suite runs in are here,
// and PHP with WordPress's own files for the tests that run WordPress's filters.
// On Debian as root it installs what is missing with apt-get, exactly as
// .ci/run does; anywhere else it stops before the runner starts with one
// sentence that says what to run (or, for PHP and WordPress, says which tests skip). Set CHROME_PATH / FIREFOX_PATH to use other
// binaries, SUMMIT_BROWSERS=chromium to skip Firefox, SUMMIT_NO_INSTALL=1 to
// never install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const onPath = (command) => spawnSync('/bin/sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const wanted = (process.env.SUMMIT_BROWSERS ?? 'chromium,firefox').split(',');

const TOOLS = [
  {
    name: 'Chromium',
    needed: wanted.includes('chromium'),
    required: true,
    find: () =>
      process.env.CHROME_PATH ||
      onPath('chromium') ||
      onPath('chromium-browser') ||
      onPath('google-chrome-stable') ||
      onPath('google-chrome'),
    debian: 'chromium',
    other: 'install Chromium or Chrome and set CHROME_PATH to it',
  },
  {
    name: 'Firefox ESR',
    needed: wanted.includes('firefox'),
    // Without it the suite still runs in Chromium's three time zones; CI installs it.
    required: false,
    find: () =>
      existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') ? (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') : undefined,
    debian: 'firefox-esr',
    other: 'install Firefox and set FIREFOX_PATH to it',
  },
  {
    name: 'PHP',
    needed: true,
    // Only the WordPress tests need it; they skip, saying so, without it.
    required: false,
    find: () => onPath('php'),
    debian: 'php-cli',
    other: 'install PHP 8 so the WordPress tests can run',
  },
  {
    name: 'Java',
    needed: true,
    // The W3C Nu checker (vnu-jar) runs on it, for the publish kit's HTML; that test skips, saying so, without it.
    required: false,
    find: () => onPath('java'),
    debian: 'default-jre-headless',
    other: 'install a Java runtime (8 or later) so the Nu checker can validate the publish kit',
  },
  {
    name: "a whole WordPress (Debian's wordpress, Twenty Twenty-Three, MariaDB, PHP's mysqli and curl)",
    needed: true,
    // Only test/wordpress/*.site.test.ts need it; they skip, saying so, without it. CI installs it.
    required: false,
    find: () =>
      existsSync('/usr/share/wordpress/wp-settings.php') &&
      existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json') &&
      existsSync('/usr/sbin/mariadbd') &&
      spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") && extension_loaded("curl") ? 0 : 1);']).status === 0
        ? '/usr/share/wordpress'
        : undefined,
    debian: 'wordpress wordpress-theme-twentytwentythree mariadb-server php-mysql php-curl',
    other: 'run the WordPress tests on Debian, where its packages are',
  },
];

/**
 * WordPress's own PHP files (Debian's `wordpress` package, unpacked without the
 * web server and database it depends on) into node_modules/.cache, for the tests
 * that run wp_kses_post and wp_filter_oembed_result.
 */
const WORDPRESS = 'node_modules/.cache/summit-timeline/wordpress';
function unpackWordPress() {
  if (existsSync(join(WORDPRESS, 'wp-includes/kses.php'))) return;
  if (!existsSync('/etc/debian_version') || !onPath('apt-get') || !onPath('dpkg-deb') || process.env.SUMMIT_NO_INSTALL) {
    console.warn('npm test: WordPress files not found, so the WordPress filter tests skip (Debian: apt-get download wordpress).');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'summit-wordpress-'));
  let error = '';
  try {
    // A download can fail for a moment (a mirror, a lock held by another apt): try three times.
    for (let attempt = 1; attempt <= 3 && !readdirSync(work).some((file) => file.endsWith('.deb')); attempt++) {
      // Quietly: apt warns that a root download runs unsandboxed, which is fine here.
      const run = spawnSync('apt-get', ['download', 'wordpress'], { cwd: work, encoding: 'utf8' });
      error = run.status === 0 ? '' : (run.stderr || run.error?.message || '').trim().split('\n').pop();
    }
    const deb = readdirSync(work).find((file) => file.endsWith('.deb'));
    if (deb) {
      execFileSync('dpkg-deb', ['-x', join(work, deb), join(work, 'root')]);
      rmSync(WORDPRESS, { recursive: true, force: true });
      mkdirSync(dirname(WORDPRESS), { recursive: true });
      renameSync(join(work, 'root/usr/share/wordpress'), WORDPRESS);
    }
  } catch (thrown) {
    error = thrown.message;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (existsSync(join(WORDPRESS, 'wp-includes/kses.php'))) return;
  // CI must run these tests: there, not having WordPress fails the run.
  if (process.env.CI) {
    console.error(`npm test: could not unpack Debian's wordpress package for the WordPress tests (${error}).`);
    process.exit(1);
  }
  console.warn(`npm test: could not unpack Debian's wordpress package (${error}), so the WordPress filter tests skip.`);
}

const missing = TOOLS.filter((tool) => tool.needed && !tool.find());
if (missing.length === 0) {
  unpackWordPress();
  process.exit(0);
}

const canApt = process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get') && !process.env.SUMMIT_NO_INSTALL;
if (canApt) {
  const packages = missing.flatMap((tool) => tool.debian.split(' '));
  console.log(`npm test: installing Debian's ${packages.join(' and ')} (not found on this machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    // Slim Debian images drop /usr/share/man, and Java's post-install links its manual pages there.
    mkdirSync('/usr/share/man/man1', { recursive: true });
    // Installing mariadb-server and wordpress (which brings Apache) would start their
    // services; the tests start their own private ones, so no service starts here.
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy)
      writeFileSync(policy, '#!/bin/sh\n# summit-timeline npm test: no service starts while packages install\nexit 101\n', { mode: 0o755 });
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    } finally {
      if (ownPolicy) rmSync(policy, { force: true });
    }
  } catch {
    console.error(
      `npm test: apt-get could not install ${packages.join(' ')}; run \`apt-get install ${packages.join(' ')}\` and try again.`,
    );
    process.exit(1);
  }
  const still = missing.filter((tool) => !tool.find());
  missing.splice(0, missing.length, ...still);
}
unpackWordPress();
if (missing.length === 0) process.exit(0);

const required = missing.find((t) => t.required);
if (required) {
  const packages = missing.map((t) => t.debian).join(' ');
  console.error(`npm test needs ${required.name}: on Debian run \`sudo apt-get install ${packages}\`; elsewhere ${required.other}.`);
  process.exit(1);
}
for (const tool of missing) {
  console.warn(
    `npm test: ${tool.name} not found, so the suite runs without it (Debian: sudo apt-get install ${tool.debian}; elsewhere: ${tool.other}).`,
  );
}
