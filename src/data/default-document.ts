/**
 * The default chronology as a validated document. Here it is validated when
 * loaded, as any source is; the embed bundles replace this module with the
 * document the build validated (rollup.config.js, `validatedDefault`), so a
 * reader of the default timeline downloads neither the raw file nor the
 * validator — and a build whose default has a problem fails. The build splits
 * off the translations too, a chunk per language, and `wanted` (the language the
 * element asks for) picks the one that comes with the document; here all come.
 */
import { loadDefaultChronology } from './default-chronology.js';
import type { ReadResult } from './types.js';

export async function loadDefaultDocument(_wanted?: string): Promise<ReadResult> {
  const [raw, { validateDocument }] = await Promise.all([loadDefaultChronology(), import('./validate.js')]);
  return validateDocument(raw);
}
