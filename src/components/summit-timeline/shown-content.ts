/**
 * The data in the language shown (src/data/content-language.ts chooses it): the
 * one the element's own `lang`, or its page's, names, when the data carries it.
 * Undefined while that translation's chunk loads, so the original never flashes
 * first; the same document object while nothing it depends on changed.
 */
import { isServer } from 'lit';
import { contentLanguage } from '../../data/content-language.js';
import type { TimelineDoc } from '../../data/types.js';
import type { TranslationsPart } from './layout-parts.js';
import type { LazyPart } from './lazy-part.js';
import { Memo } from './memo.js';

export class ShownContent {
  private readonly memo = new Memo<TimelineDoc>();

  constructor(
    private readonly host: HTMLElement,
    private readonly part: LazyPart<TranslationsPart>,
  ) {}

  of(data: TimelineDoc | undefined): TimelineDoc | undefined {
    // The server, with no tree to look up, goes by the element's own lang.
    const wanted = isServer ? this.host.getAttribute('lang') : this.host.closest('[lang]')?.getAttribute('lang');
    const lang = data?.translations && contentLanguage(data, [wanted]);
    if (!data || !lang) return data;
    const translations = this.part.get();
    return translations && this.memo.get([data, lang], () => translations.translated(data, lang));
  }
}
