/**
 * Source links from an oEmbed frame (issue 33). WordPress sandboxes the frame with
 * only allow-scripts, so a link inside can navigate nothing; its wp-embed.js does
 * navigate the top window for `{message: 'link', value, secret}` when the address is
 * on the frame's own host. So a link to another site goes through go.html, beside
 * embed.html, which forwards only to an address the timeline's own data holds:
 * never an open redirect.
 */

/** Every http(s) address written in the data's text (JSON, CSV or markup alike), as URLs. */
export function addressesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/https?:\/\/[^\s"'<>\\]+/g)) {
    try {
      found.add(new URL(match[0].replace(/[),.;]+$/, '')).href);
    } catch {
      // Not an address after all.
    }
  }
  return found;
}

/** The address go.html should open, or undefined when the data does not hold it. */
export function forwardTarget(to: string | null, dataText: string): string | undefined {
  if (!to) return undefined;
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return addressesIn(dataText).has(url.href) ? url.href : undefined;
}

/** The address to send wp-embed.js for a link: itself on the frame's host, else through go.html. */
export function linkMessageValue(href: string, frameUrl: string, src: string | null): string | undefined {
  const target = new URL(href, frameUrl);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return undefined;
  if (target.host === new URL(frameUrl).host) return target.href;
  if (!src) return undefined;
  const go = new URL('go.html', frameUrl);
  go.searchParams.set('src', new URL(src, frameUrl).href);
  go.searchParams.set('to', target.href);
  return go.href;
}
