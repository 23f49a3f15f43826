/**
 * The data in the language shown (src/data/content-language.ts chooses it): the
 * one the element's own `lang`, or its page's, names, when the data carries it.
 * Undefined while that translation's chunk loads, so the original never flashes
 * first; the same document object while nothing it depends on changed. A change
 * of the element's own `lang` re-renders it in that language.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { contentLanguage } from '../../data/content-language.js';
import type { TimelineDoc } from '../../data/types.js';
import type { TranslationsPart } from './layout-parts.js';
import type { LazyPart } from './lazy-part.js';
import { Memo } from './memo.js';

export class ShownContent implements ReactiveController {
  private readonly memo = new Memo<TimelineDoc>();
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly part: LazyPart<TranslationsPart>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // `lang` is a global attribute, not one of Lit's properties: watched here (a server has no observer).
    if (isServer) return;
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  of(data: TimelineDoc | undefined): TimelineDoc | undefined {
    // The server, with no tree to look up, goes by the element's own lang.
    const wanted = isServer ? this.host.getAttribute('lang') : this.host.closest('[lang]')?.getAttribute('lang');
    const lang = data?.translations && contentLanguage(data, [wanted]);
    if (!data || !lang) return data;
    const translations = this.part.get();
    return translations && this.memo.get([data, lang], () => translations.translated(data, lang));
  }
}
