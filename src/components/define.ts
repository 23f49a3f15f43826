/**
 * Registers a tag only when it is free. Newsroom pages often carry two copies
 * of an embed script (two graphics, a CMS module and a hand-pasted snippet);
 * a second customElements.define would throw and stop the page's scripts.
 * When the copy already there is a different version, we say so once, because
 * the page will run that version's behaviour, not ours.
 */
import { VERSION } from '../version.js';

type Versioned = CustomElementConstructor & { version?: string };

let noted = false;

export function defineElement(tag: string, element: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  const ours = element.version ?? VERSION;
  if (existing !== element && existing.version !== ours && !noted) {
    noted = true;
    console.info(
      `summit-timeline ${ours}: <${tag}> is already defined by summit-timeline ${existing.version ?? '(unknown version)'}; that version will be used on this page.`,
    );
  }
}
