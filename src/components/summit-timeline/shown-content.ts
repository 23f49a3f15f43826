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

/** The language asked for: the element's own `lang`, else the nearest ancestor's (the server, with no tree, has only its own). */
export function wantedLanguage(host: Element): string | undefined {
  return (isServer ? host.getAttribute('lang') : host.closest('[lang]')?.getAttribute('lang')) ?? undefined;
}

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

  /** The translation to show (a key of the data's translations), or undefined for the original. */
  private key(data: TimelineDoc | undefined): string | undefined {
    return data?.translations && contentLanguage(data, [wantedLanguage(this.host)]);
  }

  /** The language the content is shown in: the translation's, else the data's own (undefined if it names none). */
  language(data: TimelineDoc | undefined): string | undefined {
    return this.key(data) ?? data?.lang;
  }

  of(data: TimelineDoc | undefined): TimelineDoc | undefined {
    const lang = this.key(data);
    if (!data || !lang) return data;
    const translations = this.part.get();
    return translations && this.memo.get([data, lang], () => translations.translated(data, lang));
  }
}
