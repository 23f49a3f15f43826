/**
 * Picks the language table for a BCP 47 tag. English is bundled; the others
 * (each with its date-fns locale) load on demand, so an English page never
 * downloads Russian month names.
 */
import { en } from './en.js';
import type { Language } from './strings.js';
import { own } from '../own.js';

const LOADERS: Readonly<Record<string, () => Promise<Language>>> = {
  ru: () => import('./ru.js').then((m) => m.ru),
  uk: () => import('./uk.js').then((m) => m.uk),
  ko: () => import('./ko.js').then((m) => m.ko),
};

/** Every language the interface speaks, English first. */
export const INTERFACE_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)];

/** Languages already downloaded: later timelines (and the server renderer) get them at once. */
const loaded = new Map<string, Language>();

/** The base language of a tag ("ru-RU" → "ru"), lower-cased. */
export function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Resolves to English for unknown languages rather than failing the render. */
export async function loadLanguage(tag: string): Promise<Language> {
  const base = baseLanguage(tag);
  const load = own(LOADERS, base);
  if (!load) return en;
  try {
    const language = await load();
    loaded.set(base, language);
    return language;
  } catch {
    return en;
  }
}

/** The synchronous answer when a language needs no download (English, unknown, or loaded before). */
export function bundledLanguage(tag: string): Language | undefined {
  const base = baseLanguage(tag);
  return loaded.get(base) ?? (own(LOADERS, base) ? undefined : en);
}
