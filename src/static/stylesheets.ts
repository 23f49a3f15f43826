/**
 * The static render's two stylesheets as files, for pages whose CSP allows no
 * inline styles (`style-src 'self'`): a declarative shadow root's <style> and a
 * page's <style> are both inline, so the render can link these instead.
 */
export const STYLESHEETS = { shadow: 'summit-timeline.css', page: 'summit-timeline-page.css' } as const;

/**
 * A folder the static render may link stylesheets from: an http(s) address or a
 * path on the page's own site (not `//host/`, which is another site), ending in
 * "/", with nothing in it that would need escaping to stay one attribute value.
 */
export function isStylesheetFolder(value: string): boolean {
  if (!value.endsWith('/') || /[\s"'<>\\`]/.test(value)) return false;
  if (/^https?:\/\/[^/]/i.test(value)) return URL.canParse(value);
  return !value.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(value);
}
