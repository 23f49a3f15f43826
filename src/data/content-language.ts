/**
 * Which language a timeline's content is shown in. The element shows the
 * language its own `lang` names; without one, the nearest ancestor's or the
 * page's, when the data carries that language; else the original — so an embed
 * on a page whose language the data does not carry looks as it always has. Tags
 * match exactly first, then by base language ("ru-RU" finds "ru"). The document
 * in that language is ./translations.ts's.
 */
import type { TimelineDoc } from './types.js';

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** The translation key for a wanted tag: exact (case-insensitive), else the same base language. */
function keyFor(doc: TimelineDoc, tag: string): string | undefined {
  const keys = Object.keys(doc.translations ?? {});
  return keys.find((key) => key.toLowerCase() === tag.toLowerCase()) ?? keys.find((key) => base(key) === base(tag));
}

/**
 * The language to show, from the tags that apply, nearest first (the element's own
 * `lang`, then its ancestors' and the page's): the first the data carries, as its
 * original or as a translation. Undefined means the original.
 */
export function contentLanguage(doc: TimelineDoc, wanted: readonly (string | null | undefined)[]): string | undefined {
  for (const tag of wanted) {
    if (!tag?.trim()) continue;
    if (doc.lang && base(doc.lang) === base(tag)) return undefined;
    const key = keyFor(doc, tag);
    if (key) return key;
  }
  return undefined;
}
