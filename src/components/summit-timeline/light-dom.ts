/**
 * What the element itself needs to know of its light DOM, at once and cheaply:
 * whether it may hold data of its own (then the reader chunk is loaded and
 * decides, ./light-dom-children.ts), and where a static render's readable list
 * is. Kept small: it is in the bundle every reader downloads.
 */

/**
 * The readable list the static renderer writes right after the element
 * (`<div data-summit-fallback>`), outside it so that a reader still sees it
 * where a CMS emptied the declarative shadow root (src/static/render-static.ts).
 */
export function fallbackSibling(host: Element): HTMLElement | undefined {
  const next = host.nextElementSibling;
  return next instanceof HTMLElement && next.hasAttribute('data-summit-fallback') ? next : undefined;
}

/**
 * Whether the element may carry its own data: an inline JSON or CSV script,
 * or <summit-event>/<summit-era> children (in it, or in the static render's
 * list after it). A quick look; the reader chunk reads them precisely, and a
 * timeline whose look finds nothing usable shows the default.
 */
export function mayHoldData(host: Element): boolean {
  const carriers = 'summit-event, summit-era';
  return (
    host.querySelector(`:scope > script[type="application/json"], :scope > script[type="text/csv"], ${carriers}`) !== null ||
    fallbackSibling(host)?.querySelector(carriers) != null
  );
}
