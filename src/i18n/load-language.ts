/**
 * Picks the language table for a BCP 47 tag. English is bundled; the others
 * (each with its date-fns locale) load on demand, so an English page never
 * downloads Russian month names.
 */
import { en } from './en.js';
import type { Language } from './strings.js';
import { own } from '../own.js';

// Each module's default export is its table: one `.default` below, not one per language.
const LOADERS: Readonly<Record<string, () => Promise<{ default: Language }>>> = {
  ru: () => import('./ru.js'),
  uk: () => import('./uk.js'),
  ko: () => import('./ko.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  zh: () => import('./zh.js'),
  ar: () => import('./ar.js'),
  he: () => import('./he.js'),
};

/** Every language the interface speaks, English first. */
export const INTERFACE_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)];

/** Languages already downloaded: later timelines (and the server renderer) get them at once. */
const loaded = new Map<string, Language>();

/** The base language of a tag ("ru-RU" → "ru"), lower-cased. */
export function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The table a tag is read with: its base language, except that Chinese in
 * traditional characters (zh-Hant, and Taiwan's, Hong Kong's and Macau's zh
 * without a script) has none here: it reads English rather than simplified
 * characters it did not ask for. "iw" is Hebrew's old code.
 */
function tableFor(tag: string): string {
  const base = baseLanguage(tag);
  if (base === 'iw') return 'he';
  if (base === 'zh' && /[-_](hant|tw|hk|mo)\b/i.test(tag) && !/[-_]hans\b/i.test(tag)) return '';
  return base;
}

/** Resolves to English for unknown languages rather than failing the render. */
export async function loadLanguage(tag: string): Promise<Language> {
  const base = tableFor(tag);
  const load = own(LOADERS, base);
  if (!load) return en;
  try {
    const { default: language } = await load();
    loaded.set(base, language);
    return language;
  } catch {
    return en;
  }
}

/** The synchronous answer when a language needs no download (English, unknown, or loaded before). */
export function bundledLanguage(tag: string): Language | undefined {
  const base = tableFor(tag);
  return loaded.get(base) ?? (own(LOADERS, base) ? undefined : en);
}
