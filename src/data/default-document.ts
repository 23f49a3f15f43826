/**
 * The default chronology as a validated document. Here it is validated when
 * loaded, as any source is; the embed bundles replace this module with the
 * document the build validated (rollup.config.js, `validatedDefault`), so a
 * reader of the default timeline downloads neither the raw file nor the
 * validator — and a build whose default has a problem fails.
 */
import { loadDefaultChronology } from './default-chronology.js';
import type { ReadResult } from './types.js';

export async function loadDefaultDocument(): Promise<ReadResult> {
  const [raw, { validateDocument }] = await Promise.all([loadDefaultChronology(), import('./validate.js')]);
  return validateDocument(raw);
}
