// Runs WordPress's own filters (test/wordpress/*.php under PHP) from Node tests,
// on the WordPress files scripts/test-setup.mjs unpacks.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WORDPRESS_DIR = fileURLToPath(new URL('../../node_modules/.cache/summit-timeline/wordpress/', import.meta.url));

/** Why WordPress cannot run here, or undefined when it can. */
export function wordpressMissing(): string | undefined {
  if (spawnSync('php', ['--version']).status !== 0)
    return 'PHP is not installed (Debian: apt-get install php-cli; npm test installs it as root)';
  if (!existsSync(`${WORDPRESS_DIR}wp-includes/kses.php`))
    return `WordPress is not unpacked in ${WORDPRESS_DIR} (npm test does it: apt-get download wordpress)`;
  return undefined;
}

export function runWordPress(
  script: 'wp-kses-post' | 'wp-filter-oembed-result' | 'the-content',
  input: string,
  env: Record<string, string> = {},
): string {
  const run = spawnSync('php', [fileURLToPath(new URL(`./${script}.php`, import.meta.url))], {
    input,
    encoding: 'utf8',
    env: { ...process.env, WP_DIR: WORDPRESS_DIR, ...env },
  });
  if (run.status !== 0) throw new Error(`${script}.php failed: ${run.stderr}`);
  return run.stdout;
}
