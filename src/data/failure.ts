/**
 * A read that produced no document — a refused or unreachable `src`, a file
 * that is not JSON, a chunk that failed to load — as a result with one problem
 * about the whole timeline.
 */
import { problemText, type ProblemCode, type ProblemValues } from '../problems.js';
import type { ReadResult } from './types.js';
import { EMPTY_DOC } from './types.js';

export function failedRead(field: string, code: ProblemCode, values: ProblemValues): ReadResult {
  return { doc: EMPTY_DOC, problems: [{ subject: 'document', field, ...problemText(code, values), skipped: true }] };
}

/** Nothing usable was read: no event, and problems to say why. */
export const readNothing = (result: ReadResult): boolean => result.doc.events.length === 0 && result.problems.length > 0;
