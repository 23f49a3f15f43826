/**
 * Registers a tag only when it is free. Newsroom pages often carry two copies
 * of an embed script (two graphics, a CMS module and a hand-pasted snippet);
 * a second customElements.define would throw and stop the page's scripts.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
