// First step of `npm test`: make sure the browsers the suite runs in are here.
// On Debian as root it installs what is missing with apt-get, exactly as
// .ci/run does; anywhere else it stops before the runner starts with one
// sentence that says what to run. Set CHROME_PATH / FIREFOX_PATH to use other
// binaries, SUMMIT_BROWSERS=chromium to skip Firefox, SUMMIT_NO_INSTALL=1 to
// never install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
];

const missing = TOOLS.filter((tool) => tool.needed && !tool.find());
if (missing.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get') && !process.env.SUMMIT_NO_INSTALL;
if (canApt) {
  const packages = missing.map((tool) => tool.debian);
  console.log(`npm test: installing Debian's ${packages.join(' and ')} (not found on this machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  } catch {
    console.error(
      `npm test: apt-get could not install ${packages.join(' ')}; run \`apt-get install ${packages.join(' ')}\` and try again.`,
    );
    process.exit(1);
  }
  const still = missing.filter((tool) => !tool.find());
  if (still.length === 0) process.exit(0);
  missing.splice(0, missing.length, ...still);
}

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
