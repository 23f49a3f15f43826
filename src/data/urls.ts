/**
 * Why this exists: every address the library writes into a page — rich-text
 * links, media images and links, citations, the article link — and every
 * address it fetches (`src`, the iframe embed's `src`) is judged here, by one
 * rule, once. The rule is the browser's own: the scheme is read by the URL
 * parser (`new URL`), from the very string that is returned, so the value kept
 * can never differ from the value judged (the hole that a leading no-break
 * space once opened: the old check stripped fewer characters than `trim()`).
 *
 * A value is refused, with a reason, when it is not a plausible URL: anything
 * the parser would silently drop or that belongs to markup (controls, format
 * characters such as zero-width spaces and BOMs, any space inside, `<>"\``),
 * or a scheme the use does not allow. Entity references are judged decoded as
 * well, so a sink that ever decodes them cannot turn `&#106;avascript:` into
 * script, and none may stand where the scheme or host is: HTML5 has named references
 * (`&colon;`, `&Tab;`) this module does not decode. `data:` is refused in every link and image: images come from web addresses.
 * A path "on the host site" must stay on it: a value without a scheme that the
 * parser reads as another host (`//host`, or backslashes, which it reads as
 * slashes) is refused; a CDN image is written with its scheme.
 */
import { decodeEntities } from './entities.js';

/** Where an address is used, which decides the schemes it may have. */
export const URL_USES = ['link', 'citation', 'media', 'data'] as const;
export type UrlUse = (typeof URL_USES)[number];

declare const judged: unique symbol;
/** A string that came out of `checkUrl`: the only kind a component writes to `href` or `src`. */
export type SafeUrl = string & { readonly [judged]: true };

export const URL_REFUSALS = ['notText', 'empty', 'notPlausible', 'notUrl', 'scheme', 'relative', 'offSite'] as const;
export type UrlRefusal = (typeof URL_REFUSALS)[number];

export type UrlVerdict = { readonly ok: true; readonly url: SafeUrl } | { readonly ok: false; readonly reason: UrlRefusal };

interface UsePolicy {
  readonly schemes: readonly string[];
  /** Whether a path on the page's own site ("/images/a.jpg") is allowed. */
  readonly relative: boolean;
}

const POLICIES: Readonly<Record<UrlUse, UsePolicy>> = {
  /** Links inside text: web pages and e-mail addresses. */
  link: { schemes: ['http:', 'https:', 'mailto:'], relative: false },
  /** Citations and the article link: a reader must be able to follow it anywhere. */
  citation: { schemes: ['http:', 'https:'], relative: false },
  /** Images and media links: a web address or a path on the host site. */
  media: { schemes: ['http:', 'https:'], relative: true },
  /**
   * A data file to fetch, never navigated to or rendered: blob: and data: let
   * pages and stories hand over data they built, and fetching them runs nothing.
   */
  data: { schemes: ['http:', 'https:', 'blob:', 'data:'], relative: true },
};

// Characters the URL parser drops or that make no sense in an address a person
// typed: controls (Cc), format characters (Cf: ZWSP, BOM, bidi marks), lone
// surrogates (Cs), any separator (Z*), and markup.
const IMPLAUSIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}<>"`]/u;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Only decides "relative or not" for values without a scheme; never reaches a page.
const PROBE_BASE = 'https://relative.invalid/';
const PROBE_ORIGIN = new URL(PROBE_BASE).origin;

// Where the scheme and the host would stand: everything before the first `/`, `?` or
// `#`, and after it the authority: the URL parser skips any run of slashes and
// backslashes there (`https:///host`), then reads the host up to the next. A character reference there
// (`javascript&colon;`, `java&Tab;script:`, `https://evil&period;example/`) would be
// decoded by an HTML parser into a scheme or host this check never saw — the URL
// parser takes `evil&period;example` as a host name. No address a person types has one there.
// The host runs on past a backslash: only special schemes (http, https) read it as a
// slash; for the others (`mailto://evil.example\@&period;evil.example`) it is host text.
const SCHEME_AND_HOST = /^[^/?#]*[/\\]*[^/?#]*/;
/** A relative value's path: everything before its query or fragment. */
const RELATIVE_PATH = /^[^?#]*/;

function judge(value: string, policy: UsePolicy): UrlVerdict {
  if (IMPLAUSIBLE.test(value) || SCHEME_AND_HOST.exec(value)![0].includes('&')) return { ok: false, reason: 'notPlausible' };
  if (!HAS_SCHEME.test(value)) {
    if (!policy.relative) return { ok: false, reason: 'relative' };
    // A path is read against the page's host, so a reference anywhere in it can make
    // one: an HTML parser turns `/&sol;evil.example` into `//evil.example`.
    if (RELATIVE_PATH.exec(value)![0].includes('&')) return { ok: false, reason: 'notPlausible' };
    // The parser must accept it against any web base, as the browser will, and it must
    // stay on that site: `//evil.example/x.png`, `\\evil.example\x.png` and `/\evil.example`
    // have no scheme, but the parser reads each as another host (issue 29).
    let resolved: URL;
    try {
      resolved = new URL(value, PROBE_BASE);
    } catch {
      return { ok: false, reason: 'notUrl' };
    }
    if (resolved.origin !== PROBE_ORIGIN) return { ok: false, reason: 'offSite' };
    return { ok: true, url: value as SafeUrl };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'notUrl' };
  }
  if (!policy.schemes.includes(url.protocol)) return { ok: false, reason: 'scheme' };
  return { ok: true, url: url.href as SafeUrl };
}

/**
 * Judges an address for one use. Surrounding white space of any kind is trimmed
 * first; the URL returned is the trimmed value (relative) or its parsed `href`
 * (absolute) — exactly what was judged.
 */
export function checkUrl(raw: unknown, use: UrlUse): UrlVerdict {
  if (typeof raw !== 'string') return { ok: false, reason: 'notText' };
  const value = raw.trim();
  if (!value) return { ok: false, reason: 'empty' };
  const policy = POLICIES[use];
  const verdict = judge(value, policy);
  if (!verdict.ok) return verdict;
  const decoded = decodeEntities(value).trim();
  if (decoded !== value) {
    const again = judge(decoded, policy);
    if (!again.ok) return again;
  }
  return verdict;
}

/** The address if it is safe for that use, otherwise undefined. */
export function safeUrl(raw: unknown, use: UrlUse): SafeUrl | undefined {
  const verdict = checkUrl(raw, use);
  return verdict.ok ? verdict.url : undefined;
}
