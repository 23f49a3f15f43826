/**
 * Which data the embed page shows. Hosted on a newsroom's CDN, `embed.html?src=`
 * would otherwise show anyone's title, text and links under the newsroom's
 * domain — a phishing page needing no server (`src=data:…`, or any file served
 * with CORS). The page shows data only from the sources its host allowed, listed
 * in its `<meta name="summit-timeline-sources">`: `self` (the page's own origin)
 * and address prefixes. The default allows `self` and published Google Sheets
 * (make.html's iframe code loads those); a newsroom edits the list when it hosts
 * the page (docs/embedding.md).
 */
export const SOURCES_META = 'summit-timeline-sources';

/** The published-to-the-web Sheets addresses: /spreadsheets/d/e/<id>/pub… */
export const DEFAULT_SOURCES = 'self https://docs.google.com/spreadsheets/d/e/';

export type SourceVerdict = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly origin: string };

/** `src` as the page would fetch it, if the list allows it. `data:` and `blob:` never are: they carry their own content. */
export function allowedSource(src: string, pageUrl: string, allowlist: string): SourceVerdict {
  let url: URL;
  try {
    url = new URL(src, pageUrl);
  } catch {
    return { ok: false, origin: src.slice(0, 80) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, origin: url.protocol };
  const page = new URL(pageUrl).origin;
  const allowed = allowlist
    .split(/\s+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === 'self') return url.origin === page;
      let prefix: URL;
      try {
        prefix = new URL(entry);
      } catch {
        return false;
      }
      // A prefix is matched on the parsed address, so `https://docs.google.com.evil.example/` is no match.
      return url.origin === prefix.origin && url.pathname.startsWith(prefix.pathname);
    });
  return allowed ? { ok: true, url: url.href } : { ok: false, origin: url.origin };
}
