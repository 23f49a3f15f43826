/**
 * What an author put inside `<summit-timeline>`: an inline JSON or CSV script,
 * and whether there is a readable list of children to read instead (the list
 * itself is read by ./light-dom-children.ts, a chunk loaded only when needed).
 */

export interface InlineScript {
  readonly text: string;
  readonly csv: boolean;
}

/** The elements matching `selector` inside this timeline, not inside one nested in it. */
export function ownChildren(host: Element, selector: string): Element[] {
  return [...host.querySelectorAll(selector)].filter((element) => element.parentElement?.closest('summit-timeline') === host);
}

/** Event or era children of this timeline. */
export const hasChildren = (host: Element) => ownChildren(host, 'summit-event, summit-era').length > 0;

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
