/**
 * Keeps the element's language table in step with the `lang` that applies to
 * it. English is bundled and ready at once; other languages load on demand and
 * the element re-renders when they arrive, never showing a half-translated mix.
 * It needs no lifecycle hooks: the element asks it in willUpdate.
 */
import type { ReactiveControllerHost } from 'lit';
import { en } from '../../i18n/en.js';
import { bundledLanguage, loadLanguage } from '../../i18n/load-language.js';
import type { Language } from '../../i18n/strings.js';

export class LanguageController {
  language: Language = en;
  /** A language is downloading; render the fallback meanwhile. */
  pending = false;
  private tag = 'en';

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * The interface's language for `element`: the one its own `lang` asks for, else
   * the language its content is shown in (a translation the page's language chose,
   * or the data's original), else English. So the interface never speaks another
   * language than the text around it unless the embed asked for it by name: an
   * English timeline on a German page reads in English throughout.
   */
  useFor(element: Element, shownLang: string | undefined): void {
    this.use(element.getAttribute('lang') || shownLang || 'en');
  }

  /** Call from willUpdate with the tag that applies; safe to call every update. */
  use(tag: string): void {
    if (tag === this.tag) return;
    this.tag = tag;
    const bundled = bundledLanguage(tag);
    if (bundled) {
      this.language = bundled;
      this.pending = false;
      return;
    }
    this.pending = true;
    void loadLanguage(tag).then((language) => {
      if (this.tag !== tag) return;
      this.language = language;
      this.pending = false;
      this.host.requestUpdate();
    });
  }
}
