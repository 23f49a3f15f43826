/**
 * The writing direction of a language: a timeline whose own `lang` names its
 * language lays out in that language's direction, whatever the host page's `dir`
 * (a Russian timeline on an Arabic page reads left to right).
 */
import { baseLanguage } from './load-language.js';

/** Languages written right to left, by base tag (CLDR's character order). */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

export function directionOf(lang: string | null | undefined): 'ltr' | 'rtl' | undefined {
  if (!lang?.trim()) return undefined;
  return RIGHT_TO_LEFT.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}
