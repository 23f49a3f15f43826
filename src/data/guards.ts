/** Small shared checks for raw input, so every reader judges values the same way. */
import type { ProblemValues, ValueType } from '../problems.js';

export type Raw = Record<string, unknown>;

export const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps only fields that are present, so "missing" reads as missing in validation. */
export function present(record: Raw): Raw {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ''));
}

/** A wrong value, described by its type (and its text, when it is text) for the problem's message. */
export function valueOf(value: unknown): NonNullable<ProblemValues['got']> {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'list' };
  if (typeof value === 'string') return { type: 'string', text: value };
  return { type: typeof value as ValueType };
}
