/**
 * What an author put inside `<summit-timeline>`: an inline JSON or CSV script,
 * and whether there is a readable list of children to read instead (the list
 * itself is read by ./light-dom-children.ts, a chunk loaded only when needed).
 */

export interface InlineScript {
  readonly text: string;
  readonly csv: boolean;
}

/**
 * The elements matching `selector` inside `root` (a timeline, or the list a
 * static render puts after one), not inside a timeline nested in it.
 */
export function ownChildren(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((element) => {
    const owner = element.parentElement?.closest('summit-timeline');
    return owner === root || !owner || !root.contains(owner);
  });
}

/** Event or era children of this timeline (or list). */
export const hasChildren = (root: Element) => ownChildren(root, 'summit-event, summit-era').length > 0;

/**
 * The readable list the static renderer writes right after the element
 * (`<div data-summit-fallback>`), outside it so that a reader still sees it
 * where a CMS emptied the declarative shadow root (src/static/render-static.ts).
 */
export function fallbackSibling(host: Element): HTMLElement | undefined {
  const next = host.nextElementSibling;
  return next instanceof HTMLElement && next.hasAttribute('data-summit-fallback') ? next : undefined;
}

/** Where this timeline's readable list is: inside it, or just after it; undefined if there is none. */
export function listRoot(host: Element): Element | undefined {
  if (hasChildren(host)) return host;
  const sibling = fallbackSibling(host);
  return sibling && hasChildren(sibling) ? sibling : undefined;
}

/**
 * The inline script's text, if it has any: a script a CMS emptied (CKEditor's
 * General HTML Support does) is no data at all.
 */
export function readInlineScript(host: Element): InlineScript | undefined {
  const script = host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
  const content = script?.textContent ?? '';
  if (!script || !content.trim()) return undefined;
  const csv = script.getAttribute('type') === 'text/csv';
  // Inline CSV is usually indented with the page's markup; rows start at the margin.
  const text = csv
    ? content
        .split('\n')
        .map((line) => line.trimStart())
        .join('\n')
        .trim()
    : content;
  return { text, csv };
}
