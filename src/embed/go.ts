/**
 * go.html: opens a source link of an oEmbed frame's timeline (./forward.ts says
 * why). It reads the timeline's data from `src` — only from the sources this host
 * allows, as embed.html — and opens `to` only if that data holds the address.
 */
import { forwardTarget } from './forward.js';
import { allowedSource, DEFAULT_SOURCES, SOURCES_META } from './sources.js';

async function go() {
  const params = new URLSearchParams(location.search);
  const status = document.getElementById('status')!;
  const src = params.get('src');
  const allowlist = document.querySelector<HTMLMetaElement>(`meta[name="${SOURCES_META}"]`)?.content ?? DEFAULT_SOURCES;
  const verdict = src ? allowedSource(src, location.href, allowlist) : undefined;
  let target: string | undefined;
  if (src && verdict?.ok) {
    try {
      const response = await fetch(new URL(src, location.href));
      if (response.ok) target = forwardTarget(params.get('to'), await response.text());
    } catch {
      // Unreadable data forwards nowhere.
    }
  }
  if (target) {
    location.replace(target);
    return;
  }
  status.textContent = 'This address is not a source of the timeline, so it is not opened from here.';
}

void go();
